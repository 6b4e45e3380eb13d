import { policy, requireViewer } from '../auth/policy';
import { present } from '../resources/deps';
import { allOrNothing, UndoStack } from '../shared/undo';
import { NotFoundError } from '../errors';
import { VolumeRow } from '../storage/storage.repo';
import { VolumeService } from '../storage/volume.service';
import { ServerRow } from './compute.repo';
import { ComputeDeps } from './deps';
import { AttachmentView } from './attachment.types';

/**
 * Volumes attached to servers. Compute's, as it knows both servers and volumes (storage knows no
 * servers); the volume's own checks and live state are the volume service's.
 */
export class AttachmentService {
  constructor(
    private readonly scope: ComputeDeps,
    private readonly volumes: VolumeService,
  ) {}

  async attach(tenantId: number, serverId: number, volumeId: number): Promise<AttachmentView> {
    const volume = await this.volumes.manageable(tenantId, volumeId);
    const server = await this.serverOf(tenantId, serverId);
    const attachment = await this.scope.cloud.attachVolume(server.cloudId, volume.cloudId);
    const undo = new UndoStack();
    undo.push(`attachment ${attachment.id}`, () => this.scope.cloud.detachVolume(server.cloudId, attachment.id));
    const row = await allOrNothing(undo, () =>
      this.scope.compute.insertAttachment({
        tenantId,
        serverId: server.id,
        volumeId: volume.id,
        cloudId: attachment.id,
      }),
    );
    this.scope.cloudLoaders.volumeById.clear(volume.cloudId);
    this.scope.cloudLoaders.serverById.clear(server.cloudId);
    return { id: row.id, row, server, volume, device: attachment.device };
  }

  /** `attachId` is the attachment's id from attachVolume; it must be on `serverId`. */
  async detach(tenantId: number, serverId: number, attachId: number): Promise<number> {
    const server = await this.serverOf(tenantId, serverId);
    const row = await this.scope.rows.attachmentById.load(attachId);
    if (!row || row.serverId !== server.id) throw new NotFoundError('Attachment', attachId);
    await this.scope.cloud.detachVolume(server.cloudId, row.cloudId);
    await this.scope.compute.deleteAttachmentByCloudId(row.cloudId);
    return row.id;
  }

  // ---- fields of Volume
  async ofVolume(row: VolumeRow): Promise<AttachmentView[]> {
    const volume = await this.volumes.live(row);
    const rows = present(await this.scope.rows.attachmentByCloudId.loadMany(volume.attachments.map((a) => a.id)));
    const servers = present(await this.scope.rows.serverById.loadMany(rows.map((r) => r.serverId)));
    return rows.flatMap((attachment) => {
      const server = servers.find((s) => s.id === attachment.serverId);
      const device = volume.attachments.find((a) => a.id === attachment.cloudId)?.device ?? '';
      return server ? [{ id: attachment.id, row: attachment, server, volume: row, device }] : [];
    });
  }

  async serversOf(row: VolumeRow): Promise<ServerRow[]> {
    return (await this.ofVolume(row)).map((a) => a.server);
  }

  private async serverOf(tenantId: number, serverId: number): Promise<ServerRow> {
    const server = await this.scope.rows.serverById.load(serverId);
    if (!server || server.tenantId !== tenantId) throw new NotFoundError('Server', serverId);
    policy.manageTenantResources(requireViewer(this.scope.viewer), tenantId, 'Server', serverId);
    return server;
  }
}
