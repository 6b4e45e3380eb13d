import { SIM_IMAGES, SIM_PUBLIC } from '../../src/cloud/sim/sim.catalog';
import { SCAN_ROUNDS } from '../../src/resources/cloud-pages';
import { makeNetwork } from '../helpers/cloud';
import { CreateNetwork, ServersPage, UpdateQuota } from '../helpers/cloud.documents';
import { GqlClient } from '../helpers/client';
import { CreateServerConsole, CreateServerConsoleWithServer } from '../helpers/console.documents';
import { ServersPageFloatingIps } from '../helpers/floating-ips.documents';
import { CreateKeyPair, CreateServerWithKey, MyKeyPairs } from '../helpers/key-pairs.documents';
import { ServersPageSecurityGroups } from '../helpers/security-groups.documents';
import { startTestServer, TestServer } from '../helpers/server';
import { createTenant, createUser, login, TenantFixture } from '../helpers/world';

/**
 * The "servers page" (each server with flavor, image, addresses with network names, attached
 * volumes and assigned user) must cost the same number of cloud calls for 10 servers and for 500:
 * one per kind of resource, batched by the request's DataLoaders.
 */
const SERVERS_PAGE_CLOUD_CALLS = 5; // pageServers, getFlavors, getImages, getNetworks, listVolumes
/** listServers, then the other four at once: the page waits for the cloud twice, whatever its size. */
const SERVERS_PAGE_CLOUD_ROUNDS = 2;
/** With each server's security groups and their rules: one more call, listSecurityGroups, in the second round. */
const SERVERS_PAGE_WITH_GROUPS_CLOUD_CALLS = 6;
/** With security groups and each server's floating IPs: one more, listFloatingIps of the tenant, in the second round. */
const SERVERS_PAGE_WITH_FLOATING_IPS_CLOUD_CALLS = 7;
/** listFlavors, listImages, listAvailabilityZones, getNetworks, listSecurityGroups, createServer. */
const CREATE_SERVER_CLOUD_CALLS = 6;
/** And createKeyPair before createServer, deleteKeyPair after it. */
const CREATE_SERVER_WITH_KEY_CLOUD_CALLS = CREATE_SERVER_CLOUD_CALLS + 2;

