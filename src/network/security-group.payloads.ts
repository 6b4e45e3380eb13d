import { Field, ID, ObjectType } from 'type-graphql';
import { SecurityGroup, SecurityGroupRule } from './security-group.types';

@ObjectType({ description: 'The new security group. 创建防火墙结果' })
export class CreateSecurityGroupPayload {
  @Field(() => SecurityGroup, { description: "The new group, with the cloud's two egress rules. 新防火墙" })
  securityGroup!: SecurityGroup;
}

@ObjectType({ description: 'The deleted security group. 删除防火墙结果' })
export class DeleteSecurityGroupPayload {
  @Field(() => ID, { description: 'The id of the deleted group. 已删除的防火墙ID' })
  deletedSecurityGroupId!: string;
}

@ObjectType({ description: 'The new rule and its group. 添加防火墙规则结果' })
export class AddSecurityGroupRulePayload {
  @Field(() => SecurityGroupRule, { description: 'The new rule. 新规则' })
  rule!: SecurityGroupRule;

  @Field(() => SecurityGroup, { description: 'The group with all its rules. 防火墙' })
  securityGroup!: SecurityGroup;
}

@ObjectType({ description: 'The removed rule and its group. 删除防火墙规则结果' })
export class RemoveSecurityGroupRulePayload {
  @Field(() => ID, { description: 'The id of the removed rule. 已删除的规则ID' })
  removedRuleId!: string;

  @Field(() => SecurityGroup, { description: 'The group with its remaining rules. 防火墙' })
  securityGroup!: SecurityGroup;
}
