import { CloudDriver } from '../../src/cloud/driver';

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
 * Removes test projects from a real cloud with everything in them (floating IPs, servers, volumes, router
 * interfaces, routers, networks), so repeated runs against one devcloud do not pile up. Best
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