describe('cloud calls per request', () => {
  let server: TestServer;
  let admin: GqlClient;
  let t: TenantFixture;
  let networkId: string;
  let memberId: number;

  beforeAll(async () => {
    server = await startTestServer({ env: { CANOPY_DEBUG_CALLS: '1' } });
    admin = await login(server, 'admin', server.adminPassword);
    t = await createTenant(admin, server, 'big-co');
    await admin.ok(UpdateQuota, {
      input: { tenantId: t.id, instances: -1, cores: -1, ramMb: -1, volumes: -1, gigabytes: -1, floatingIps: -1 },
    });
    const { createNetwork } = await t.admin.ok(CreateNetwork, {
      input: { tenantId: t.id, name: 'big', cidr: '10.64.0.0/22', gateway: '10.64.0.1' },
    });
    networkId = createNetwork.network.id;
    await makeNetwork(t.admin, t.id, 'second', 65);
    memberId = Number(await createUser(t.admin, t.rootGroupId, 'pat'));
    // A router from `big` to the public network, so that every tenth server can take a floating IP.
    const [tenant] = await server.canopy.deps.identityRepo.tenantsByIds([Number(t.id)]);
    const router = await server.sim.createRouter({
      projectId: tenant.projectId,
      name: 'edge',
      externalNetworkId: SIM_PUBLIC.networkId,
    });
    const big = (await server.sim.getNetworks([networkId])).get(networkId)!;
    await server.sim.addRouterInterface(router.id, big.subnetIds[0]);
  });
  afterAll(() => server.close());

  /** Seeds servers straight through the sim driver and Canopy's repositories: 500 over GraphQL would only be slower. */
  async function seedServers(count: number): Promise<void> {
    const { sim, canopy } = server;
    const [tenant] = await canopy.deps.identityRepo.tenantsByIds([Number(t.id)]);
    const start = (await canopy.deps.computeRepo.serversOfTenant(tenant.id)).length;
    for (let i = start; i < start + count; i++) {
      const cloud = await sim.createServer({
        projectId: tenant.projectId,
        name: `vm-${i}`,
        flavorId: String((i % 5) + 1),
        imageId: SIM_IMAGES[i % 3].id,
        networkIds: [networkId],
        availabilityZone: 'nova',
        securityGroups: ['default'],
      });
      const row = await canopy.deps.computeRepo.insertServer({
        tenantId: tenant.id,
        cloudId: cloud.id,
        serverType: i % 2 ? 'SHARED' : 'PRIVATE',
      });
      if (i % 4 === 0) await canopy.deps.computeRepo.assign(row.id, memberId);
      if (i % 10 === 5) {
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
        const volumeRow = await canopy.deps.storageRepo.insertVolume({ tenantId: tenant.id, cloudId: volume.id });
        const attachment = await sim.attachVolume(cloud.id, volume.id);
        await canopy.deps.computeRepo.insertAttachment({
          tenantId: tenant.id,
          serverId: row.id,
          volumeId: volumeRow.id,
          cloudId: attachment.id,
        });
      }
    }
  }

  /** The seeding's number of a server, from its name `vm-<i>`. */
  const seeded = (name: string) => Number(name.slice(3));

  async function serversPage(first = 200): Promise<{
    servers: number;
    calls: unknown;
    rounds: unknown;
    withVolumes: number;
    assigned: number;
  }> {
    const response = await t.admin.request(ServersPage, { tenantId: t.id, first });
    expect(response.errors).toBeUndefined();
    const servers = response.data!.tenant.servers.nodes;
    for (const s of servers) expect(s.addresses[0]).toMatchObject({ networkId, networkName: 'big' });
    // Which servers a page holds depends on creation-time ties; what each shows follows from its number.
    for (const s of servers) {
      expect(s.volumes.length).toBe(seeded(s.name) % 10 === 0 ? 1 : 0);
      expect(s.assignedUser?.name).toBe(seeded(s.name) % 4 === 0 ? 'pat' : undefined);
    }
    return {
      servers: servers.length,
      calls: response.extensions?.cloudCalls,
      rounds: response.extensions?.cloudRounds,
      withVolumes: servers.filter((s) => s.volumes.length === 1 && s.attachments.length === 1).length,
      assigned: servers.filter((s) => s.assignedUser?.name === 'pat').length,
    };
  }

  async function serversPageWithGroups(): Promise<{
    servers: number;
    calls: unknown;
    rounds: unknown;
    guarded: number;
  }> {
    const response = await t.admin.request(ServersPageSecurityGroups, { tenantId: t.id, first: 100 });
    expect(response.errors).toBeUndefined();
    const servers = response.data!.tenant.servers.nodes;
    return {
      servers: servers.length,
      calls: response.extensions?.cloudCalls,
      rounds: response.extensions?.cloudRounds,
      guarded: servers.filter((s) => s.securityGroups.length === 1 && s.securityGroups[0].rules.length === 4).length,
    };
  }

  async function serversPageWithFloatingIps(): Promise<{
    servers: number;
    calls: unknown;
    rounds: unknown;
    public: number;
    expectedPublic: number;
  }> {
    const response = await t.admin.request(ServersPageFloatingIps, { tenantId: t.id, first: 100 });
    expect(response.errors).toBeUndefined();
    const servers = response.data!.tenant.servers.nodes;
    return {
      servers: servers.length,
      calls: response.extensions?.cloudCalls,
      rounds: response.extensions?.cloudRounds,
      public: servers.filter((s) => s.floatingIps.length === 1 && s.floatingIps[0].fixedAddress === s.addresses[0].ip)
        .length,
      expectedPublic: servers.filter((s) => seeded(s.name) % 10 === 5).length,
    };
  }

  it(`costs ${SERVERS_PAGE_CLOUD_CALLS} cloud calls (${SERVERS_PAGE_WITH_GROUPS_CLOUD_CALLS} with security groups, ${SERVERS_PAGE_WITH_FLOATING_IPS_CLOUD_CALLS} with floating IPs too) in ${SERVERS_PAGE_CLOUD_ROUNDS} rounds for 10 servers and for 500, for pages of 200 and of 10`, async () => {
    const cost = { calls: SERVERS_PAGE_CLOUD_CALLS, rounds: SERVERS_PAGE_CLOUD_ROUNDS };
    const withGroups = { calls: SERVERS_PAGE_WITH_GROUPS_CLOUD_CALLS, rounds: SERVERS_PAGE_CLOUD_ROUNDS };
    const withIps = { calls: SERVERS_PAGE_WITH_FLOATING_IPS_CLOUD_CALLS, rounds: SERVERS_PAGE_CLOUD_ROUNDS };
    await seedServers(10);
    expect(await serversPage()).toEqual({ servers: 10, ...cost, withVolumes: 1, assigned: 3 });
    expect(await serversPageWithGroups()).toEqual({ servers: 10, ...withGroups, guarded: 10 });
    expect(await serversPageWithFloatingIps()).toEqual({ servers: 10, ...withIps, public: 1, expectedPublic: 1 });
    await seedServers(490);
    expect(await serversPage()).toMatchObject({ servers: 200, ...cost });
    expect(await serversPage(10)).toMatchObject({ servers: 10, ...cost });
    // Pages of 100 with each server's groups and their rules: 200 would pass the query-cost limit (CANOPY_MAX_COST).
    expect(await serversPageWithGroups()).toEqual({ servers: 100, ...withGroups, guarded: 100 });
    const withFloatingIps = await serversPageWithFloatingIps();
    expect(withFloatingIps).toMatchObject({ servers: 100, ...withIps });
    expect(withFloatingIps.public).toBe(withFloatingIps.expectedPublic);
    // Seeding 500 servers, 50 volumes and 50 floating IPs one transaction each passed jest's 30 s on a loaded PostgreSQL.
  }, 180_000);

  it(`costs ${CREATE_SERVER_CLOUD_CALLS} cloud calls to create a server, ${CREATE_SERVER_WITH_KEY_CLOUD_CALLS} with a key pair; none to list key pairs`, async () => {
    const { createKeyPair } = await t.admin.ok(CreateKeyPair, { input: { name: 'ops' } });
    const list = await t.admin.request(MyKeyPairs);
    expect(list.data!.viewer!.keyPairs).toHaveLength(1);
    expect(list.extensions?.cloudCalls).toBe(0);
    const create = (keyPairId?: string) =>
      t.admin.request(CreateServerWithKey, {
        input: {
          tenantId: t.id,
          imageId: 'cirros-0.6.2-x86_64',
          instanceType: 'm1.tiny',
          networkIds: [networkId],
          keyPairId,
        },
      });
    const plain = await create();
    const keyed = await create(createKeyPair.keyPair.id);
    expect(keyed.data!.createServer.server.keyName).toBe('ops');
    expect([plain.extensions?.cloudCalls, keyed.extensions?.cloudCalls]).toEqual([
      CREATE_SERVER_CLOUD_CALLS,
      CREATE_SERVER_WITH_KEY_CLOUD_CALLS,
    ]);
  });

  it(`costs a member, who sees only SHARED servers and its own, at most ${SCAN_ROUNDS - 1} cloud pages more`, async () => {
    const pat = await login(server, 'pat#big-co');
    const response = await pat.request(ServersPage, { tenantId: t.id, first: 200 });
    const servers = response.data!.tenant.servers.nodes;
    // Three in four of the 500 are the member's to see: 201 of them take two cloud pages of 201.
    expect(servers).toHaveLength(200);
    for (const s of servers) expect(s.serverType === 'SHARED' || s.assignedUser?.name === 'pat').toBe(true);
    expect(response.extensions?.cloudCalls).toBe(SERVERS_PAGE_CLOUD_CALLS + 1);
    expect(response.extensions?.cloudCalls as number).toBeLessThanOrEqual(SERVERS_PAGE_CLOUD_CALLS + SCAN_ROUNDS - 1);
  });

  it("createServerConsole costs 1 cloud call in 1 round (2 in 2 with the server's live fields)", async () => {
    const [row] = await server.canopy.deps.computeRepo.serversOfTenant(Number(t.id));
    const input = { serverId: String(row.id), type: 'NOVNC' as const };
    const plain = await t.admin.request(CreateServerConsole, { input });
    expect(plain.errors).toBeUndefined();
    expect(plain.extensions).toMatchObject({ cloudCalls: 1, cloudRounds: 1 });
    const withServer = await t.admin.request(CreateServerConsoleWithServer, { input });
    expect(withServer.data?.createServerConsole.server.status).toBe('ACTIVE');
    expect(withServer.extensions).toMatchObject({ cloudCalls: 2, cloudRounds: 2 });
  });
});
