import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ServerTypeEnum } from '../compute/compute.types';

@ObjectType({ description: 'New quota limits asked for; null: left as it is. 申请的配额' })
export class QuotaRequest {
  @Field(() => Int, { nullable: true, description: 'Servers. 主机数量' }) instances?: number;
  @Field(() => Int, { nullable: true, description: 'Virtual CPUs. cpu核数' }) cores?: number;
  @Field(() => Int, { nullable: true, description: 'Memory in MB. 内存（MB）' }) ramMb?: number;
  @Field(() => Int, { nullable: true, description: 'Volumes. 硬盘数量' }) volumes?: number;
  @Field(() => Int, { nullable: true, description: 'Volume storage in GB. 硬盘容量（GB）' }) gigabytes?: number;
  @Field(() => Int, { nullable: true, description: 'Networks. 网络数量' }) networks?: number;
  @Field(() => Int, { nullable: true, description: 'Routers. 路由器数量' }) routers?: number;
  @Field(() => Int, { nullable: true, description: 'Security groups. 防火墙数量' }) securityGroups?: number;
  @Field(() => Int, { nullable: true, description: 'Security group rules. 防火墙规则数量' })
  securityGroupRules?: number;
  @Field(() => Int, { nullable: true, description: 'Floating IPs. 浮动IP数量' }) floatingIps?: number;
}

@ObjectType({ description: 'Servers asked for, all alike. 申请的主机' })
export class ServerRequest {
  @Field(() => Int, { description: 'How many. 数量' }) count!: number;
  @Field(() => String, { description: 'The flavor. 模板名称' }) flavorName!: string;
  @Field(() => String, { description: 'The image. 映像' }) imageId!: string;
  @Field(() => [ID], { description: 'The networks. 网络' }) networkIds!: string[];
  @Field(() => ID, { nullable: true, description: "A key pair of the ticket's creator. 密钥对ID" }) keyPairId?: number;
  @Field(() => [String], { nullable: true, description: 'Security group names. 防火墙' }) securityGroups?: string[];
  @Field(() => String, { nullable: true, description: 'The name prefix. 主机名称前缀' }) name?: string;
  @Field(() => ServerTypeEnum, { description: 'PRIVATE or SHARED. 主机类型' }) serverType!: ServerTypeEnum;
}

@ObjectType({ description: 'Volumes asked for, all alike. 申请的硬盘' })
export class VolumeRequest {
  @Field(() => Int, { description: 'How many. 数量' }) count!: number;
  @Field(() => Int, { description: 'Size in GB. 大小' }) sizeGb!: number;
  @Field(() => String, { nullable: true, description: 'The name prefix. 硬盘名字前缀' }) name?: string;
}

@ObjectType({ description: 'A volume to grow. 申请的硬盘扩容' })
export class ExtensionRequest {
  @Field(() => ID, { description: 'The volume. 硬盘ID' }) volumeId!: number;
  @Field(() => Int, { description: 'The new size in GB. 新大小' }) sizeGb!: number;
}

@ObjectType({ description: 'A server to resize. 申请的配置调整' })
export class ResizeRequest {
  @Field(() => ID, { description: 'The server. 虚拟主机ID' }) serverId!: number;
  @Field(() => String, { description: 'The new flavor. 模板名称' }) flavorName!: string;
}

@ObjectType({ description: "A ticket's typed request, as checked when it was raised. 工单资源申请" })
export class ResourceRequest {
  @Field(() => QuotaRequest, { nullable: true, description: 'New quota limits. 配额' }) quota?: QuotaRequest;
  @Field(() => [ServerRequest], { description: 'Servers to open. 主机' }) servers!: ServerRequest[];
  @Field(() => [VolumeRequest], { description: 'Volumes to create. 硬盘' }) volumes!: VolumeRequest[];
  @Field(() => [ExtensionRequest], { description: 'Volumes to grow. 硬盘扩容' }) extensions!: ExtensionRequest[];
  @Field(() => [ResizeRequest], { description: 'Servers to resize. 主机配置调整' }) resizes!: ResizeRequest[];
}

