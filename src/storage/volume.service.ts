import { policy, requireViewer } from '../auth/policy';
import { CloudVolume } from '../cloud/resources';
import { present, ResourceDeps, tenantFor } from '../resources/deps';
import { allOrNothing, UndoStack } from '../shared/undo';
import { NotFoundError } from '../errors';
import { ServerRow } from '../compute/compute.repo';
import { TenantRow } from '../identity/identity.repo';
import { VolumeRow } from './storage.repo';
import { AttachmentView } from './storage.types';

/** Volumes and their attachments to servers; Canopy keeps the integer ids, the cloud the state. */
export class VolumeService {
  constructor(private readonly scope: ResourceDeps) {}

  async list(tenantId: number | undefined): Promise<VolumeRow[]> {
    return this.ofTenant(await tenantFor(this.scope, tenantId));
  }

  /** The tenant's volumes that still exist in the cloud. */
  async ofTenant(tenant: TenantRow): Promise<VolumeRow[]> {
    policy.readTenantResources(requireViewer(this.scope.viewer), tenant.id, 'Tenant', tenant.id);
    const rows = await this.scope.storage.volumesOfTenant(tenant.id);
    if (rows.length > 0) await this.scope.cloudLoaders.volumesByProjectId.load(tenant.projectId);
    const live = await this.scope.cloudLoaders.volumeById.loadMany(rows.map((r) => r.cloudId));
    const failure = live.find((v) => v instanceof Error);
    if (failure) throw failure;
    return rows.filter((_, i) => live[i] !== undefined);
  }

  async create(args: { tenantId: number; sizeGb?: number; name?: string; description?: string }): Promise<VolumeRow> {
    const tenant = await tenantFor(this.scope, args.tenantId);
    policy.manageTenantResources(requireViewer(this.scope.viewer), tenant.id, 'Tenant', tenant.id);
    const undo = new UndoStack();
    return allOrNothing(undo, async () => {
      const volume = await this.scope.cloud.createVolume({ projectId: tenant.projectId, name: args.name ?? '', description: args.description ?? '', sizeGb: args.sizeGb ?? 1 });
      undo.push(`volume ${volume.id}`, () => this.scope.cloud.deleteVolume(volume.id));
      this.scope.cloudLoaders.volumeById.prime(volume.id, volume);
      return this.scope.storage.insertVolume({ tenantId: tenant.id, cloudId: volume.id });
    });
  }

  /** The cloud refuses while the volume is attached (CONFLICT). */
  async delete(tenantId: number, volumeId: number): Promise<number> {
    const row = await this.manageable(tenantId, volumeId);
    await this.scope.cloud.deleteVolume(row.cloudId);
    this.scope.storage.deleteVolume(row.id);
    return row.id;
  }

  async attach(tenantId: number, serverId: number, volumeId: number): Promise<AttachmentView> {
    const volume = await this.manageable(tenantId, volumeId);
    const server = await this.serverOf(tenantId, serverId);
    const attachment = await this.scope.cloud.attachVolume(server.cloudId, volume.cloudId);
    const undo = new UndoStack();
    undo.push(`attachment ${attachment.id}`, () => this.scope.cloud.detachVolume(server.cloudId, attachment.id));
    const row = await allOrNothing(undo, () => Promise.resolve(this.scope.storage.insertAttachment({ tenantId, serverId: server.id, volumeId: volume.id, cloudId: attachment.id })));
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
    this.scope.storage.deleteAttachmentByCloudId(row.cloudId);
    return row.id;
  }

  // ---- fields
  async live(row: VolumeRow): Promise<CloudVolume> {
    const volume = await this.scope.cloudLoaders.volumeById.load(row.cloudId);
    if (!volume) throw new NotFoundError('Volume', row.id);
    return volume;
  }

  async attachments(row: VolumeRow): Promise<AttachmentView[]> {
    const volume = await this.live(row);
    const rows = present(await this.scope.rows.attachmentByCloudId.loadMany(volume.attachments.map((a) => a.id)));
    const servers = present(await this.scope.rows.serverById.loadMany(rows.map((r) => r.serverId)));
    return rows.flatMap((attachment) => {
      const server = servers.find((s) => s.id === attachment.serverId);
      const device = volume.attachments.find((a) => a.id === attachment.cloudId)?.device ?? '';
      return server ? [{ id: attachment.id, row: attachment, server, volume: row, device }] : [];
    });
  }

  async servers(row: VolumeRow): Promise<ServerRow[]> {
    return (await this.attachments(row)).map((a) => a.server);
  }

  private async manageable(tenantId: number, volumeId: number): Promise<VolumeRow> {
    const tenant = await tenantFor(this.scope, tenantId);
    const row = await this.scope.rows.volumeById.load(volumeId);
    if (!row || row.tenantId !== tenant.id) throw new NotFoundError('Volume', volumeId);
    policy.manageTenantResources(requireViewer(this.scope.viewer), tenant.id, 'Volume', volumeId);
    return row;
  }

  private async serverOf(tenantId: number, serverId: number): Promise<ServerRow> {
    const server = await this.scope.rows.serverById.load(serverId);
    if (!server || server.tenantId !== tenantId) throw new NotFoundError('Server', serverId);
    policy.manageTenantResources(requireViewer(this.scope.viewer), tenantId, 'Server', serverId);
    return server;
  }
}
