import { assertVisibleTenant, policy, requireViewer } from '../auth/policy';
import { CloudFlavor, CloudImage, CloudNetwork, CloudServer } from '../cloud/resources';
import { present, ResourceScope } from '../cloud/scope';
import { NotFoundError } from '../errors';
import { TenantRow, UserRow } from '../identity/identity.repo';
import { VolumeRow } from '../storage/storage.repo';
import { AttachmentView } from '../storage/storage.types';
import { ServerRow } from './compute.repo';

/**
 * Reading servers: which ones the viewer sees, and their live state. Every cloud read goes through
 * the request's loaders, so a page of servers costs one call per kind of resource.
 */
export class ServerService {
  constructor(private readonly scope: ResourceScope) {}

  async get(id: number): Promise<ServerRow> {
    const viewer = requireViewer(this.scope.viewer);
    const row = await this.scope.rows.serverById.load(id);
    if (!row) throw new NotFoundError('Server', id);
    policy.readServer(viewer, row);
    if (!(await this.scope.cloudLoaders.serverById.load(row.cloudId))) throw new NotFoundError('Server', id);
    return row;
  }

  /** The tenant's servers the viewer may see, that still exist in the cloud. */
  async ofTenant(tenantId: number): Promise<ServerRow[]> {
    const viewer = requireViewer(this.scope.viewer);
    assertVisibleTenant(viewer, tenantId, 'Tenant', tenantId);
    const seesAll = policy.canReadTenantResources(viewer, tenantId);
    const rows = await this.scope.compute.serversOfTenant(tenantId, seesAll ? undefined : viewer.userId);
    for (const row of rows) this.scope.rows.serverById.prime(row.id, row);
    if (rows.length > 0) {
      const tenant = await this.scope.identity.tenantById.load(tenantId);
      if (tenant) await this.scope.cloudLoaders.serversByProjectId.load(tenant.projectId);
    }
    const live = await this.scope.cloudLoaders.serverById.loadMany(rows.map((row) => row.cloudId));
    const failure = live.find((item) => item instanceof Error);
    if (failure) throw failure;
    return rows.filter((_, i) => live[i] !== undefined);
  }

  // ---- fields, all from the cloud through the request's loaders
  async live(row: ServerRow): Promise<CloudServer> {
    const server = await this.scope.cloudLoaders.serverById.load(row.cloudId);
    if (!server) throw new NotFoundError('Server', row.id);
    return server;
  }

  async flavor(row: ServerRow): Promise<CloudFlavor | null> {
    return (await this.scope.cloudLoaders.flavorById.load((await this.live(row)).flavorId)) ?? null;
  }

  async image(row: ServerRow): Promise<CloudImage | null> {
    return (await this.scope.cloudLoaders.imageById.load((await this.live(row)).imageId)) ?? null;
  }

  async addresses(row: ServerRow): Promise<Array<{ networkId: string; networkName: string; ip: string }>> {
    const { addresses } = await this.live(row);
    const networks = await this.scope.cloudLoaders.networkById.loadMany(addresses.map((a) => a.networkId));
    return addresses.map((a, i) => {
      const network = networks[i];
      if (network instanceof Error) throw network;
      return { networkId: a.networkId, networkName: network?.name ?? '', ip: a.ip };
    });
  }

  async networks(row: ServerRow): Promise<CloudNetwork[]> {
    const ids = [...new Set((await this.live(row)).addresses.map((a) => a.networkId))];
    return present(await this.scope.cloudLoaders.networkById.loadMany(ids));
  }

  // Most servers have no volume: answering those at once spares a page of thousands as many
  // empty loader batches and promise chains.
  async volumes(row: ServerRow): Promise<VolumeRow[]> {
    const server = await this.live(row);
    if (server.attachedVolumeIds.length === 0) return [];
    // Their live fields come next: read the project's volumes once for the whole page first.
    await this.scope.cloudLoaders.volumesByProjectId.load(server.projectId);
    return present(await this.scope.rows.volumeByCloudId.loadMany(server.attachedVolumeIds));
  }

  async attachments(row: ServerRow): Promise<AttachmentView[]> {
    const server = await this.live(row);
    if (server.attachedVolumeIds.length === 0) return [];
    // The project's volumes in one call for the whole page (then the by-id loader answers from cache).
    await this.scope.cloudLoaders.volumesByProjectId.load(server.projectId);
    const volumes = present(await this.scope.cloudLoaders.volumeById.loadMany(server.attachedVolumeIds));
    const cloudAttachments = volumes.flatMap((v) => v.attachments.filter((a) => a.serverId === server.id));
    const rows = await this.scope.rows.attachmentByCloudId.loadMany(cloudAttachments.map((a) => a.id));
    const views = await Promise.all(
      cloudAttachments.map(async (attachment, i) => {
        const found = rows[i];
        if (!found || found instanceof Error) return undefined;
        const volume = await this.scope.rows.volumeById.load(found.volumeId);
        return volume && { id: found.id, row: found, server: row, volume, device: attachment.device };
      }),
    );
    return views.filter((view): view is AttachmentView => view !== undefined);
  }

  /** Whoever sees the server sees its assignee: a member only sees SHARED servers (never assigned) and its own. */
  async assignedUser(row: ServerRow): Promise<UserRow | null> {
    if (row.assignedUserId === null) return null;
    return (await this.scope.identity.userById.load(row.assignedUserId)) ?? null;
  }

  async tenant(row: ServerRow): Promise<TenantRow> {
    const tenant = await this.scope.identity.tenantById.load(row.tenantId);
    if (!tenant) throw new NotFoundError('Tenant', row.tenantId);
    return tenant;
  }
}