@ObjectType({ description: 'One quota as the request would leave it. 配额变化' })
export class TicketQuotaChange {
  @Field(() => String, { description: 'The quota, e.g. instances. 配额项' }) resource!: string;
  @Field(() => Int, { description: 'Its limit now (-1: unlimited). 当前限额' }) limit!: number;
  @Field(() => Int, { description: 'Its limit after the request. 申请后限额' }) newLimit!: number;
  @Field(() => Int, { description: 'In use now. 已用' }) used!: number;
  @Field(() => Int, { description: 'What the request adds to the use. 新增用量' }) growth!: number;
  @Field(() => Boolean, { description: 'used + growth within newLimit. 是否足够' }) fits!: boolean;
}

@ObjectType({ description: "What the request takes from the cloud's free capacity. 云资源容量需求" })
export class TicketCapacityNeed {
  @Field(() => String, { description: 'vcpus, ramMb (MB), diskGb (root disks) or volumeGb. 资源项' })
  resource!: string;
  @Field(() => Int, { description: 'What carrying the request out takes. 需求量' }) need!: number;
  @Field(() => Int, { nullable: true, description: 'Free in the cloud now; -1 unlimited; null unknown. 云平台剩余量' })
  free!: number | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'need within free; null when the cloud does not tell. 是否足够',
  })
  fits!: boolean | null;
}

@ObjectType({ description: 'What carrying the request out would change now (staff). 执行计划' })
export class TicketPlan {
  @Field(() => [TicketQuotaChange], { description: 'Each quota it changes or uses. 配额变化' })
  quota!: TicketQuotaChange[];
  @Field(() => Int, { description: 'Servers it would open. 将开通的主机数' }) servers!: number;
  @Field(() => Int, { description: 'Volumes it would create. 将创建的硬盘数' }) volumes!: number;
  @Field(() => Boolean, { description: 'Whether all of it fits the quota it would leave. 是否在配额内' })
  fitsQuota!: boolean;
  @Field(() => [TicketCapacityNeed], {
    description: "Each resource it takes from the cloud's free capacity (summed over hosts and pools). 云资源容量",
  })
  capacity!: TicketCapacityNeed[];
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Whether it fits the free capacity: false when one is short, null when the cloud does not tell. 云平台容量是否足够',
  })
  fitsCapacity!: boolean | null;
}

export enum TicketWorkState {
  NOT_STARTED = 'NOT_STARTED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(TicketWorkState, {
  name: 'TicketWorkState',
  description: "Where carrying out a ticket's request stands. 执行状态",
  valuesConfig: {
    NOT_STARTED: { description: 'Not tried yet. 未执行' },
    RUNNING: { description: 'An attempt is under way. 执行中' },
    SUCCEEDED: { description: 'Carried out. 已完成' },
    FAILED: { description: 'The last attempt failed and was undone; the operator may try again. 失败（已撤销）' },
  },
});

@ObjectType({ description: 'One step of an attempt. 执行步骤' })
export class TicketStep {
  @Field(() => Int, { description: 'Its place in the attempt, from 0. 序号' }) seq!: number;
  @Field(() => String, { description: 'QUOTA, VOLUME, SERVER, EXTEND or RESIZE. 类型' }) kind!: string;
  @Field(() => String, { description: 'STARTED, DONE or UNDONE. 状态' }) state!: string;
  @Field(() => ID, { nullable: true, description: 'The server or volume (Canopy id). 资源ID' })
  resourceId!: number | null;
  @Field(() => String, { nullable: true, description: "The cloud's id. 云资源ID" }) cloudId!: string | null;
}

@ObjectType({ description: 'One try at carrying out the request (staff). 执行记录' })
export class TicketAttempt {
  @Field(() => Int, { description: 'Its number: 1, 2, … 第几次' }) number!: number;
  @Field(() => TicketWorkState, { description: 'RUNNING, SUCCEEDED or FAILED. 状态' }) state!: TicketWorkState;
  @Field(() => String, { nullable: true, description: 'Why it failed, and what was undone. 失败原因' })
  reason!: string | null;
  @Field(() => Date, { description: 'When it began. 开始时间' }) startedAt!: Date;
  @Field(() => Date, { nullable: true, description: 'When it ended. 结束时间' }) finishedAt!: Date | null;
  @Field(() => [TicketStep], { description: 'Its steps, in order. 步骤' }) steps!: TicketStep[];
}
