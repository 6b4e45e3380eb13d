import { policy, requireViewer } from '../auth/policy';
import { Connection, connection, decodeKeyset, listPageSize, orderOf } from '../graphql/paging';
import { TenantRow } from '../identity/identity.repo';
import { cloudSort, scanCloudPages } from '../resources/cloud-pages';
import { StorageDeps } from './deps';
import { VolumeRow } from './storage.repo';
import { VolumePageArgs } from './volume-page.inputs';

/** `tenant.volumes` as a connection: Cinder's paging and filters (the sim's indexes), Canopy's rows of what it lists. */
export class VolumePages {
  constructor(private readonly scope: StorageDeps) {}

  async ofTenant(tenant: TenantRow, args: VolumePageArgs): Promise<Connection<VolumeRow>> {
    policy.readTenantResources(requireViewer(this.scope.viewer), tenant.id, 'Tenant', tenant.id);
    const order = orderOf(args.orderBy);
    const filter = args.filter ?? {};
    const { page, hasNextPage, scannedTo } = await scanCloudPages({
      first: listPageSize(args),
      order,
      after: decodeKeyset(args.after, order),
      fetch: (from, limit) =>
        this.scope.cloud.pageVolumes({
          projectId: tenant.projectId,
          limit,
          sort: cloudSort(order),
          after: from,
          status: filter.status ?? undefined,
          nameContains: filter.nameContains ?? undefined,
        }),
      rowsOf: (items) => {
        for (const live of items) this.scope.cloudLoaders.volumeById.clear(live.id).prime(live.id, live);
        return this.scope.rows.volumeByCloudId.loadMany(items.map((item) => item.id));
      },
      shows: (row) => row.tenantId === tenant.id,
    });
    const cursors = new Map(page.map((p) => [p.row, p.cursor]));
    const filtered = filter.status != null || filter.nameContains != null;
    return connection(
      page.map((p) => p.row),
      (row) => cursors.get(row) ?? '',
      { hasNextPage, scannedTo },
      () => (filtered ? null : this.scope.storage.countVolumes(tenant.id)),
    );
  }
}
