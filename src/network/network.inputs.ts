import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsName } from '../graphql/validators';

@InputType({ description: 'A new network and its one IPv4 subnet. 创建网络参数' })
export class CreateNetworkInput {
  @Field(() => ID, { description: 'The tenant that owns the network. 租户ID' })
  tenantId!: string;

  @Field(() => String, { description: 'Unique inside the tenant. 网络名称（唯一）' })
  @IsName()
  name!: string;

  @Field(() => Boolean, { nullable: true, description: 'Default true. 是否启动DHCP' })
  @IsOptional()
  dhcpEnabled?: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'With dhcpEndIp; default: the hosts after the gateway. DHCP起始IP',
  })
  @IsOptional()
  @MaxLength(15)
  dhcpStartIp?: string;

  @Field(() => String, { nullable: true, description: 'Last address of the DHCP range, with dhcpStartIp. DHCP结束IP' })
  @IsOptional()
  @MaxLength(15)
  dhcpEndIp?: string;

  @Field(() => String, { description: 'A host address of the CIDR, outside the DHCP range. 网关' })
  @MaxLength(15)
  gateway!: string;

  @Field(() => String, { description: 'IPv4 network, /8 to /29, e.g. 192.168.22.0/24. 网络地址' })
  @MaxLength(18)
  cidr!: string;

  @Field(() => String, { nullable: true, description: 'One DNS server address. 默认DNS' })
  @IsOptional()
  @MaxLength(15)
  dns?: string;
}

@InputType({ description: 'The network to delete. 删除网络参数' })
export class DeleteNetworkInput {
  @Field(() => ID, { description: 'A network no server or router uses. 网络ID' })
  networkId!: string;
}

@InputType({ description: 'A new router. 创建路由器参数' })
export class CreateRouterInput {
  @Field(() => String, { description: "The router's name. 虚拟路由的名称" })
  @IsName()
  name!: string;

  @Field(() => ID, {
    nullable: true,
    description: "Required for platform staff; a tenant user's own by default. 租户ID",
  })
  tenantId?: string;

  @Field(() => ID, { description: 'See `externalNetworks`. 外部网络ID' })
  externalNetworkId!: string;
}

@InputType({ description: 'The router to delete. 删除路由器参数' })
export class DeleteRouterInput {
  @Field(() => ID, { description: 'A router without interfaces. 路由器ID' })
  routerId!: string;
}

@InputType({ description: 'The router and the network to connect. 连接网络参数' })
export class ConnectRouterNetworkInput {
  @Field(() => ID, { description: 'The router. 虚拟路由ID' })
  routerId!: string;

  @Field(() => ID, { description: "A network of the router's tenant. 虚拟网络ID" })
  networkId!: string;

  @Field(() => ID, { nullable: true, description: "When given, the router must be this tenant's. 租户ID" })
  tenantId?: string;
}

@InputType({ description: 'The router and the network to disconnect. 断开网络参数' })
export class DisconnectRouterNetworkInput {
  @Field(() => ID, { description: 'The router. 虚拟路由ID' })
  routerId!: string;

  @Field(() => ID, { description: 'A network connected to it. 虚拟网络ID' })
  networkId!: string;

  @Field(() => ID, { nullable: true, description: "When given, the router must be this tenant's. 租户ID" })
  tenantId?: string;
}
