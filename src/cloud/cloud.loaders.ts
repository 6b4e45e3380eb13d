import DataLoader from 'dataloader';
import { CloudDriver } from './driver';

/** One loader per kind of cloud read: a whole page costs one driver call per kind, not one per item. */
function byId<V>(fetch: (ids: readonly string[]) => Promise<Map<string, V>>) {
  return new DataLoader(async (ids: readonly string[]) => {
    const found = await fetch(ids);
    return ids.map((id) => found.get(id));
  });
}

function byProject<V>(fetch: (projectIds: readonly string[]) => Promise<Map<string, V[]>>) {
  return new DataLoader(async (projectIds: readonly string[]) => {
    const found = await fetch(projectIds);
    return projectIds.map((id) => found.get(id) ?? []);
  });
}

/** Per-request DataLoaders for every cloud read, named XByY as in Saleor; the driver is the request's counting one. */
export function cloudLoaders(cloud: CloudDriver) {
  return {
    serverById: byId((ids) => cloud.getServers(ids)),
    flavorById: byId((ids) => cloud.getFlavors(ids)),
    imageById: byId((ids) => cloud.getImages(ids)),
    networkById: byId((ids) => cloud.getNetworks(ids)),
    subnetById: byId((ids) => cloud.getSubnets(ids)),
    routerById: byId((ids) => cloud.getRouters(ids)),
    volumeById: byId((ids) => cloud.getVolumes(ids)),
    quotaByProjectId: byId((ids) => cloud.getQuotas(ids)),
    networksByProjectId: byProject((ids) => cloud.listNetworks(ids)),
    routersByProjectId: byProject((ids) => cloud.listRouters(ids)),
    securityGroupsByProjectId: byProject((ids) => cloud.listSecurityGroups(ids)),
  };
}

export type CloudLoaders = ReturnType<typeof cloudLoaders>;
