import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graph/context';
import { parseId } from '../graphql/ids';
import { withoutNulls } from '../graphql/nulls';
import { CreateUserInput, RemoveUserInput, UpdateUserInput } from './identity.inputs';
import { CreateUserPayload, RemoveUserPayload, UpdateUserPayload } from './identity.payloads';
import { UserRow } from './identity.repo';
import { Group, Membership, Tenant, User } from './identity.types';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { description: 'One user. 获取用户' })
  user(@Arg('id', () => ID, { description: "The user's id. 用户ID" }) id: string, @Ctx() ctx: Context) {
    return ctx.identity.users.get(parseId(id, 'id'));
  }

  @Mutation(() => CreateUserPayload, {
    description: 'Create a user in a group (a staff user in a platform group, ADMIN only). 创建用户',
  })
  async createUser(
    @Arg('input', () => CreateUserInput, { description: 'The new user and its first group. 新用户信息' })
    input: CreateUserInput,
    @Ctx() ctx: Context,
  ): Promise<CreateUserPayload> {
    const { groupId, ...args } = input;
    return { user: await ctx.identity.users.create(parseId(groupId, 'groupId'), args) };
  }

  @Mutation(() => UpdateUserPayload, { description: 'Change a user and its membership of one group. 修改用户信息' })
  async updateUser(
    @Arg('input', () => UpdateUserInput, { description: 'The user, the membership and what to change. 用户的新信息' })
    input: UpdateUserInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateUserPayload> {
    const { userId, groupId, ...given } = input;
    const args = withoutNulls(given);
    return { user: await ctx.identity.users.update(parseId(userId, 'userId'), parseId(groupId, 'groupId'), args) };
  }

  @Mutation(() => RemoveUserPayload, { description: 'Remove a user from one group, or delete it. 移除用户' })
  removeUser(
    @Arg('input', () => RemoveUserInput, {
      description: 'The user, and optionally the group to remove it from. 需要移除的用户',
    })
    input: RemoveUserInput,
    @Ctx() ctx: Context,
  ): Promise<RemoveUserPayload> {
    const groupId =
      input.groupId === undefined || input.groupId === null ? undefined : parseId(input.groupId, 'groupId');
    return ctx.identity.users.remove(parseId(input.userId, 'userId'), groupId);
  }

  @FieldResolver(() => Tenant, { nullable: true, description: 'Null for platform staff. 所属租户' })
  tenant(@Root() user: UserRow, @Ctx() ctx: Context) {
    return ctx.identity.users.tenant(user);
  }

  @FieldResolver(() => [Group], { description: "The user's groups that the viewer may see. 所在组" })
  async groups(@Root() user: UserRow, @Ctx() ctx: Context) {
    return (await ctx.identity.users.memberships(user)).map((m) => m.group);
  }

  @FieldResolver(() => [Membership], { description: "The user's groups with its admin flag in each. 组成员关系" })
  memberships(@Root() user: UserRow, @Ctx() ctx: Context) {
    return ctx.identity.users.memberships(user);
  }
}
