import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../graph/context';
import { SecurityGroup } from '../network/security-group.types';
import { parseId, parseOptionalId } from '../graphql/ids';
import { then } from '../graphql/maybe-promise';
import { withoutNulls } from '../graphql/nulls';
import { Tenant, User } from '../identity/identity.types';
import { Network } from '../network/network.types';
import { Volume } from '../storage/storage.types';
import { VolumeAttachment } from './attachment.types';
import { ServerRow } from './compute.repo';
import {
  AssignServerInput,
  ConfirmResizeInput,
  CreateServerInput,
  DeleteServerInput,
  ResizeServerInput,
  RevertResizeInput,
  ServerActionInput,
  UnassignServerInput,
} from './compute.inputs';
import {
  AssignServerPayload,
  ConfirmResizePayload,
  CreateServerPayload,
  DeleteServerPayload,
  ResizeServerPayload,
  RevertResizePayload,
  ServerActionPayload,
  UnassignServerPayload,
} from './compute.payloads';
import { Flavor, Image, Server, ServerAddress, ServerStatusEnum } from './compute.types';
import { FloatingIp } from './floating-ip.types';

@Resolver(() => Server)
export class ServerResolver {
  @Query(() => Server, { description: 'One server the viewer may see. 获取主机' })
  server(@Arg('id', () => ID, { description: "The server's id. 虚拟主机ID" }) id: string, @Ctx() ctx: Context) {
    return ctx.resources.servers.get(parseId(id, 'id'));
  }

  @Mutation(() => CreateServerPayload, { description: 'Create a server (tenant admin or ADMIN). 创建主机' })
  async createServer(
    @Arg('input', () => CreateServerInput, { description: 'What to create. 新主机信息' }) input: CreateServerInput,
    @Ctx() ctx: Context,
  ): Promise<CreateServerPayload> {
    const { tenantId, imageId, keyPairId, ...given } = input;
    return {
      server: await ctx.resources.serverLifecycle.create({
        imageId,
        ...withoutNulls(given),
        tenantId: parseId(tenantId, 'tenantId'),
        keyPairId: parseOptionalId(keyPairId, 'keyPairId'),
      }),
    };
  }

  @Mutation(() => DeleteServerPayload, {
    description: 'Release the assignment, detach the volumes, delete the server. 删除主机',
  })
  async deleteServer(
    @Arg('input', () => DeleteServerInput, { description: 'The server to delete. 需要删除的主机' })
    input: DeleteServerInput,
    @Ctx() ctx: Context,
  ): Promise<DeleteServerPayload> {
    return {
      deletedServerId: await ctx.resources.serverLifecycle.delete(
        parseId(input.tenantId, 'tenantId'),
        parseId(input.serverId, 'serverId'),
      ),
    };
  }

  @Mutation(() => ServerActionPayload, {
    description: "Run a power command; one the server's state forbids is CONFLICT. 主机操作",
  })
  async serverAction(
    @Arg('input', () => ServerActionInput, { description: 'The server and the command. 主机和命令' })
    input: ServerActionInput,
    @Ctx() ctx: Context,
  ): Promise<ServerActionPayload> {
    return { server: await ctx.resources.serverLifecycle.command(parseId(input.serverId, 'serverId'), input.command) };
  }

  @Mutation(() => ResizeServerPayload, {
    description:
      'Change the flavor of an ACTIVE or SHUTOFF server (tenant admin or ADMIN); then confirmResize or revertResize. 调整主机配置',
  })
  async resizeServer(
    @Arg('input', () => ResizeServerInput, { description: 'The server and its new flavor. 主机和新模板' })
    input: ResizeServerInput,
    @Ctx() ctx: Context,
  ): Promise<ResizeServerPayload> {
    return {
      server: await ctx.resources.serverLifecycle.resize(parseId(input.serverId, 'serverId'), input.flavorName),
    };
  }

