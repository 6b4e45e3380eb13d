import { ArrayMaxSize, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsName } from '../graphql/validators';
import { ServerCommandEnum, ServerTypeEnum } from './compute.types';

@InputType()
export class CreateServerInput {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => String, { description: 'An image id or name (see `images`). 映像' })
  imageId!: string;

  @Field(() => [ID], { nullable: true, description: 'The tenant\'s networks, one address on each; may be left out with createDefaultNetwork. 网络' })
  @IsOptional()
  @ArrayMaxSize(16)
  networkIds?: string[];

  @Field(() => String, { nullable: true, description: 'A flavor name such as m1.small; when given, cpu and memoryMb are ignored. 模板名称' })
  @IsOptional()
  instanceType?: string;

  @Field(() => Int, { nullable: true, description: 'With memoryMb: the smallest flavor that has at least this many vCPUs. cpu个数' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1024)
  cpu?: number;

  @Field(() => Int, { nullable: true, description: 'With cpu: at least this much RAM, in MB. 内存' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(16_777_216)
  memoryMb?: number;

  @Field(() => String, { nullable: true, description: 'Default: a generated name. 主机名称' })
  @IsOptional()
  @IsName()
  name?: string;

  @Field(() => String, { nullable: true, description: 'Default: the first available zone. 可用区域' })
  @IsOptional()
  availabilityZone?: string;

  @Field(() => [String], { nullable: true, description: 'Security group names; default `default`. 防火墙' })
  @IsOptional()
  @ArrayMaxSize(16)
  securityGroups?: string[];

  @Field(() => ServerTypeEnum, { nullable: true, description: 'Default PRIVATE. 主机类型' })
  @IsOptional()
  serverType?: ServerTypeEnum;

  @Field(() => Boolean, { nullable: true, description: 'Also attach the tenant\'s `default` network, creating it (with subnet and router) when missing. 创建默认网络和路由' })
  @IsOptional()
  createDefaultNetwork?: boolean;
}

@InputType()
export class DeleteServerInput {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => ID)
  serverId!: string;
}

@InputType()
export class ServerActionInput {
  @Field(() => ID)
  serverId!: string;

  @Field(() => ServerCommandEnum)
  command!: ServerCommandEnum;
}

@InputType()
export class AssignServerInput {
  @Field(() => ID)
  serverId!: string;

  @Field(() => ID, { description: 'A user of the server\'s tenant. 用户' })
  userId!: string;
}

@InputType()
export class UnassignServerInput {
  @Field(() => ID)
  serverId!: string;
}

/** Each limit: a whole number, or -1 for unlimited; left out, it stays as it is. */
@InputType()
export class UpdateQuotaInput {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => Int, { nullable: true })
  instances?: number;

  @Field(() => Int, { nullable: true })
  cores?: number;

  @Field(() => Int, { nullable: true })
  ramMb?: number;

  @Field(() => Int, { nullable: true })
  volumes?: number;

  @Field(() => Int, { nullable: true })
  gigabytes?: number;

  @Field(() => Int, { nullable: true })
  networks?: number;

  @Field(() => Int, { nullable: true })
  routers?: number;
}
