import { ArrayMaxSize, IsInt, IsOptional, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsName } from '../graphql/validators';
import { ServerCommandEnum, ServerTypeEnum } from './compute.types';

@InputType({ description: 'A new server: image, size, networks and type. 创建主机参数' })
export class CreateServerInput {
  @Field(() => ID, { description: 'The tenant that owns the server. 租户ID' })
  tenantId!: string;

  @Field(() => String, { description: 'An image id or name (see `images`). 映像' })
  imageId!: string;

  @Field(() => [ID], {
    nullable: true,
    description: "The tenant's networks, one address on each; may be left out with createDefaultNetwork. 网络",
  })
  @IsOptional()
  @ArrayMaxSize(16)
  networkIds?: string[];

  @Field(() => String, {
    nullable: true,
    description: 'A flavor name such as m1.small; when given, cpu and memoryMb are ignored. 模板名称',
  })
  @IsOptional()
  instanceType?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'With memoryMb: the smallest flavor that has at least this many vCPUs. cpu个数',
  })
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

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Also attach the tenant's `default` network, creating it (with subnet and router) when missing. 创建默认网络和路由",
  })
  @IsOptional()
  createDefaultNetwork?: boolean;

  @Field(() => ID, {
    nullable: true,
    description: 'One of your key pairs, whose public key the server gets for its default user. 密钥对ID',
  })
  @IsOptional()
  keyPairId?: string;
}

@InputType({ description: 'The server to delete. 删除主机参数' })
export class DeleteServerInput {
  @Field(() => ID, { description: "The server's tenant. 租户ID" })
  tenantId!: string;

  @Field(() => ID, { description: 'The server to delete. 虚拟主机ID' })
  serverId!: string;
}

@InputType({ description: 'A power command for a server. 主机操作参数' })
export class ServerActionInput {
  @Field(() => ID, { description: 'The server. 虚拟主机ID' })
  serverId!: string;

  @Field(() => ServerCommandEnum, { description: 'The command to run. 命令' })
  command!: ServerCommandEnum;
}

@InputType({ description: 'A PRIVATE server and the user to give it to. 分配主机参数' })
export class AssignServerInput {
  @Field(() => ID, { description: 'A PRIVATE server. 虚拟主机ID' })
  serverId!: string;

  @Field(() => ID, { description: "A user of the server's tenant. 用户ID" })
  userId!: string;
}

@InputType({ description: 'The server to take back. 取消分配参数' })
export class UnassignServerInput {
  @Field(() => ID, { description: 'The server; its assignment, if any, ends. 虚拟主机ID' })
  serverId!: string;
}

@InputType({ description: 'A server and the flavor to resize it to. 调整主机配置参数' })
export class ResizeServerInput {
  @Field(() => ID, { description: 'An ACTIVE or SHUTOFF server. 虚拟主机ID' })
  serverId!: string;

  @Field(() => String, {
    description: "A flavor name such as m1.medium (or its id), other than the server's. 模板名称",
  })
  flavorName!: string;
}

@InputType({ description: 'A server in VERIFY_RESIZE whose new flavor is kept. 确认配置调整参数' })
export class ConfirmResizeInput {
  @Field(() => ID, { description: 'A server in VERIFY_RESIZE. 虚拟主机ID' })
  serverId!: string;
}

@InputType({ description: 'A server in VERIFY_RESIZE that goes back to its old flavor. 撤销配置调整参数' })
export class RevertResizeInput {
  @Field(() => ID, { description: 'A server in VERIFY_RESIZE. 虚拟主机ID' })
  serverId!: string;
}

/** Each limit: a whole number, or -1 for unlimited; left out, it stays as it is (updateQuota, and a ticket's request). */
@InputType({ description: 'Quota limits (-1: unlimited). 配额限额' })
export class QuotaLimitsInput {
  @Field(() => Int, { nullable: true, description: 'Number of servers. 主机数量' })
  instances?: number;

  @Field(() => Int, { nullable: true, description: 'Virtual CPUs over all servers. cpu核数' })
  cores?: number;

  @Field(() => Int, { nullable: true, description: 'Memory over all servers, in MB. 内存（MB）' })
  ramMb?: number;

  @Field(() => Int, { nullable: true, description: 'Number of volumes. 硬盘数量' })
  volumes?: number;

  @Field(() => Int, { nullable: true, description: 'Volume storage, in GB. 硬盘容量（GB）' })
  gigabytes?: number;

  @Field(() => Int, { nullable: true, description: 'Number of networks. 网络数量' })
  networks?: number;

  @Field(() => Int, { nullable: true, description: 'Number of routers. 路由器数量' })
  routers?: number;

  @Field(() => Int, { nullable: true, description: 'Number of security groups, `default` included. 防火墙数量' })
  securityGroups?: number;

  @Field(() => Int, { nullable: true, description: 'Rules over all security groups. 防火墙规则数量' })
  securityGroupRules?: number;

  @Field(() => Int, { nullable: true, description: 'Floating IPs allocated, associated or not. 浮动IP数量' })
  floatingIps?: number;
}

@InputType({
  description: 'New limits: a whole number, or -1 for unlimited; left out, a limit stays as it is. 修改配额参数',
})
export class UpdateQuotaInput extends QuotaLimitsInput {
  @Field(() => ID, { description: 'The tenant. 租户ID' })
  tenantId!: string;
}
