import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../graph/context';
import { parseCloudId, parseId, parseOptionalId } from '../graphql/ids';
import { withoutNulls } from '../graphql/nulls';
import {
  AddSecurityGroupRuleInput,
  CreateSecurityGroupInput,
  DeleteSecurityGroupInput,
  RemoveSecurityGroupRuleInput,
} from './security-group.inputs';
import {
  AddSecurityGroupRulePayload,
  CreateSecurityGroupPayload,
  DeleteSecurityGroupPayload,
  RemoveSecurityGroupRulePayload,
} from './security-group.payloads';
import { SecurityGroup } from './security-group.types';

/** A tenant's security groups and their rules; which groups a server has is compute's (setServerSecurityGroups). */
@Resolver(() => SecurityGroup)
export class SecurityGroupResolver {
  @Query(() => [SecurityGroup], {
    description: "A tenant's security groups with their rules (staff must name the tenant). 防火墙",
  })
  securityGroups(
    @Arg('tenantId', () => ID, {
      nullable: true,
      description: "Required for platform staff; a tenant user's own by default. 租户ID",
    })
    tenantId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.resources.securityGroups.list(parseOptionalId(tenantId, 'tenantId'));
  }

  @Mutation(() => CreateSecurityGroupPayload, {
    description: 'Create a security group; the cloud gives it two egress rules (IPv4, IPv6). 创建防火墙',
  })
  async createSecurityGroup(
    @Arg('input', () => CreateSecurityGroupInput, { description: 'What to create. 新防火墙信息' })
    input: CreateSecurityGroupInput,
    @Ctx() ctx: Context,
  ): Promise<CreateSecurityGroupPayload> {
    const { tenantId, name, ...given } = input;
    return {
      securityGroup: await ctx.resources.securityGroups.create({
        tenantId: parseId(tenantId, 'tenantId'),
        name,
        ...withoutNulls(given),
      }),
    };
  }

  @Mutation(() => DeleteSecurityGroupPayload, {
    description: 'Delete a security group no server uses; `default` cannot be deleted (CONFLICT). 删除防火墙',
  })
  async deleteSecurityGroup(
    @Arg('input', () => DeleteSecurityGroupInput, { description: 'The group to delete. 需要删除的防火墙' })
    input: DeleteSecurityGroupInput,
    @Ctx() ctx: Context,
  ): Promise<DeleteSecurityGroupPayload> {
    return {
      deletedSecurityGroupId: await ctx.resources.securityGroups.delete(
        parseCloudId(input.securityGroupId, 'securityGroupId'),
      ),
    };
  }

  @Mutation(() => AddSecurityGroupRulePayload, {
    description: 'Add a rule to a security group; an equal rule is CONFLICT. 添加防火墙规则',
  })
  async addSecurityGroupRule(
    @Arg('input', () => AddSecurityGroupRuleInput, { description: 'The rule. 新规则' })
    input: AddSecurityGroupRuleInput,
    @Ctx() ctx: Context,
  ): Promise<AddSecurityGroupRulePayload> {
    const { securityGroupId, direction, remoteSecurityGroupId, ...given } = input;
    return ctx.resources.securityGroups.addRule({
      securityGroupId: parseCloudId(securityGroupId, 'securityGroupId'),
      direction,
      ...withoutNulls(given),
      ...(remoteSecurityGroupId === undefined || remoteSecurityGroupId === null
        ? {}
        : { remoteSecurityGroupId: parseCloudId(remoteSecurityGroupId, 'remoteSecurityGroupId') }),
    });
  }

  @Mutation(() => RemoveSecurityGroupRulePayload, {
    description: 'Remove a rule from its security group. 删除防火墙规则',
  })
  async removeSecurityGroupRule(
    @Arg('input', () => RemoveSecurityGroupRuleInput, { description: 'The rule to remove. 需要删除的规则' })
    input: RemoveSecurityGroupRuleInput,
    @Ctx() ctx: Context,
  ): Promise<RemoveSecurityGroupRulePayload> {
    return ctx.resources.securityGroups.removeRule(parseCloudId(input.ruleId, 'ruleId'));
  }
}