  @Mutation(() => ConfirmResizePayload, {
    description: 'Keep the new flavor of a server in VERIFY_RESIZE. 确认配置调整',
  })
  async confirmResize(
    @Arg('input', () => ConfirmResizeInput, { description: 'The server. 主机' }) input: ConfirmResizeInput,
    @Ctx() ctx: Context,
  ): Promise<ConfirmResizePayload> {
    return { server: await ctx.resources.serverLifecycle.finishResize(parseId(input.serverId, 'serverId'), 'confirm') };
  }

  @Mutation(() => RevertResizePayload, {
    description: 'Take a server in VERIFY_RESIZE back to its old flavor. 撤销配置调整',
  })
  async revertResize(
    @Arg('input', () => RevertResizeInput, { description: 'The server. 主机' }) input: RevertResizeInput,
    @Ctx() ctx: Context,
  ): Promise<RevertResizePayload> {
    return { server: await ctx.resources.serverLifecycle.finishResize(parseId(input.serverId, 'serverId'), 'revert') };
  }

  @Mutation(() => AssignServerPayload, {
    description: 'Give a PRIVATE server to a user of its tenant. 分配独享主机给用户',
  })
  async assignServer(
    @Arg('input', () => AssignServerInput, { description: 'The server and the user. 主机和用户' })
    input: AssignServerInput,
    @Ctx() ctx: Context,
  ): Promise<AssignServerPayload> {
    return {
      server: await ctx.resources.serverLifecycle.assign(
        parseId(input.serverId, 'serverId'),
        parseId(input.userId, 'userId'),
      ),
    };
  }

  @Mutation(() => UnassignServerPayload, { description: 'Take a server back from its user. 取消分配独享主机' })
  async unassignServer(
    @Arg('input', () => UnassignServerInput, { description: 'The server to take back. 需要取消分配的主机' })
    input: UnassignServerInput,
    @Ctx() ctx: Context,
  ): Promise<UnassignServerPayload> {
    return { server: await ctx.resources.serverLifecycle.unassign(parseId(input.serverId, 'serverId')) };
  }

  @FieldResolver(() => String, { description: "The server's name, live from the cloud. 主机名称" })
  name(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return then(ctx.resources.servers.live(row), (server) => server.name);
  }

  @FieldResolver(() => ServerStatusEnum, { description: 'Live from the cloud. 状态' })
  status(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return then(ctx.resources.servers.live(row), (server) => server.status);
  }

  @FieldResolver(() => String, { description: 'Where the server runs. 可用区域' })
  availabilityZone(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return then(ctx.resources.servers.live(row), (server) => server.availabilityZone);
  }

  @FieldResolver(() => [SecurityGroup], { description: 'Its security groups, with their rules. 防火墙' })
  securityGroups(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.serverSecurityGroups.of(row);
  }

  @FieldResolver(() => [FloatingIp], { description: 'The floating IPs mapped to its addresses. 浮动IP' })
  floatingIps(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.floatingIps.ofServer(row);
  }

  @FieldResolver(() => Flavor, { nullable: true, description: 'Null when the flavor was removed from the cloud. 模板' })
  flavor(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.servers.flavor(row);
  }

  @FieldResolver(() => Image, { nullable: true, description: 'Null when the image was removed from the cloud. 映像' })
  image(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.servers.image(row);
  }

  @FieldResolver(() => [ServerAddress], { description: "Fixed IPs with their networks' names. 地址" })
  addresses(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.servers.addresses(row);
  }

  @FieldResolver(() => [Network], { description: 'The networks it has addresses on. 所在网络' })
  networks(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.servers.networks(row);
  }

  @FieldResolver(() => [VolumeAttachment], { description: 'Its volume attachments, with devices. 挂载' })
  attachments(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.servers.attachments(row);
  }

  @FieldResolver(() => [Volume], { description: 'The volumes attached to it. 挂载的硬盘' })
  volumes(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.servers.volumes(row);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The user a PRIVATE server is assigned to. 分配的用户' })
  assignedUser(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.servers.assignedUser(row);
  }

  @FieldResolver(() => Tenant, { description: 'The tenant that owns it. 所属租户' })
  tenant(@Root() row: ServerRow, @Ctx() ctx: Context) {
    return ctx.resources.servers.tenant(row);
  }
}
