import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../graphql/context';
import { parseId } from '../graphql/ids';
import { withoutNulls } from '../graphql/nulls';
import { Tenant, User } from '../identity/identity.types';
import { Network } from '../network/network.types';
import { Volume, VolumeAttachment } from '../storage/storage.types';
import { ServerRow } from './compute.repo';
import { AssignServerInput, CreateServerInput, DeleteServerInput, ServerActionInput, UnassignServerInput } from './compute.inputs';
import { AssignServerPayload, CreateServerPayload, DeleteServerPayload, ServerActionPayload, UnassignServerPayload } from './compute.payloads';
import { Flavor, Image, Server, ServerAddress, ServerStatusEnum } from './compute.types';

@Resolver(() => Server)
export class ServerResolver {
  @Query(() => Server, { description: 'One server the viewer may see. 获取主机' })
  server(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.resources.servers.get(parseId(id, 'id'));
  }

  @Mutation(() => CreateServerPayload, { description: 'Create a server (tenant admin or ADMIN). 创建主机' })
  async createServer(@Arg('input', () => CreateServerInput) input: CreateServerInput, @Ctx() ctx: Context): Promise<CreateServerPayload> {
    const { tenantId, imageId, ...given } = input;
    return { server: await ctx.resources.serverLifecycle.create({ imageId, ...withoutNulls(given), tenantId: parseId(tenantId, 'tenantId') }) };
  }

  @Mutation(() => DeleteServerPayload, { description: 'Release the assignment, detach the volumes, delete the server. 删除主机' })
  async deleteServer(@Arg('input', () => DeleteServerInput) input: DeleteServerInput, @Ctx() ctx: Context): Promise<DeleteServerPayload> {
    return { deletedServerId: await ctx.resources.serverLifecycle.delete(parseId(input.tenantId, 'tenantId'), parseId(input.serverId, 'serverId')) };
  }

  @Mutation(() => ServerActionPayload, { description: 'Run a power command; one the server\'s state forbids is CONFLICT. 主机操作' })
  async serverAction(@Arg('input', () => ServerActionInput) input: ServerActionInput, @Ctx() ctx: Context): Promise<ServerActionPayload> {
    return { server: await ctx.resources.serverLifecycle.command(parseId(input.serverId, 'serverId'), input.command) };
  }

  @Mutation(() => AssignServerPayload, { description: 'Give a PRIVATE server to a user of its tenant. 分配独享主机给用户' })
  async assignServer(@Arg('input', () => AssignServerInput) input: AssignServerInput, @Ctx() ctx: Context): Promise<AssignServerPayload> {
    return { server: await ctx.resources.serverLifecycle.assign(parseId(input.serverId, 'serverId'), parseId(input.userId, 'userId')) };
  }

  @Mutation(() => UnassignServerPayload, { description: 'Take a server back from its user. 取消分配独享主机' })
  async unassignServer(@Arg('input', () => UnassignServerInput) input: UnassignServerInput, @Ctx() ctx: Context): Promise<UnassignServerPayload> {
    return { server: await ctx.resources.serverLifecycle.unassign(parseId(input.serverId, 'serverId')) };
  }

  @FieldResolver(() => String)
  async name(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return (await ctx.resources.servers.live(row)).name;
  }

  @FieldResolver(() => ServerStatusEnum, { description: 'Live from the cloud. 状态' })
  async status(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return (await ctx.resources.servers.live(row)).status;
  }

  @FieldResolver(() => String)
  async availabilityZone(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return (await ctx.resources.servers.live(row)).availabilityZone;
  }

  @FieldResolver(() => [String])
  async securityGroups(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return (await ctx.resources.servers.live(row)).securityGroups;
  }

  @FieldResolver(() => Flavor, { nullable: true, description: 'Null when the flavor was removed from the cloud. 模板' })
  flavor(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.servers.flavor(row);
  }

  @FieldResolver(() => Image, { nullable: true, description: 'Null when the image was removed from the cloud. 映像' })
  image(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.servers.image(row);
  }

  @FieldResolver(() => [ServerAddress], { description: 'Fixed IPs with their networks\' names. 地址' })
  addresses(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.servers.addresses(row);
  }

  @FieldResolver(() => [Network])
  networks(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.servers.networks(row);
  }

  @FieldResolver(() => [VolumeAttachment])
  attachments(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.servers.attachments(row);
  }

  @FieldResolver(() => [Volume])
  volumes(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.servers.volumes(row);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The user a PRIVATE server is assigned to. 分配的用户' })
  assignedUser(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.servers.assignedUser(row);
  }

  @FieldResolver(() => Tenant)
  tenant(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.servers.tenant(row);
  }
}
