import { policy, assertVisibleTenant, requireViewer } from '../auth/policy';
import { CloudServer, ServerPageQuery } from '../cloud/resources';
import { NotFoundError } from '../errors';
import { parseOptionalId } from '../graphql/ids';
import {
  Connection,
  connection,
  decodeKeyset,
  Keyset,
  keyOf,
  keysetCursor,
  ListOrderField,
  listPageSize,
  Order,
  orderOf,
  OrderDirection,
} from '../graphql/paging';
import { ServerRow } from './compute.repo';
import { ComputeDeps } from './deps';
import { ServerPageArgs } from './server-page.inputs';
import { ServerService } from './server.service';

/**
 * The most cloud pages one page of servers reads when Canopy's own rules (a member sees SHARED and
 * its assigned servers; `assignedUserId`) leave some out: a page costs at most this many cloud
 * calls, and may come back short with `hasNextPage` and an `endCursor` past what it scanned
 * (docs/CLOUD.md "Pages").
 */
export const SCAN_ROUNDS = 3;

/** The cloud's sort key and direction for an order. */
export function cloudSort(order: Order): ServerPageQuery['sort'] {
  return {
    key: order.field === ListOrderField.NAME ? 'name' : 'createdAt',
    dir: order.direction === OrderDirection.ASC ? 'asc' : 'desc',
  };
}

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
    const first = listPageSize(args);
    const filter = args.filter ?? {};
    const assignedUserId = parseOptionalId(filter.assignedUserId, 'filter.assignedUserId');
    let after: Keyset | undefined = decodeKeyset(args.after, order);
    const tenant = await this.scope.identity.tenantById.load(tenantId);
    if (!tenant) throw new NotFoundError('Tenant', tenantId);
    const shows = (row: ServerRow) =>
      row.tenantId === tenantId &&
      (seesAll || row.serverType === 'SHARED' || row.assignedUserId === viewer.userId) &&
      (assignedUserId === undefined || row.assignedUserId === assignedUserId);

    const kept: Array<{ row: ServerRow; live: CloudServer }> = [];
    let exhausted = false;
    let scannedTo: Keyset | undefined;
    for (let round = 0; round < SCAN_ROUNDS && kept.length <= first && !exhausted; round++) {
      const items = await this.scope.cloud.pageServers({
        projectId: tenant.projectId,
        limit: first + 1,
        sort: cloudSort(order),
        after,
        status: filter.status ?? undefined,
        nameContains: filter.nameContains ?? undefined,
        flavorId: filter.flavorId ?? undefined,
        imageId: filter.imageId ?? undefined,
      });
      const rows = await this.scope.rows.serverByCloudId.loadMany(items.map((item) => item.id));
      items.forEach((live, i) => {
        this.scope.cloudLoaders.serverById.clear(live.id).prime(live.id, live);
        const row = rows[i];
        if (row instanceof Error) throw row;
        if (row && shows(row)) kept.push({ row, live });
      });
      exhausted = items.length <= first;
      if (items.length > 0) after = scannedTo = keyOf(order, items[items.length - 1]);
    }
    const page = kept.slice(0, first);
    for (const { row } of page) this.scope.rows.serverById.prime(row.id, row);
    await this.servers.loadForFields(
      page.map((p) => p.row),
      page.map((p) => p.live),
      asked,
    );
    const cursors = new Map(page.map(({ row, live }) => [row, keysetCursor(order, keyOf(order, live))]));
    const full = kept.length > first;
    return connection(
      page.map((p) => p.row),
      (row) => cursors.get(row) ?? '',
      {
        hasNextPage: full || !exhausted,
        scannedTo: full || exhausted || !scannedTo ? undefined : keysetCursor(order, scannedTo),
      },
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
