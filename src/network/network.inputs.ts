import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsName } from '../graphql/validators';

@InputType()
export class CreateNetworkInput {
  @Field(() => ID)
  tenantId!: string;

  @Field(() => String, { description: 'Unique inside the tenant. 网络名称（唯一）' })
  @IsName()
  name!: string;

  @Field(() => Boolean, { nullable: true, description: 'Default true. 是否启动dhcp' })
  @IsOptional()
  dhcpEnabled?: boolean;

  @Field(() => String, { nullable: true, description: 'With dhcpEndIp; default: the hosts after the gateway. dhcp起始ip' })
  @IsOptional()
  @MaxLength(15)
  dhcpStartIp?: string;

  @Field(() => String, { nullable: true, description: 'dhcp结束ip' })
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

@InputType()
export class DeleteNetworkInput {
  @Field(() => ID)
  networkId!: string;
}

@InputType()
export class CreateRouterInput {
  @Field(() => String)
  @IsName()
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Required for platform staff; a tenant user\'s own by default. 租户ID' })
  tenantId?: string;

  @Field(() => ID, { description: 'See `externalNetworks`. 外部网络ID' })
  externalNetworkId!: string;
}

@InputType()
export class DeleteRouterInput {
  @Field(() => ID)
  routerId!: string;
}

@InputType()
export class ConnectRouterNetworkInput {
  @Field(() => ID)
  routerId!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => ID, { nullable: true, description: 'When given, the router must be this tenant\'s. 租户ID' })
  tenantId?: string;
}

@InputType()
export class DisconnectRouterNetworkInput {
  @Field(() => ID)
  routerId!: string;

  @Field(() => ID)
  networkId!: string;

  @Field(() => ID, { nullable: true, description: 'When given, the router must be this tenant\'s. 租户ID' })
  tenantId?: string;
}
