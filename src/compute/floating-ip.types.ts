import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../graphql/connection';

export enum FloatingIpStatusEnum {
  ACTIVE = 'ACTIVE',
  DOWN = 'DOWN',
  ERROR = 'ERROR',
}
registerEnumType(FloatingIpStatusEnum, {
  name: 'FloatingIpStatus',
  description: "Neutron's status of a floating IP. 浮动IP状态",
  valuesConfig: {
    ACTIVE: { description: 'Associated and wired by the cloud. 已生效' },
    DOWN: {
      description: 'Not associated, or associated and not yet wired by the cloud (no L3 agent). 未生效',
    },
    ERROR: { description: 'The cloud failed to wire it. 错误' },
  },
});

@ObjectType({
  description:
    'A public address of an external network, allocated to a tenant and mapped to one server address or none. 浮动IP',
})
export class FloatingIp {
  @Field(() => ID, { description: "The floating IP's cloud id (OpenStack UUID). 浮动IP ID" })
  id!: string;

  @Field(() => String, { description: 'The public address. 公网地址' })
  address!: string;

  @Field(() => ID, { description: 'The external network it is an address of. 外部网络ID' })
  externalNetworkId!: string;

  @Field(() => FloatingIpStatusEnum, { description: 'ACTIVE, DOWN or ERROR, as the cloud reports it. 状态' })
  status!: `${FloatingIpStatusEnum}`;

  @Field(() => String, {
    nullable: true,
    description: "The server's fixed address it maps to; null when not associated. 绑定的内网地址",
  })
  fixedAddress!: string | null;

  @Field(() => Date, { description: 'When it was allocated. 申请时间' })
  createdAt!: Date;
}

export const FloatingIpConnection = connectionType(FloatingIp, 'FloatingIp', '浮动IP');
