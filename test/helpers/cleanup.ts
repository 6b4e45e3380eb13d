import { CloudDriver } from '../../src/cloud/driver';
import { OpenStackDriver } from '../../src/cloud/openstack/driver';
import { seedingApi } from './openstack-seed';

async function retry(what: () => Promise<unknown>, times = 5): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await what();
      return;
    } catch (error) {
      if (i >= times) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000 * i));
    }
  }
}

/** Runs `work` on every item, at most `bound` at once (hundreds of deletes at once would swamp a small cloud). */
async function eachBounded<T>(items: readonly T[], bound: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(bound, items.length) }, worker));
}

/**
 * Ports of servers that are gone: a server deleted while it was still building (a seeding batch
 * whose test failed, a create compensated mid-way) can leave the port Nova made for it, without
 * a device id, so deleting the server does not find it, and the network then refuses to go.
 * Server ports have a `compute:` owner or none; router and DHCP ports go with their router and network.
 */
async function removeLeftoverPorts(cloud: CloudDriver, projectId: string): Promise<void> {
  if (!(cloud instanceof OpenStackDriver)) return;
  const api = seedingApi(cloud);
  const ports = await api.all<{ id: string; device_owner: string }>('network', '/v2.0/ports', 'ports', {
    query: [['project_id', projectId]],
  });
  const orphans = ports.filter((p) => p.device_owner === '' || p.device_owner.startsWith('compute:'));
  await eachBounded(orphans, 25, (p) => retry(() => api.delete('network', `/v2.0/ports/${p.id}`)));
}

/**
 * Removes test projects from a real cloud with everything in them (floating IPs, servers, their
 * leftover ports, volumes, router interfaces, routers, networks), so repeated runs against one devcloud do not pile up. Best
 * effort: what cannot be removed is reported, not thrown.
 */
export async function removeProjects(cloud: CloudDriver, projectIds: string[]): Promise<void> {
  const leftovers: string[] = [];
  await Promise.all(
    projectIds.map(async (projectId) => {
      try {
        const fips = (await cloud.listFloatingIps([projectId])).get(projectId) ?? [];
        await Promise.all(fips.map((f) => retry(() => cloud.releaseFloatingIp(f.id))));
        const servers = (await cloud.listServers([projectId])).get(projectId) ?? [];
        // Bounded: a seeded project has 500 (test/openstack/calls.test.ts).
        await eachBounded(servers, 25, (s) => retry(() => cloud.deleteServer(s.id)));
        await removeLeftoverPorts(cloud, projectId);
        const volumes = (await cloud.listVolumes([projectId])).get(projectId) ?? [];
        await Promise.all(volumes.map((v) => retry(() => cloud.deleteVolume(v.id))));
        const routers = (await cloud.listRouters([projectId])).get(projectId) ?? [];
        for (const router of routers) {
          for (const i of router.interfaces) await retry(() => cloud.removeRouterInterface(router.id, i.subnetId));
          await retry(() => cloud.deleteRouter(router.id));
        }
        const networks = (await cloud.listNetworks([projectId])).get(projectId) ?? [];
        await Promise.all(networks.map((n) => retry(() => cloud.deleteNetwork(n.id))));
        await cloud.deleteProject(projectId);
      } catch (error) {
        leftovers.push(`${projectId}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
  if (leftovers.length > 0) console.warn(`Test cleanup left projects behind:\n${leftovers.join('\n')}`);
}
