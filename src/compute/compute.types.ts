import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ServerStatusEnum {
  BUILD = 'BUILD',
  ACTIVE = 'ACTIVE',
  PAUSED = 'PAUSED',
  SHUTOFF = 'SHUTOFF',
  SUSPENDED = 'SUSPENDED',
  REBOOT = 'REBOOT',
  ERROR = 'ERROR',
}
registerEnumType(ServerStatusEnum, { name: 'ServerStatus', description: 'OpenStack\'s server status, read live from the cloud. 主机状态' });

export enum ServerTypeEnum {
  PRIVATE = 'PRIVATE',
  SHARED = 'SHARED',
}
registerEnumType(ServerTypeEnum, {
  name: 'ServerType',
  description: 'Who a server is for. 主机类型',
  valuesConfig: { PRIVATE: { description: 'Seed value 1, the default: may be assigned to one user. 私有主机' }, SHARED: { description: 'Seed value 2: seen by every member of the tenant, never assigned. 共享主机' } },
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
  description: 'A power command; one the server\'s state forbids is CONFLICT. 主机操作',
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

@ObjectType({ description: 'A virtual server: Canopy\'s id, type and assignment; everything else live from the cloud. 虚拟主机' })
export class Server {
  @Field(() => ID)
  id!: number;

  @Field(() => ServerTypeEnum)
  serverType!: 'PRIVATE' | 'SHARED';

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: 'A server size. 模板' })
export class Flavor {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  vcpus!: number;

  @Field(() => Int)
  ramMb!: number;

  @Field(() => Int)
  diskGb!: number;
}

@ObjectType({ description: 'A bootable image. 映像' })
export class Image {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  minDiskGb!: number;
}

@ObjectType({ description: 'An availability zone. 可用区域' })
export class AvailabilityZone {
  @Field(() => String)
  name!: string;

  @Field(() => Boolean)
  available!: boolean;
}

@ObjectType({ description: 'A firewall rule set of a tenant, named when creating servers. 防火墙' })
export class SecurityGroup {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;
}

@ObjectType({ description: 'One fixed IP of a server. 主机地址' })
export class ServerAddress {
  @Field(() => ID)
  networkId!: string;

  @Field(() => String, { description: 'Empty when the network is gone.' })
  networkName!: string;

  @Field(() => String)
  ip!: string;
}

@ObjectType({ description: 'One quota: its limit (-1: unlimited) and what is in use. 配额' })
export class QuotaUsage {
  @Field(() => Int)
  limit!: number;

  @Field(() => Int)
  used!: number;
}

@ObjectType({ description: 'A tenant\'s cloud quotas, enforced by the cloud (QUOTA_EXCEEDED). 租户配额' })
export class Quota {
  @Field(() => QuotaUsage)
  instances!: QuotaUsage;

  @Field(() => QuotaUsage)
  cores!: QuotaUsage;

  @Field(() => QuotaUsage)
  ramMb!: QuotaUsage;

  @Field(() => QuotaUsage)
  volumes!: QuotaUsage;

  @Field(() => QuotaUsage)
  gigabytes!: QuotaUsage;

  @Field(() => QuotaUsage)
  networks!: QuotaUsage;

  @Field(() => QuotaUsage)
  routers!: QuotaUsage;
}
