import { Field, ID, ObjectType } from 'type-graphql';
import { connectionType } from '../graphql/connection';

@ObjectType({
  description: "A virtual network (id: the OpenStack UUID). cidr and gateway are its first subnet's. 虚拟网络",
})
export class Network {
  @Field(() => ID, { description: 'The OpenStack UUID. 网络ID' })
  id!: string;

  @Field(() => String, { description: 'Unique inside its tenant. 网络名称' })
  name!: string;

  @Field(() => Boolean, {
    description: "True for the provider's external networks, which routers use as their WAN side. 是否外部网络",
  })
  external!: boolean;
}

@ObjectType({ description: 'An IPv4 subnet of a network, with its DHCP allocation pool. 子网' })
export class Subnet {
  @Field(() => ID, { description: 'The OpenStack UUID. 子网ID' })
  id!: string;

  @Field(() => String, { description: "The subnet's name. 子网名称" })
  name!: string;

  @Field(() => String, { description: 'IPv4 network, e.g. 192.168.22.0/24. 网络地址' })
  cidr!: string;

  @Field(() => String, { name: 'gateway', description: 'The gateway address. 网关' })
  gatewayIp!: string;

  @Field(() => Boolean, { description: 'Whether DHCP hands out addresses. 是否启动dhcp' })
  dhcpEnabled!: boolean;

  @Field(() => String, { name: 'dhcpStartIp', description: 'First address of the DHCP range. dhcp起始ip' })
  poolStart!: string;

  @Field(() => String, { name: 'dhcpEndIp', description: 'Last address of the DHCP range. dhcp结束ip' })
  poolEnd!: string;

  @Field(() => [String], { name: 'dns', description: 'DNS server addresses. 默认DNS' })
  dnsNameservers!: string[];
}

@ObjectType({ description: 'A virtual router (id: the OpenStack UUID). 虚拟路由器' })
export class Router {
  @Field(() => ID, { description: 'The OpenStack UUID. 路由器ID' })
  id!: string;

  @Field(() => String, { description: "The router's name. 路由器名称" })
  name!: string;

  @Field(() => String, { nullable: true, description: "The router's address on its external network. 外部地址" })
  externalIp!: string | null;
}

export const NetworkConnection = connectionType(Network, 'Network', '网络');
export const RouterConnection = connectionType(Router, 'Router', '路由器');
