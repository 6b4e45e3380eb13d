import { policy, assertVisibleTenant, requireViewer } from '../auth/policy';
import { NotFoundError } from '../errors';
import { parseOptionalId } from '../graphql/ids';
import { Connection, connection, decodeKeyset, listPageSize, orderOf } from '../graphql/paging';
import { cloudSort, scanCloudPages } from '../resources/cloud-pages';
import { ServerRow } from './compute.repo';
import { ComputeDeps } from './deps';
import { ServerPageArgs } from './server-page.inputs';
import { ServerService } from './server.service';

/**
 * `tenant.servers` as a connection: the cloud pages, filters and sorts (Nova's own paging; the
 * sim's indexes), Canopy keeps the servers it knows that the viewer may see, and the fields the
 * query asks of them load for the whole page in the same rounds as before.
 */
export class ServerPages {
  constructor(
    private readonly scope: ComputeDeps,
    private readonly servers: ServerService,
  ) {}

  async ofTenant(
    tenantId: number,
    args: ServerPageArgs,
    asked: ReadonlySet<string> = new Set(),
  ): Promise<Connection<ServerRow>> {
    const viewer = requireViewer(this.scope.viewer);
    assertVisibleTenant(viewer, tenantId, 'Tenant', tenantId);
    const seesAll = policy.canReadTenantResources(viewer, tenantId);
    const order = orderOf(args.orderBy);
    const filter = args.filter ?? {};
    const assignedUserId = parseOptionalId(filter.assignedUserId, 'filter.assignedUserId');
    const after = decodeKeyset(args.after, order);
    const tenant = await this.scope.identity.tenantById.load(tenantId);
    if (!tenant) throw new NotFoundError('Tenant', tenantId);
    const { page, hasNextPage, scannedTo } = await scanCloudPages({
      first: listPageSize(args),
      order,
      after,
      fetch: (from, limit) =>
        this.scope.cloud.pageServers({
          projectId: tenant.projectId,
          limit,
          sort: cloudSort(order),
          after: from,
          status: filter.status ?? undefined,
          nameContains: filter.nameContains ?? undefined,
          flavorId: filter.flavorId ?? undefined,
          imageId: filter.imageId ?? undefined,
        }),
      rowsOf: (items) => {
        for (const live of items) this.scope.cloudLoaders.serverById.clear(live.id).prime(live.id, live);
        return this.scope.rows.serverByCloudId.loadMany(items.map((item) => item.id));
      },
      shows: (row) =>
        row.tenantId === tenantId &&
        (seesAll || row.serverType === 'SHARED' || row.assignedUserId === viewer.userId) &&
        (assignedUserId === undefined || row.assignedUserId === assignedUserId),
    });
    for (const { row } of page) this.scope.rows.serverById.prime(row.id, row);
    await this.servers.loadForFields(
      page.map((p) => p.row),
      page.map((p) => p.live),
      asked,
    );
    const cursors = new Map(page.map((p) => [p.row, p.cursor]));
    return connection(
      page.map((p) => p.row),
      (row) => cursors.get(row) ?? '',
      { hasNextPage, scannedTo },
      () => this.count(tenantId, args, seesAll ? undefined : viewer.userId, assignedUserId),
    );
  }

  /** Canopy counts its own rows cheaply; what only the cloud can filter (status, name, flavor, image) it cannot. */
  private count(
    tenantId: number,
    args: ServerPageArgs,
    visibleTo: number | undefined,
    assignedUserId: number | undefined,
  ): Promise<number> | null {
    const f = args.filter ?? {};
    const cloudFiltered = [f.status, f.nameContains, f.flavorId, f.imageId].some((v) => v !== undefined && v !== null);
    return cloudFiltered ? null : this.scope.compute.countServers(tenantId, visibleTo, assignedUserId);
  }
}
