import { policy, requireViewer } from '../auth/policy';
import { CloudFlavor, CloudImage, CloudNetwork, CloudServer } from '../cloud/resources';
import { present, tenantFor } from '../resources/deps';
import { LiveEvent } from '../live/bus';
import { unlessHidden } from '../live/stream';
import { ServerChange } from './server-change.types';
import { NotFoundError } from '../errors';
import { MaybePromise, then } from '../graphql/maybe-promise';
import { TenantRow, UserRow } from '../identity/identity.repo';
import { VolumeRow } from '../storage/storage.repo';
import { AttachmentView } from './attachment.types';
import { ServerRow } from './compute.repo';
import { ComputeDeps } from './deps';

/**
 * Reading servers: which ones the viewer sees, and their live state. Every cloud read goes through
 * the request's loaders, so a page of servers costs one call per kind of resource.
 */
export class ServerService {
  constructor(private readonly scope: ComputeDeps) {}

  async get(id: number): Promise<ServerRow> {
    const viewer = requireViewer(this.scope.viewer);
    const row = await this.scope.rows.serverById.load(id);
    if (!row) throw new NotFoundError('Server', id);
    policy.readServer(viewer, row);
    if (!(await this.scope.cloudLoaders.serverById.load(row.cloudId))) throw new NotFoundError('Server', id);
    return row;
  }

  /** serverChanged(tenantId): the tenant must be one the viewer sees (else NOT_FOUND); members follow the servers they see. */
  async watch(tenantId: number): Promise<void> {
    await tenantFor(this.scope, tenantId);
  }

  /**
   * One server's event as this viewer may see it now: the server as server(id) shows it, or its
   * deletion, told only to whoever saw every server of the tenant (a member cannot tell a deleted
   * server from one it never saw); undefined when the viewer may not see it (no event).
   */
  async change(event: LiveEvent): Promise<ServerChange | undefined> {
    if (event.kind !== 'server') return undefined;
    if (event.gone)
      return policy.canReadTenantResources(requireViewer(this.scope.viewer), event.tenantId)
        ? { serverId: event.id, server: null }
        : undefined;
    const server = await unlessHidden(() => this.get(event.id));
    return server && { serverId: event.id, server };
  }

  /** Whose server this is, to tell its tenant's subscribers it changed; no check, nothing of it is shown. */
  async tenantIdOf(id: number): Promise<number | undefined> {
    return (await this.scope.rows.serverById.load(id))?.tenantId;
  }

  /**
   * What the asked fields of a page's servers need from the cloud, loaded for the whole page in the
   * calls their fields would make, so the fields then answer without a promise each. Failures are
   * left to the fields, which report them one by one as before (a nullable flavor).
   */
  async loadForFields(rows: ServerRow[], servers: CloudServer[], asked: ReadonlySet<string>): Promise<void> {
    const loaders = this.scope.cloudLoaders;
    const unique = <T>(ids: T[]) => [...new Set(ids)];
    await Promise.allSettled([
      asked.has('assignedUser') &&
        this.scope.identity.userById.loadMany(
          unique(rows.flatMap((row) => (row.assignedUserId === null ? [] : [row.assignedUserId]))),
        ),
      asked.has('flavor') && loaders.flavorById.loadMany(unique(servers.map((s) => s.flavorId))),
      asked.has('image') && loaders.imageById.loadMany(unique(servers.map((s) => s.imageId))),
      asked.has('securityGroups') &&
        loaders.securityGroupsByProjectId.loadMany(unique(servers.map((s) => s.projectId))),
      asked.has('floatingIps') && loaders.floatingIpsByProjectId.loadMany(unique(servers.map((s) => s.projectId))),
      (asked.has('addresses') || asked.has('networks')) &&
        loaders.networkById.loadMany(unique(servers.flatMap((s) => s.addresses.map((a) => a.networkId)))),
      // In this round rather than the next: the volume fields would read the project's volumes anyway.
      (asked.has('volumes') || asked.has('attachments')) &&
        servers.some((s) => s.attachedVolumeIds.length > 0) &&
        loaders.volumesByProjectId.loadMany(unique(servers.map((s) => s.projectId))),
    ]);
  }

  // ---- fields, all from the cloud through the request's loaders; at once when already loaded
  live(row: ServerRow): MaybePromise<CloudServer> {
    return then(this.scope.cloudLoaders.serverById.loadNow(row.cloudId), (server) => server ?? this.notFound(row));
  }

  private notFound(row: ServerRow): never {
    throw new NotFoundError('Server', row.id);
  }

  flavor(row: ServerRow): MaybePromise<CloudFlavor | undefined> {
    return then(this.live(row), (server) => this.scope.cloudLoaders.flavorById.loadNow(server.flavorId));
  }

  image(row: ServerRow): MaybePromise<CloudImage | undefined> {
    return then(this.live(row), (server) => this.scope.cloudLoaders.imageById.loadNow(server.imageId));
  }

  addresses(row: ServerRow): MaybePromise<Array<{ networkId: string; networkName: string; ip: string }>> {
    return then(this.live(row), ({ addresses }) =>
      then(this.networksNow(addresses.map((a) => a.networkId)), (networks) =>
        addresses.map((a, i) => ({ networkId: a.networkId, networkName: networks[i]?.name ?? '', ip: a.ip })),
      ),
    );
  }

  networks(row: ServerRow): MaybePromise<CloudNetwork[]> {
    return then(this.live(row), (server) =>
      then(this.networksNow([...new Set(server.addresses.map((a) => a.networkId))]), present),
    );
  }

  /** The networks by id, at once when all were loaded already. */
  private networksNow(ids: string[]): MaybePromise<Array<CloudNetwork | undefined>> {
    const networks = ids.map((id) => this.scope.cloudLoaders.networkById.loadNow(id));
    return networks.some((network) => network instanceof Promise)
      ? Promise.all(networks)
      : (networks as Array<CloudNetwork | undefined>);
  }

  // Most servers have no volume: answering those at once spares a page of thousands as many
  // empty loader batches and promise chains.
  volumes(row: ServerRow): MaybePromise<VolumeRow[]> {
    return then(this.live(row), (server) => (server.attachedVolumeIds.length === 0 ? [] : this.volumesOf(server)));
  }

  private async volumesOf(server: CloudServer): Promise<VolumeRow[]> {
    // Their live fields come next: read the project's volumes once for the whole page first.
    await this.scope.cloudLoaders.volumesByProjectId.load(server.projectId);
    return present(await this.scope.rows.volumeByCloudId.loadMany(server.attachedVolumeIds));
  }

  attachments(row: ServerRow): MaybePromise<AttachmentView[]> {
    return then(this.live(row), (server) =>
      server.attachedVolumeIds.length === 0 ? [] : this.attachmentsOf(row, server),
    );
  }

  private async attachmentsOf(row: ServerRow, server: CloudServer): Promise<AttachmentView[]> {
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
  assignedUser(row: ServerRow): MaybePromise<UserRow | undefined> {
    return row.assignedUserId === null ? undefined : this.scope.identity.userById.loadNow(row.assignedUserId);
  }

  async tenant(row: ServerRow): Promise<TenantRow> {
    const tenant = await this.scope.identity.tenantById.load(row.tenantId);
    if (!tenant) throw new NotFoundError('Tenant', row.tenantId);
    return tenant;
  }
}
