import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsName, IsText } from '../graphql/validators';

@InputType({ description: 'A new volume. 创建硬盘参数' })
export class CreateVolumeInput {
  @Field(() => ID, { description: 'The tenant that owns the volume. 租户ID' })
  tenantId!: string;

  @Field(() => Int, { nullable: true, description: 'Size in GB; default 1. 大小' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(16_384)
  sizeGb?: number;

  @Field(() => String, { nullable: true, description: 'Default: a generated name. 硬盘名字' })
  @IsOptional()
  @IsName()
  name?: string;

  @Field(() => String, { nullable: true, description: 'Free text about the volume. 硬盘描述' })
  @IsText(255)
  description?: string;
}

@InputType({ description: 'The volume to delete. 删除硬盘参数' })
export class DeleteVolumeInput {
  @Field(() => ID, { description: 'A volume that is not attached. 硬盘ID' })
  volumeId!: string;

  @Field(() => ID, { description: "The volume's tenant. 租户ID" })
  tenantId!: string;
}

@InputType({ description: 'A volume and its new, larger size. 硬盘扩容参数' })
export class ExtendVolumeInput {
  @Field(() => ID, { description: 'The volume, available or (where the cloud allows it) attached. 硬盘ID' })
  volumeId!: string;

  @Field(() => Int, { description: 'The new size in GB, larger than now. 新的大小（GB）' })
  @IsInt()
  @Min(1)
  @Max(16_384)
  sizeGb!: number;
}
