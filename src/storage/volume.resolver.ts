import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Server } from '../compute/compute.types';
import { Context } from '../graphql/context';
import { parseId, parseOptionalId } from '../graphql/ids';
import { Tenant } from '../identity/identity.types';
import { AttachVolumeInput, CreateVolumeInput, DeleteVolumeInput, DetachVolumeInput } from './storage.inputs';
import { AttachVolumePayload, CreateVolumePayload, DeleteVolumePayload, DetachVolumePayload } from './storage.payloads';
import { VolumeRow } from './storage.repo';
import { AttachmentView, Volume, VolumeAttachment } from './storage.types';

@Resolver(() => Volume)
export class VolumeResolver {
  @Query(() => [Volume], { description: 'A tenant\'s volumes (staff must name the tenant). 获取所有硬盘信息' })
  volumes(@Arg('tenantId', () => ID, { nullable: true }) tenantId: string | null, @Ctx() ctx: Context) {
    return ctx.resources.volumes.list(parseOptionalId(tenantId, 'tenantId'));
  }

  @Mutation(() => CreateVolumePayload, { description: '创建硬盘' })
  async createVolume(@Arg('input', () => CreateVolumeInput) input: CreateVolumeInput, @Ctx() ctx: Context): Promise<CreateVolumePayload> {
    const { tenantId, ...args } = input;
    return { volume: await ctx.resources.volumes.create({ ...args, tenantId: parseId(tenantId, 'tenantId') }) };
  }

  @Mutation(() => DeleteVolumePayload, { description: 'Delete a volume that is not attached. 删除硬盘' })
  async deleteVolume(@Arg('input', () => DeleteVolumeInput) input: DeleteVolumeInput, @Ctx() ctx: Context): Promise<DeleteVolumePayload> {
    return { deletedVolumeId: await ctx.resources.volumes.delete(parseId(input.tenantId, 'tenantId'), parseId(input.volumeId, 'volumeId')) };
  }

  @Mutation(() => AttachVolumePayload, { description: 'Attach an available volume to a server. 挂载硬盘给主机' })
  async attachVolume(@Arg('input', () => AttachVolumeInput) input: AttachVolumeInput, @Ctx() ctx: Context): Promise<AttachVolumePayload> {
    const attachment = await ctx.resources.volumes.attach(parseId(input.tenantId, 'tenantId'), parseId(input.serverId, 'serverId'), parseId(input.volumeId, 'volumeId'));
    return { attachment };
  }

  @Mutation(() => DetachVolumePayload, { description: '卸载硬盘' })
  async detachVolume(@Arg('input', () => DetachVolumeInput) input: DetachVolumeInput, @Ctx() ctx: Context): Promise<DetachVolumePayload> {
    return { detachedAttachmentId: await ctx.resources.volumes.detach(parseId(input.tenantId, 'tenantId'), parseId(input.serverId, 'serverId'), parseId(input.attachId, 'attachId')) };
  }

  @FieldResolver(() => String)
  async name(@Root() row: VolumeRow, @Ctx() ctx: Context) {
    return (await ctx.resources.volumes.live(row)).name;
  }

  @FieldResolver(() => String)
  async description(@Root() row: VolumeRow, @Ctx() ctx: Context) {
    return (await ctx.resources.volumes.live(row)).description;
  }

  @FieldResolver(() => Int)
  async sizeGb(@Root() row: VolumeRow, @Ctx() ctx: Context) {
    return (await ctx.resources.volumes.live(row)).sizeGb;
  }

  @FieldResolver(() => String, { description: 'Cinder\'s status: available, in-use, … 状态' })
  async status(@Root() row: VolumeRow, @Ctx() ctx: Context) {
    return (await ctx.resources.volumes.live(row)).status;
  }

  @FieldResolver(() => [VolumeAttachment])
  attachments(@Root() row: VolumeRow, @Ctx() ctx: Context) {
    return ctx.resources.volumes.attachments(row);
  }

  @FieldResolver(() => [Server])
  servers(@Root() row: VolumeRow, @Ctx() ctx: Context) {
    return ctx.resources.volumes.servers(row);
  }

  @FieldResolver(() => Tenant, { nullable: true })
  tenant(@Root() row: VolumeRow, @Ctx() ctx: Context) {
    return ctx.identity.loaders.tenantById.load(row.tenantId);
  }
}

@Resolver(() => VolumeAttachment)
export class VolumeAttachmentResolver {
  @FieldResolver(() => Server)
  server(@Root() attachment: AttachmentView) {
    return attachment.server;
  }

  @FieldResolver(() => Volume)
  volume(@Root() attachment: AttachmentView) {
    return attachment.volume;
  }
}
