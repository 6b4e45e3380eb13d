import { OpenStackDriver } from '../../src/cloud/openstack/driver';
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
