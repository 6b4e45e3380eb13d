import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graph/context';
import { parseId } from '../graphql/ids';
import { withoutNulls } from '../graphql/nulls';
import { CreateGroupInput, DeleteGroupInput, UpdateGroupInput } from './identity.inputs';
import { CreateGroupPayload, DeleteGroupPayload, UpdateGroupPayload } from './identity.payloads';
import { GroupRow } from './identity.repo';
import { UserPageArgs } from './identity-page.inputs';
import { Group, Tenant, UserConnection } from './identity.types';

@Resolver(() => Group)
export class GroupResolver {
  @Query(() => Group, { description: 'One group with its children; there is no "all groups" query. 获取组' })
  group(@Arg('id', () => ID, { description: "The group's id. 组ID" }) id: string, @Ctx() ctx: Context) {
    return ctx.identity.groups.get(parseId(id, 'id'));
  }

  @Query(() => Group, { description: "The root of the platform staff's group tree (staff only). 平台根组" })
  platformRootGroup(@Ctx() ctx: Context) {
    return ctx.identity.groups.platformRoot();
  }

  @Mutation(() => CreateGroupPayload, { description: 'Create a subgroup. 创建组' })
  async createGroup(
    @Arg('input', () => CreateGroupInput, { description: "The new group's parent, name and description. 新组信息" })
    input: CreateGroupInput,
    @Ctx() ctx: Context,
  ): Promise<CreateGroupPayload> {
    return { group: await ctx.identity.groups.create(parseId(input.parentGroupId, 'parentGroupId'), input) };
  }

  @Mutation(() => UpdateGroupPayload, { description: 'Rename or describe a group. 修改组' })
  async updateGroup(
    @Arg('input', () => UpdateGroupInput, { description: 'The group and its new name or description. 组的新信息' })
    input: UpdateGroupInput,
    @Ctx() ctx: Context,
  ): Promise<UpdateGroupPayload> {
    const { groupId, ...given } = input;
    const args = withoutNulls(given);
    return { group: await ctx.identity.groups.update(parseId(groupId, 'groupId'), args) };
  }

  @Mutation(() => DeleteGroupPayload, { description: 'Delete an empty, non-root group. 删除组' })
  async deleteGroup(
    @Arg('input', () => DeleteGroupInput, { description: 'The group to delete. 需要删除的组' }) input: DeleteGroupInput,
    @Ctx() ctx: Context,
  ): Promise<DeleteGroupPayload> {
    return { deletedGroupId: await ctx.identity.groups.delete(parseId(input.groupId, 'groupId')) };
  }

  @FieldResolver(() => Group, {
    nullable: true,
    description: 'Null for a root group, or when the viewer may not see the parent. 父组',
  })
  parent(@Root() group: GroupRow, @Ctx() ctx: Context) {
    return ctx.identity.groups.parent(group);
  }

  @FieldResolver(() => [Group], { description: 'Subgroups the viewer may see. 子组' })
  children(@Root() group: GroupRow, @Ctx() ctx: Context) {
    return ctx.identity.groups.children(group);
  }

  @FieldResolver(() => UserConnection, { description: 'Members the viewer may see, a page at a time. 组内用户' })
  users(@Root() group: GroupRow, @Args(() => UserPageArgs) args: UserPageArgs, @Ctx() ctx: Context) {
    return ctx.identity.groups.memberPage(group, args);
  }

  @FieldResolver(() => Tenant, { nullable: true, description: 'Null for platform groups. 所属租户' })
  tenant(@Root() group: GroupRow, @Ctx() ctx: Context) {
    return ctx.identity.groups.tenant(group);
  }
}
