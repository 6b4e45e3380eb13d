import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsName, IsText } from '../graphql/validators';

@InputType()
export class CreateVolumeInput {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => Int, { nullable: true, description: 'Size in GB; default 1. 大小' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(16_384)
  sizeGb?: number;

  @Field(() => String, { nullable: true, description: '硬盘名字' })
  @IsOptional()
  @IsName()
  name?: string;

  @Field(() => String, { nullable: true, description: '硬盘描述' })
  @IsText(255)
  description?: string;
}

@InputType()
export class DeleteVolumeInput {
  @Field(() => ID)
  volumeId!: string;

  @Field(() => ID)
  tenantId!: string;
}

@InputType()
export class AttachVolumeInput {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => ID)
  serverId!: string;

  @Field(() => ID)
  volumeId!: string;
}

@InputType()
export class DetachVolumeInput {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => ID)
  serverId!: string;

  @Field(() => ID, { description: 'The attachment\'s id, from attachVolume or server.attachments. 挂载ID' })
  attachId!: string;
}
