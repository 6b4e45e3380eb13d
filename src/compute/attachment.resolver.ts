import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../graph/context';
import { parseId } from '../graphql/ids';
import { VolumeRow } from '../storage/storage.repo';
import { Volume } from '../storage/storage.types';
import { AttachVolumeInput, DetachVolumeInput } from './attachment.inputs';
import { AttachVolumePayload, DetachVolumePayload } from './attachment.payloads';
import { AttachmentView, VolumeAttachment } from './attachment.types';
import { Server } from './compute.types';

@Resolver(() => VolumeAttachment)
export class VolumeAttachmentResolver {
  @Mutation(() => AttachVolumePayload, { description: 'Attach an available volume to a server. 挂载硬盘给主机' })
  async attachVolume(
    @Arg('input', () => AttachVolumeInput, { description: 'The volume and the server. 硬盘和主机' })
    input: AttachVolumeInput,
    @Ctx() ctx: Context,
  ): Promise<AttachVolumePayload> {
    const attachment = await ctx.resources.attachments.attach(
      parseId(input.tenantId, 'tenantId'),
      parseId(input.serverId, 'serverId'),
      parseId(input.volumeId, 'volumeId'),
    );
    return { attachment };
  }

  @Mutation(() => DetachVolumePayload, { description: 'Detach a volume from a server. 卸载硬盘' })
  async detachVolume(
    @Arg('input', () => DetachVolumeInput, { description: 'The attachment to undo. 需要卸载的挂载' })
    input: DetachVolumeInput,
    @Ctx() ctx: Context,
  ): Promise<DetachVolumePayload> {
    return {
      detachedAttachmentId: await ctx.resources.attachments.detach(
        parseId(input.tenantId, 'tenantId'),
        parseId(input.serverId, 'serverId'),
        parseId(input.attachId, 'attachId'),
      ),
    };
  }

  @FieldResolver(() => Server, { description: 'The server. 虚拟主机' })
  server(@Root() attachment: AttachmentView) {
    return attachment.server;
  }

  @FieldResolver(() => Volume, { description: 'The volume. 硬盘' })
  volume(@Root() attachment: AttachmentView) {
    return attachment.volume;
  }
}

/** Volume's fields that name servers: declared here, as storage knows no servers. */
@Resolver(() => Volume)
export class VolumeServersResolver {
  @FieldResolver(() => [VolumeAttachment], { description: 'Where it is attached. 挂载' })
  attachments(@Root() row: VolumeRow, @Ctx() ctx: Context) {
    return ctx.resources.attachments.ofVolume(row);
  }

  @FieldResolver(() => [Server], { description: 'The servers it is attached to. 挂载的主机' })
  servers(@Root() row: VolumeRow, @Ctx() ctx: Context) {
    return ctx.resources.attachments.serversOf(row);
  }
}
