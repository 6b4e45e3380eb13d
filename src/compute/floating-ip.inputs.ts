import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A floating IP to allocate. 申请浮动IP参数' })
export class AllocateFloatingIpInput {
  @Field(() => ID, { description: 'The tenant it is for. 租户ID' })
  tenantId!: string;

  @Field(() => ID, { description: 'An external network (see externalNetworks). 外部网络ID' })
  externalNetworkId!: string;
}

@InputType({ description: 'A floating IP and the server to map it to. 绑定浮动IP参数' })
export class AssociateFloatingIpInput {
  @Field(() => ID, { description: 'An unassociated floating IP of the tenant. 浮动IP ID' })
  floatingIpId!: string;

  @Field(() => ID, { description: 'A server of the same tenant. 主机ID' })
  serverId!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Which of the server's addresses to map to; by default its first address on a network routed to the IP's external network. 内网地址",
  })
  @IsOptional()
  @MaxLength(15)
  fixedAddress?: string;
}

@InputType({ description: 'The floating IP to unmap from its server. 解绑浮动IP参数' })
export class DisassociateFloatingIpInput {
  @Field(() => ID, { description: 'The floating IP. 浮动IP ID' })
  floatingIpId!: string;
}

@InputType({ description: 'The floating IP to give back to the cloud. 释放浮动IP参数' })
export class ReleaseFloatingIpInput {
  @Field(() => ID, { description: 'The floating IP, associated or not. 浮动IP ID' })
  floatingIpId!: string;
}
