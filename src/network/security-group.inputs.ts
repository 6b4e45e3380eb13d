import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { IsName, IsText } from '../graphql/validators';
import { EtherTypeEnum, SecurityGroupDirectionEnum } from './security-group.types';

@InputType({ description: 'A new security group. 创建防火墙参数' })
export class CreateSecurityGroupInput {
  @Field(() => ID, { description: 'The tenant that owns the group. 租户ID' })
  tenantId!: string;

  @Field(() => String, { description: 'Unique inside the tenant. 防火墙名称（唯一）' })
  @IsName()
  name!: string;

  @Field(() => String, { nullable: true, description: 'Free text; default empty. 防火墙描述' })
  @IsText(255)
  description?: string;
}

@InputType({ description: 'The security group to delete. 删除防火墙参数' })
export class DeleteSecurityGroupInput {
  @Field(() => ID, { description: 'A group no server uses, other than `default`. 防火墙ID' })
  securityGroupId!: string;
}

@InputType({ description: 'A new rule of a security group. 添加防火墙规则参数' })
export class AddSecurityGroupRuleInput {
  @Field(() => ID, { description: 'The group. 防火墙ID' })
  securityGroupId!: string;

  @Field(() => SecurityGroupDirectionEnum, { description: 'INGRESS (to the server) or EGRESS. 方向' })
  direction!: SecurityGroupDirectionEnum;

  @Field(() => EtherTypeEnum, { nullable: true, description: 'Default IPV4. IP协议版本' })
  @IsOptional()
  ethertype?: EtherTypeEnum;

  @Field(() => String, { nullable: true, description: 'tcp, udp or icmp; left out: any protocol. 协议' })
  @IsOptional()
  @MaxLength(8)
  protocol?: string;

  @Field(() => Int, {
    nullable: true,
    description: 'tcp and udp only: first port, 1 to 65535; left out: all ports. 起始端口',
  })
  @IsOptional()
  portMin?: number;

  @Field(() => Int, { nullable: true, description: 'tcp and udp only: last port; default portMin. 结束端口' })
  @IsOptional()
  portMax?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Remote addresses (CIDR of the ethertype), or remoteSecurityGroupId, not both; neither: any. 远端网段',
  })
  @IsOptional()
  @MaxLength(43)
  remoteCidr?: string;

  @Field(() => ID, { nullable: true, description: 'A group of the same tenant whose servers it admits. 远端防火墙ID' })
  @IsOptional()
  remoteSecurityGroupId?: string;
}

@InputType({ description: 'The rule to remove. 删除防火墙规则参数' })
export class RemoveSecurityGroupRuleInput {
  @Field(() => ID, { description: "The rule's id. 规则ID" })
  ruleId!: string;
}
