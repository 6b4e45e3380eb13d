import { ArrayMaxSize, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { QuotaLimitsInput } from '../compute/compute.inputs';
import { ServerTypeEnum } from '../compute/compute.types';
import { IsName } from '../graphql/validators';

/** At most this many servers or volumes per line of a request, as a tenant's default quota allows. */
const MAX_COUNT = 20;

@InputType({ description: 'New absolute quota limits (-1: unlimited); a limit left out stays. 申请配额' })
export class QuotaRequestInput extends QuotaLimitsInput {}

@InputType({ description: 'Servers to open, all alike. 申请开通主机' })
export class ServerRequestInput {
  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'How many, 1 to 20; default 1. 数量' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_COUNT)
  count?: number | null;

  @Field(() => String, { description: 'A flavor name such as m1.small (or its id). 模板名称' })
  flavorName!: string;

  @Field(() => String, { description: 'An image id or name (see `images`). 映像' })
  imageId!: string;

  @Field(() => [ID], { description: "The tenant's networks, one address on each. 网络" })
  @ArrayMaxSize(16)
  networkIds!: string[];

  @Field(() => ID, { nullable: true, description: "One of the ticket creator's key pairs. 密钥对ID" })
  @IsOptional()
  keyPairId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Security group names; default `default`. 防火墙' })
  @IsOptional()
  @ArrayMaxSize(16)
  securityGroups?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'The servers are named <name>-<n>-<tag>; default ticket-<id>. 主机名称前缀',
  })
  @IsOptional()
  @IsName()
  name?: string | null;

  @Field(() => ServerTypeEnum, { nullable: true, description: 'Default PRIVATE. 主机类型' })
  @IsOptional()
  serverType?: ServerTypeEnum | null;
}

@InputType({ description: 'Volumes to create, all alike. 申请创建硬盘' })
export class VolumeRequestInput {
  @Field(() => Int, { nullable: true, defaultValue: 1, description: 'How many, 1 to 20; default 1. 数量' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_COUNT)
  count?: number | null;

  @Field(() => Int, { description: 'Size in GB, 1 to 16,384. 大小' })
  @IsInt()
  @Min(1)
  @Max(16_384)
  sizeGb!: number;

  @Field(() => String, { nullable: true, description: 'The volumes are named <name>-<n>. 硬盘名字前缀' })
  @IsOptional()
  @IsName()
  name?: string | null;
}

@InputType({ description: "An existing volume of the ticket's tenant, to grow. 申请扩容硬盘" })
export class ExtensionRequestInput {
  @Field(() => ID, { description: 'The volume. 硬盘ID' })
  volumeId!: string;

  @Field(() => Int, { description: 'The new size in GB, more than now. 新大小' })
  @IsInt()
  @Min(1)
  @Max(16_384)
  sizeGb!: number;
}

@InputType({ description: "An existing server of the ticket's tenant, to resize. 申请调整主机配置" })
export class ResizeRequestInput {
  @Field(() => ID, { description: 'The server. 虚拟主机ID' })
  serverId!: string;

  @Field(() => String, { description: "A flavor name (or id) other than the server's. 模板名称" })
  flavorName!: string;
}

/** The typed request a type 1 or 2 ticket may carry (docs/TICKETS.md "Requests"); at least one part. */
@InputType({ description: 'What the ticket asks the platform to change; at least one part. 工单资源申请' })
export class ResourceRequestInput {
  @Field(() => QuotaRequestInput, { nullable: true, description: 'New quota limits. 配额' })
  @IsOptional()
  @ValidateNested()
  quota?: QuotaRequestInput | null;

  @Field(() => [ServerRequestInput], { nullable: true, description: 'Servers to open. 主机' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  servers?: ServerRequestInput[] | null;

  @Field(() => [VolumeRequestInput], { nullable: true, description: 'Volumes to create. 硬盘' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  volumes?: VolumeRequestInput[] | null;

  @Field(() => [ExtensionRequestInput], { nullable: true, description: 'Volumes to grow. 硬盘扩容' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  extensions?: ExtensionRequestInput[] | null;

  @Field(() => [ResizeRequestInput], { nullable: true, description: 'Servers to resize. 主机配置调整' })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  resizes?: ResizeRequestInput[] | null;
}
