import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../graphql/connection';

export enum ServerStatusEnum {
  BUILD = 'BUILD',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  SHUTOFF = 'SHUTOFF',
  SUSPENDED = 'SUSPENDED',
  REBOOT = 'REBOOT',
  RESIZE = 'RESIZE',
  VERIFY_RESIZE = 'VERIFY_RESIZE',
  ERROR = 'ERROR',
}
registerEnumType(ServerStatusEnum, {
  name: 'ServerStatus',
  description: "OpenStack's server status, read live from the cloud. 主机状态",
  valuesConfig: {
    BUILD: { description: 'Being created. 创建中' },
    ACTIVE: { description: 'Running. 运行中' },
    PAUSED: { description: 'Paused in memory. 已暂停' },
    SHUTOFF: { description: 'Stopped. 已关机' },
    SUSPENDED: { description: 'Suspended to disk. 已挂起' },
    REBOOT: { description: 'Rebooting. 重启中' },
    RESIZE: { description: 'Changing flavor (resizing, or reverting a resize). 调整配置中' },
    VERIFY_RESIZE: {
      description: 'Resized: confirmResize keeps the new flavor, revertResize goes back to the old. 待确认配置调整',
    },
    ERROR: { description: 'Failed; STOP or delete it. 错误' },
  },
});

export enum ServerTypeEnum {
  PRIVATE = 'PRIVATE',
  SHARED = 'SHARED',
}
registerEnumType(ServerTypeEnum, {
  name: 'ServerType',
  description: 'Who a server is for. 主机类型',
  valuesConfig: {
    PRIVATE: { description: 'Seed value 1, the default: may be assigned to one user. 私有主机' },
    SHARED: { description: 'Seed value 2: seen by every member of the tenant, never assigned. 共享主机' },
  },
});

export enum ServerCommandEnum {
  PAUSE = 'PAUSE',
  UNPAUSE = 'UNPAUSE',
  STOP = 'STOP',
  START = 'START',
  SUSPEND = 'SUSPEND',
  RESUME = 'RESUME',
  REBOOT = 'REBOOT',
}
registerEnumType(ServerCommandEnum, {
  name: 'ServerCommand',
  description: "A power command; one the server's state forbids is CONFLICT. 主机操作",
  valuesConfig: {
    PAUSE: { description: 'ACTIVE → PAUSED. 暂停' },
    UNPAUSE: { description: 'PAUSED → ACTIVE. 取消暂停' },
    STOP: { description: 'ACTIVE or ERROR → SHUTOFF. 停止' },
    START: { description: 'SHUTOFF → ACTIVE. 开始运行' },
    SUSPEND: { description: 'ACTIVE → SUSPENDED. 挂起' },
    RESUME: { description: 'SUSPENDED → ACTIVE. 恢复' },
    REBOOT: { description: 'Soft reboot, from ACTIVE (REBOOT, then ACTIVE). 软重启' },
  },
});

@ObjectType({
  description: "A virtual server: Canopy's id, type and assignment; everything else live from the cloud. 虚拟主机",
})
export class Server {
  @Field(() => ID, { description: "The server's id (Canopy's own, not the OpenStack UUID). 主机ID" })
  id!: number;

  @Field(() => ServerTypeEnum, { description: 'PRIVATE (may be assigned to one user) or SHARED. 主机类型' })
  serverType!: 'PRIVATE' | 'SHARED';

  @Field(() => String, {
    nullable: true,
    description:
      'The name of the key pair the server was made with (kept after that key pair is deleted); null without one. 密钥对名称',
  })
  keyName!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "That key's SHA256 fingerprint, to match against ssh's; null without a key. 密钥指纹",
  })
  keyFingerprint!: string | null;

  @Field(() => Date, { description: 'When Canopy created the server. 创建时间' })
  createdAt!: Date;
}

@ObjectType({ description: 'A server size. 模板' })
export class Flavor {
  @Field(() => ID, { description: "The flavor's cloud id. 模板ID" })
  id!: string;

  @Field(() => String, { description: 'Flavor name, e.g. m1.small; usable as instanceType. 模板名称' })
  name!: string;

  @Field(() => Int, { description: 'Virtual CPUs. cpu个数' })
  vcpus!: number;

  @Field(() => Int, { description: 'Memory in MB. 内存（MB）' })
  ramMb!: number;

  @Field(() => Int, { description: 'Root disk in GB. 系统盘大小（GB）' })
  diskGb!: number;
}

@ObjectType({ description: 'A bootable image. 映像' })
export class Image {
  @Field(() => ID, { description: "The image's cloud id. 映像ID" })
  id!: string;

  @Field(() => String, { description: 'Image name; usable as imageId. 映像名称' })
  name!: string;

  @Field(() => Int, { description: 'The smallest root disk it boots from, in GB. 最小磁盘（GB）' })
  minDiskGb!: number;
}

@ObjectType({ description: 'An availability zone. 可用区域' })
export class AvailabilityZone {
  @Field(() => String, { description: 'Zone name; usable as availabilityZone. 可用区域名称' })
  name!: string;

  @Field(() => Boolean, { description: 'Whether new servers can be placed in it. 是否可用' })
  available!: boolean;
}

@ObjectType({ description: 'One fixed IP of a server. 主机地址' })
export class ServerAddress {
  @Field(() => ID, { description: "The network's id (OpenStack UUID). 网络ID" })
  networkId!: string;

  @Field(() => String, { description: "The network's name; empty when the network is gone. 网络名称" })
  networkName!: string;

  @Field(() => String, { description: 'The fixed IPv4 address. IP地址' })
  ip!: string;
}

@ObjectType({ description: 'One quota: its limit (-1: unlimited) and what is in use. 配额' })
export class QuotaUsage {
  @Field(() => Int, { description: 'The limit; -1 means unlimited. 配额上限' })
  limit!: number;

  @Field(() => Int, { description: 'How much is in use now. 已使用' })
  used!: number;
}

@ObjectType({ description: "A tenant's cloud quotas, enforced by the cloud (QUOTA_EXCEEDED). 租户配额" })
export class Quota {
  @Field(() => QuotaUsage, { description: 'Number of servers. 主机数量' })
  instances!: QuotaUsage;

  @Field(() => QuotaUsage, { description: 'Virtual CPUs over all servers. cpu核数' })
  cores!: QuotaUsage;

  @Field(() => QuotaUsage, { description: 'Memory over all servers, in MB. 内存（MB）' })
  ramMb!: QuotaUsage;

  @Field(() => QuotaUsage, { description: 'Number of volumes. 硬盘数量' })
  volumes!: QuotaUsage;

  @Field(() => QuotaUsage, { description: 'Volume storage, in GB. 硬盘容量（GB）' })
  gigabytes!: QuotaUsage;

  @Field(() => QuotaUsage, { description: 'Number of networks. 网络数量' })
  networks!: QuotaUsage;

  @Field(() => QuotaUsage, { description: 'Number of routers. 路由器数量' })
  routers!: QuotaUsage;

  @Field(() => QuotaUsage, { description: 'Number of security groups, `default` included. 防火墙数量' })
  securityGroups!: QuotaUsage;

  @Field(() => QuotaUsage, { description: 'Rules over all security groups. 防火墙规则数量' })
  securityGroupRules!: QuotaUsage;

  @Field(() => QuotaUsage, { description: 'Floating IPs allocated, associated or not. 浮动IP数量' })
  floatingIps!: QuotaUsage;
}

export const ServerConnection = connectionType(Server, 'Server', '主机');
