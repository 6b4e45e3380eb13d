import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A virtual network (id: the OpenStack UUID). cidr and gateway are its first subnet\'s. 虚拟网络' })
export class Network {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Boolean, { description: 'True for the provider\'s external networks, which routers use as their WAN side. 是否外部网络' })
  external!: boolean;
}

@ObjectType({ description: 'An IPv4 subnet of a network, with its DHCP allocation pool. 子网' })
export class Subnet {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  cidr!: string;

  @Field(() => String, { name: 'gateway' })
  gatewayIp!: string;

  @Field(() => Boolean)
  dhcpEnabled!: boolean;

  @Field(() => String, { name: 'dhcpStartIp' })
  poolStart!: string;

  @Field(() => String, { name: 'dhcpEndIp' })
  poolEnd!: string;

  @Field(() => [String], { name: 'dns' })
  dnsNameservers!: string[];
}

@ObjectType({ description: 'A virtual router (id: the OpenStack UUID). 虚拟路由器' })
export class Router {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true, description: 'The router\'s address on its external network. 外部地址' })
  externalIp!: string | null;
}
