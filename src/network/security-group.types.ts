import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Neutron's values are the enums' values; GraphQL shows their names. */
export enum SecurityGroupDirectionEnum {
  INGRESS = 'ingress',
  EGRESS = 'egress',
}
registerEnumType(SecurityGroupDirectionEnum, {
  name: 'SecurityGroupDirection',
  description: 'Which traffic a rule lets through. 规则方向',
  valuesConfig: {
    INGRESS: { description: 'Traffic to the server. 入方向' },
    EGRESS: { description: 'Traffic from the server. 出方向' },
  },
});

export enum EtherTypeEnum {
  IPV4 = 'IPv4',
  IPV6 = 'IPv6',
}
registerEnumType(EtherTypeEnum, {
  name: 'EtherType',
  description: 'The IP version a rule is about. IP协议版本',
  valuesConfig: {
    IPV4: { description: 'IP version 4. IPv4协议' },
    IPV6: { description: 'IP version 6. IPv6协议' },
  },
});

@ObjectType({ description: 'One rule of a security group: traffic it lets through. 防火墙规则' })
export class SecurityGroupRule {
  @Field(() => ID, { description: "The rule's cloud id (OpenStack UUID). 规则ID" })
  id!: string;

  @Field(() => SecurityGroupDirectionEnum, { description: 'INGRESS (to the server) or EGRESS. 方向' })
  direction!: `${SecurityGroupDirectionEnum}`;

  @Field(() => EtherTypeEnum, { description: 'IPV4 or IPV6. IP协议版本' })
  ethertype!: `${EtherTypeEnum}`;

  @Field(() => String, { nullable: true, description: 'tcp, udp or icmp, as the cloud names it; null: any. 协议' })
  protocol!: string | null;

  @Field(() => Int, { nullable: true, description: 'First port (tcp, udp); null: all ports. 起始端口' })
  portMin!: number | null;

  @Field(() => Int, { nullable: true, description: 'Last port (tcp, udp); null: all ports. 结束端口' })
  portMax!: number | null;

  @Field(() => String, { nullable: true, description: 'The remote addresses it admits (CIDR); null: any. 远端网段' })
  remoteCidr!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The remote security group whose servers it admits, instead of a CIDR. 远端防火墙ID',
  })
  remoteSecurityGroupId!: string | null;
}

@ObjectType({ description: "A tenant's firewall: rules for its servers' traffic (Neutron security group). 防火墙" })
export class SecurityGroup {
  @Field(() => ID, { description: "The security group's cloud id. 防火墙ID" })
  id!: string;

  @Field(() => String, { description: 'Its name, unique in the tenant, as createServer takes it. 防火墙名称' })
  name!: string;

  @Field(() => String, { description: 'Free text from the cloud. 防火墙描述' })
  description!: string;

  @Field(() => [SecurityGroupRule], { description: 'Its rules; traffic no rule admits is dropped. 规则' })
  rules!: SecurityGroupRule[];
}
