import { SIM_IMAGES, SIM_PUBLIC } from '../../src/cloud/sim/sim.catalog';
import { SimDriver } from '../../src/cloud/sim/sim.driver';
import { loadConfig } from '../../src/config';
import { Canopy, startCanopy } from '../../src/http/server';
import { createLogger } from '../../src/observability/logger';
import { call, loginToken } from './load';
import { ADMIN_PASSWORD, USER_PASSWORD } from './tempdb';

export interface ServersTenant {
  tenantId: string;
  /** Grows the tenant to `total` servers (never shrinks). */
  growTo(total: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A tenant on a database (a SQLite file or a postgres:// URL, as CANOPY_DB), filled with servers
 * as test/cloud/calls.test.ts does: straight through the simulated cloud and Canopy's
 * repositories, in this process (5,000 servers over GraphQL would take minutes). Every tenth
 * server has an attached volume, every fourth is assigned to a member, every fiftieth has a
 * floating IP (through a router from its network to `public`, whose /24 holds 100 of them at 5,000). Server children may serve
 * the database meanwhile (SQLite's WAL lets them read the file; PostgreSQL serves them all).
 */
export async function serversTenant(location: string): Promise<ServersTenant> {
  const canopy: Canopy = await startCanopy(
    loadConfig({
      CANOPY_DB: location,
      CANOPY_PORT: '0',
      CANOPY_ADMIN_PASSWORD: ADMIN_PASSWORD,
      CANOPY_SIM_BUILD_DELAY_MS: '0',
    }),
    { logger: createLogger('silent'), announce: () => undefined },
  );
  const sim = canopy.deps.cloud as SimDriver;
  const admin = await loginToken(canopy.url, 'admin', ADMIN_PASSWORD);
  const created = await call<{ createTenant: { tenant: { id: string; rootGroup: { id: string } } } }>(
    canopy.url,
    'mutation($i: CreateTenantInput!) { createTenant(input: $i) { tenant { id rootGroup { id } } } }',
    { i: { name: 'big-co', adminPassword: USER_PASSWORD } },
    admin,
  );
  const { id: tenantId, rootGroup } = created.createTenant.tenant;
  await call(
    canopy.url,
    'mutation($i: UpdateQuotaInput!) { updateQuota(input: $i) { quota { instances { limit } } } }',
    { i: { tenantId, instances: -1, cores: -1, ramMb: -1, volumes: -1, gigabytes: -1, floatingIps: -1 } },
    admin,
  );
  // A /19 holds 8,190 hosts: room for the largest size.
  const network = await call<{ createNetwork: { network: { id: string } } }>(
    canopy.url,
    'mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { network { id } } }',
    { i: { tenantId, name: 'big', cidr: '10.64.0.0/19', gateway: '10.64.0.1' } },
    admin,
  );
  const user = await call<{ createUser: { user: { id: string } } }>(
    canopy.url,
    'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }',
    { i: { groupId: rootGroup.id, name: 'pat', password: USER_PASSWORD } },
    admin,
  );
  const networkId = network.createNetwork.network.id;
  const memberId = Number(user.createUser.user.id);
  const { computeRepo, storageRepo, identityRepo } = canopy.deps;
  const [tenant] = await identityRepo.tenantsByIds([Number(tenantId)]);
  const router = await sim.createRouter({
    projectId: tenant.projectId,
    name: 'edge',
    externalNetworkId: SIM_PUBLIC.networkId,
  });
  const big = (await sim.getNetworks([networkId])).get(networkId)!;
  await sim.addRouterInterface(router.id, big.subnetIds[0]);
  let count = 0;
  return {
    tenantId,
    async growTo(total) {
      for (; count < total; count++) {
        const i = count;
        // The sim answers in microtasks: yielding lets fetch's keep-alive timers run, so the next
        // request never goes out on a socket the server has closed meanwhile.
        if (i % 25 === 0) await new Promise((resolve) => setImmediate(resolve));
        const cloud = await sim.createServer({
          projectId: tenant.projectId,
          name: `vm-${i}`,
          flavorId: String((i % 5) + 1),
          imageId: SIM_IMAGES[i % 3].id,
          networkIds: [networkId],
          availabilityZone: 'nova',
          securityGroups: ['default'],
        });
        const row = await computeRepo.insertServer({
          tenantId: tenant.id,
          cloudId: cloud.id,
          serverType: i % 2 ? 'SHARED' : 'PRIVATE',
        });
        if (i % 4 === 0) await computeRepo.assign(row.id, memberId);
        if (i % 50 === 5) {
          const fip = await sim.allocateFloatingIp({
            projectId: tenant.projectId,
            externalNetworkId: SIM_PUBLIC.networkId,
          });
          await sim.associateFloatingIp(fip.id, { serverId: cloud.id, fixedAddress: cloud.addresses[0].ip });
        }
        if (i % 10 === 0) {
          const volume = await sim.createVolume({
            projectId: tenant.projectId,
            name: `disk-${i}`,
            description: '',
            sizeGb: 1,
          });
          const volumeRow = await storageRepo.insertVolume({ tenantId: tenant.id, cloudId: volume.id });
          const attachment = await sim.attachVolume(cloud.id, volume.id);
          await computeRepo.insertAttachment({
            tenantId: tenant.id,
            serverId: row.id,
            volumeId: volumeRow.id,
            cloudId: attachment.id,
          });
        }
      }
    },
    close: () => canopy.close(),
  };
}
