import { OpenStackDriver } from '../../src/cloud/openstack/driver';
import { Canopy } from '../../src/http/server';
import { Api, OpenStackHttp } from '../../src/cloud/openstack/http';
import { waitUntil } from '../../src/cloud/openstack/wait';
import { createLogger } from '../../src/observability/logger';
import { systemClock } from '../../src/time/clock';

/**
 * Many servers in a real OpenStack quickly, for tests and benches that need hundreds of rows:
 * one Nova multi-create request boots them all (the fake driver builds them in one go), where
 * Canopy's createServer would make a port and a server per call. It talks HTTP through the
 * driver's token session on a transport of its own, so the driver's request counts stay the
 * page's.
 */
export function seedingApi(driver: OpenStackDriver): Api {
  return new OpenStackHttp(driver.session, {
    timeoutMs: 60_000,
    attempts: 3,
    backoffMs: 250,
    logger: createLogger('silent'),
    clock: systemClock,
  }).bind();
}

/** No limit on the project's servers, cores, RAM (Nova) and ports (Neutron), which Canopy's quota does not name. */
export async function unlimitServers(api: Api, projectId: string): Promise<void> {
  await Promise.all([
    api.put('compute', `/os-quota-sets/${projectId}`, { body: { quota_set: { instances: -1, cores: -1, ram: -1 } } }),
    api.put('network', `/v2.0/quotas/${projectId}`, { body: { quota: { port: -1 } } }),
  ]);
}

export interface BootSpec {
  projectId: string;
  /** Nova names them `<name>-1` … `<name>-<count>`. */
  name: string;
  count: number;
  flavorId: string;
  imageId: string;
  networkId: string;
}

export interface SeededServer {
  id: string;
  name: string;
}

/** Boots `count` servers with one port each on the network in one request and waits until all are ACTIVE. */
export async function bootServers(api: Api, spec: BootSpec, waitMs: number): Promise<SeededServer[]> {
  const { body } = await api.post<{ reservation_id: string }>('compute', '/servers', {
    projectId: spec.projectId,
    body: {
      server: {
        name: spec.name,
        flavorRef: spec.flavorId,
        imageRef: spec.imageId,
        networks: [{ uuid: spec.networkId }],
        min_count: spec.count,
        max_count: spec.count,
        return_reservation_id: true,
      },
    },
  });
  const query: Array<[string, string]> = [['reservation_id', body.reservation_id]];
  const servers = await waitUntil(
    () =>
      api.all<{ id: string; name: string; status: string }>('compute', '/servers/detail', 'servers', {
        projectId: spec.projectId,
        query,
      }),
    (list) => list.length === spec.count && list.every((s) => s.status === 'ACTIVE' || s.status === 'ERROR'),
    `${spec.count} servers of ${body.reservation_id} to be ACTIVE`,
    waitMs,
  );
  const failed = servers.filter((s) => s.status !== 'ACTIVE');
  if (failed.length > 0) throw new Error(`${failed.length} of ${spec.count} seeded servers went to ERROR`);
  return servers.map(({ id, name }) => ({ id, name }));
}

/** Servers per Nova multi-create request: one request for 490 stayed in Nova's scheduling for 14 minutes on the devcloud. */
export const SEED_BATCH = 50;

/** A tenant of a Canopy on OpenStack to grow, and what its seeded servers hang on. */
export interface SeedTarget {
  canopy: Canopy;
  driver: OpenStackDriver;
  tenantId: string;
  networkId: string;
  /** The member every fourth server is assigned to. */
  memberId: string;
  /** The external network floating IPs come from (the tenant's network is routed to it). */
  publicId: string;
}

/**
 * Adds `count` servers to the tenant: Nova's side in multi-create requests of SEED_BATCH, each
 * waited on until ACTIVE before the next; Canopy's rows through its repositories, as the sim's
 * seed does: numbering on from the tenant's servers, every fourth assigned to the member, every
 * 50th with an attached volume and every 50th (from the fifth) with a floating IP.
 */
export async function seedServers(target: SeedTarget, count: number, waitMs = 300_000): Promise<void> {
  const { canopy, driver } = target;
  const [tenant] = await canopy.deps.identityRepo.tenantsByIds([Number(target.tenantId)]);
  const [flavors, images] = await Promise.all([driver.listFlavors(), driver.listImages()]);
  const api = seedingApi(driver);
  await unlimitServers(api, tenant.projectId);
  await driver.updateQuota(tenant.projectId, { volumes: -1, gigabytes: -1, floatingIps: -1 });
  for (let done = 0; done < count;) {
    const start = (await canopy.deps.computeRepo.serversOfTenant(tenant.id)).length;
    const batch = Math.min(SEED_BATCH, count - done);
    const booted = await bootServers(
      api,
      {
        projectId: tenant.projectId,
        name: `seed-${start}`,
        count: batch,
        flavorId: flavors.find((f) => f.name === 'm1.tiny')!.id,
        imageId: images.find((i) => i.name.startsWith('cirros'))!.id,
        networkId: target.networkId,
      },
      waitMs,
    );
    const listed = (await driver.listServers([tenant.projectId])).get(tenant.projectId) ?? [];
    const addressOf = new Map(listed.map((s) => [s.id, s.addresses[0]?.ip]));
    for (const [n, cloud] of booted.entries()) {
      const i = start + n;
      const row = await canopy.deps.computeRepo.insertServer({
        tenantId: tenant.id,
        cloudId: cloud.id,
        serverType: i % 2 ? 'SHARED' : 'PRIVATE',
      });
      if (i % 4 === 0) await canopy.deps.computeRepo.assign(row.id, Number(target.memberId));
      if (i % 50 === 5) {
        const fip = await driver.allocateFloatingIp({
          projectId: tenant.projectId,
          externalNetworkId: target.publicId,
        });
        await driver.associateFloatingIp(fip.id, { serverId: cloud.id, fixedAddress: addressOf.get(cloud.id)! });
      }
      if (i % 50 === 0) {
        const volume = await driver.createVolume({
          projectId: tenant.projectId,
          name: `disk-${i}`,
          description: '',
          sizeGb: 1,
        });
        const volumeRow = await canopy.deps.storageRepo.insertVolume({ tenantId: tenant.id, cloudId: volume.id });
        const attachment = await driver.attachVolume(cloud.id, volume.id);
        await canopy.deps.computeRepo.insertAttachment({
          tenantId: tenant.id,
          serverId: row.id,
          volumeId: volumeRow.id,
          cloudId: attachment.id,
        });
      }
    }
    done += batch;
  }
}
