import { Logger } from '../../observability/logger';
import { CapacityResource, CloudCapacity } from '../resources';
import { Api } from './http';

interface Inventory {
  total: number;
  reserved: number;
  allocation_ratio: number;
}

/** A pool's figures in GB; a driver that cannot tell says `unknown`, thin pools may say `infinite`. */
type PoolGb = number | 'infinite' | 'unknown';

interface Pool {
  name: string;
  capabilities: { free_capacity_gb?: PoolGb; total_capacity_gb?: PoolGb; reserved_percentage?: number };
}

/** Placement's resource classes for what a server takes from its host. */
const CLASSES = { vcpus: 'VCPU', ramMb: 'MEMORY_MB', diskGb: 'DISK_GB' } as const;
type HostResource = keyof typeof CLASSES;

/**
 * Placement (1.0, the routes every release has): every resource provider, then each one's
 * inventories and usages. A provider's free amount of a class is Placement's own capacity rule,
 * (total − reserved) × allocation_ratio, less what is allocated; summed over providers.
 */
async function hostsFree(api: Api): Promise<Record<HostResource, number>> {
  const { body } = await api.get<{ resource_providers: Array<{ uuid: string }> }>('placement', '/resource_providers');
  const free: Record<HostResource, number> = { vcpus: 0, ramMb: 0, diskGb: 0 };
  await Promise.all(
    body.resource_providers.map(async ({ uuid }) => {
      const [inventories, usages] = await Promise.all([
        api.get<{ inventories: Record<string, Inventory> }>('placement', `/resource_providers/${uuid}/inventories`),
        api.get<{ usages: Record<string, number> }>('placement', `/resource_providers/${uuid}/usages`),
      ]);
      for (const [resource, resourceClass] of Object.entries(CLASSES) as Array<[HostResource, string]>) {
        const inventory = inventories.body.inventories[resourceClass];
        if (!inventory) continue;
        const capacity = Math.floor((inventory.total - inventory.reserved) * inventory.allocation_ratio);
        free[resource] += Math.max(0, capacity - (usages.body.usages[resourceClass] ?? 0));
      }
    }),
  );
  return free;
}

/**
 * Cinder's scheduler statistics (admin): each pool's free_capacity_gb less its reserved share of
 * the total, as Cinder's CapacityFilter counts it; summed over pools. A pool that is `infinite`
 * makes it unlimited (-1); one that is `unknown` makes the sum unknown (null).
 */
async function poolsFree(api: Api): Promise<number | null> {
  const { body } = await api.get<{ pools: Pool[] }>('volumev3', '/scheduler-stats/get_pools', {
    query: [['detail', 'true']],
  });
  let free = 0;
  for (const { capabilities: c } of body.pools) {
    if (c.free_capacity_gb === 'infinite') return -1;
    if (typeof c.free_capacity_gb !== 'number') return null;
    const reserved =
      typeof c.total_capacity_gb === 'number' ? (c.total_capacity_gb * (c.reserved_percentage ?? 0)) / 100 : 0;
    free += Math.max(0, Math.floor(c.free_capacity_gb - reserved));
  }
  return body.pools.length > 0 ? free : null;
}

/**
 * The driver's freeCapacity: Placement only when a host resource is asked, Cinder only for
 * volumeGb, both at once. A service that is missing from the catalog, refuses the account (both
 * are admin APIs) or fails leaves its resources unknown: the plan is advice, not a gate.
 */
export async function freeCapacity(
  api: Api,
  resources: readonly CapacityResource[],
  logger: Logger,
): Promise<CloudCapacity> {
  const unknown = (service: string) => (error: unknown) => {
    logger.info({ service, error: (error as Error).message }, 'cloud capacity unknown');
    return null;
  };
  const [hosts, volumeGb] = await Promise.all([
    resources.some((r) => r !== 'volumeGb') ? hostsFree(api).catch(unknown('placement')) : null,
    resources.includes('volumeGb') ? poolsFree(api).catch(unknown('volumev3')) : null,
  ]);
  const capacity: CloudCapacity = { vcpus: null, ramMb: null, diskGb: null, volumeGb: null };
  for (const resource of resources)
    capacity[resource] = resource === 'volumeGb' ? volumeGb : (hosts?.[resource] ?? null);
  return capacity;
}
