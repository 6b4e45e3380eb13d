import DataLoader from 'dataloader';
import { CloudDriver } from '../cloud/driver';
import { byIdLoader, SettledLoader } from '../graphql/settled-loader';

/** One loader per kind of cloud read: a whole page costs one driver call per kind, not one per item. */
function byProject<V>(fetch: (projectIds: readonly string[]) => Promise<Map<string, V[]>>) {
  return new DataLoader(async (projectIds: readonly string[]) => {
    const found = await fetch(projectIds);
    return projectIds.map((id) => found.get(id) ?? []);
  });
}

/** A list by project that also fills the by-id loader, so later lookups of the same objects cost nothing. */
function byProjectPriming<V extends { id: string }>(
  fetch: (projectIds: readonly string[]) => Promise<Map<string, V[]>>,
  byIdLoader: SettledLoader<string, V | undefined>,
) {
  return byProject(async (projectIds) => {
    const found = await fetch(projectIds);
    for (const items of found.values()) for (const item of items) byIdLoader.clear(item.id).prime(item.id, item);
    return found;
  });
}

/**
 * Per-request DataLoaders for every cloud read, named XByY as in Saleor; the driver is the
 * request's counting one. A page of a tenant's servers or volumes is read by project (one call:
 * OpenStack cannot fetch many servers or volumes by id at once), which primes the by-id loaders.
 */
export function cloudLoaders(cloud: CloudDriver) {
  const serverById = byIdLoader((ids) => cloud.getServers(ids));
  const volumeById = byIdLoader((ids) => cloud.getVolumes(ids));
  const securityGroupById = byIdLoader((ids) => cloud.getSecurityGroups(ids));
  const floatingIpById = byIdLoader((ids) => cloud.getFloatingIps(ids));
  return {
    serverById,
    serversByProjectId: byProjectPriming((ids) => cloud.listServers(ids), serverById),
    flavorById: byIdLoader((ids) => cloud.getFlavors(ids)),
    imageById: byIdLoader((ids) => cloud.getImages(ids)),
    networkById: byIdLoader((ids) => cloud.getNetworks(ids)),
    subnetById: byIdLoader((ids) => cloud.getSubnets(ids)),
    routerById: byIdLoader((ids) => cloud.getRouters(ids)),
    volumeById,
    volumesByProjectId: byProjectPriming((ids) => cloud.listVolumes(ids), volumeById),
    quotaByProjectId: byIdLoader((ids) => cloud.getQuotas(ids)),
    networksByProjectId: byProject((ids) => cloud.listNetworks(ids)),
    routersByProjectId: byProject((ids) => cloud.listRouters(ids)),
    securityGroupById,
    securityGroupsByProjectId: byProjectPriming((ids) => cloud.listSecurityGroups(ids), securityGroupById),
    securityGroupRuleById: byIdLoader((ids) => cloud.getSecurityGroupRules(ids)),
    floatingIpById,
    floatingIpsByProjectId: byProjectPriming((ids) => cloud.listFloatingIps(ids), floatingIpById),
  };
}

export type CloudLoaders = ReturnType<typeof cloudLoaders>;
