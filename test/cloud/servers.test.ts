import {
  AssignServer,
  Catalog,
  CreateNetwork,
  CreateServer,
  DeleteServer,
  GetServer,
  SecurityGroups,
  ServerAction,
  TenantQuota,
  UnassignServer,
  UpdateQuota,
} from '../helpers/cloud.documents';
import { makeNetwork, makeServer, waitForServer } from '../helpers/cloud';
import { freshLocation } from '../helpers/database';
import { RemoveUser } from '../helpers/documents';
import { startTestServer } from '../helpers/server';
import { ManualClock } from '../../src/time/clock';
import { CATALOG, describeSim, ipIn } from '../helpers/target';
import { buildWorld, createTenant, login, World } from '../helpers/world';

describe('servers', () => {
  let w: World;
  let networkId: string;
  beforeAll(async () => {
    w = await buildWorld();
    networkId = await makeNetwork(w.a.admin, w.a.id, 'lan', 1);
  });
  afterAll(() => w.close());

  const input = (extra: Record<string, unknown> = {}) => ({
    input: {
      tenantId: w.a.id,
      imageId: CATALOG.otherImage,
      networkIds: [networkId],
      instanceType: 'm1.small',
      ...extra,
    },
  });

  it('offers the catalog: flavors m1.tiny to m1.xlarge, images, zone nova, external network public, a default security group', async () => {
    const catalog = await w.member.ok(Catalog);
    expect(catalog.flavors.map((f) => f.name)).toEqual(['m1.tiny', 'm1.small', 'm1.medium', 'm1.large', 'm1.xlarge']);
    expect(catalog.images.map((i) => i.name)).toEqual(CATALOG.images);
    expect(catalog.availabilityZones).toEqual([{ name: 'nova', available: true }]);
    expect(catalog.externalNetworks).toMatchObject([{ name: 'public', external: true, cidr: '203.0.113.0/24' }]);
    expect((await w.a.admin.ok(SecurityGroups, {})).securityGroups.map((g) => g.name)).toEqual(['default']);
  });

  it("creates a server by flavor name, with an address from the DHCP range and the network's name", async () => {
    const { createServer } = await w.a.admin.ok(CreateServer, input({ name: 'web-1' }));
    expect(createServer.server).toMatchObject({
      name: 'web-1',
      serverType: 'PRIVATE',
      flavor: { name: 'm1.small' },
      image: { name: CATALOG.otherImage },
    });
    expect(['BUILD', 'ACTIVE']).toContain(createServer.server.status);
    const server = await waitForServer(w.a.admin, createServer.server.id);
    expect(server).toMatchObject({
      status: 'ACTIVE',
      availabilityZone: 'nova',
      securityGroups: [{ name: 'default' }],
      networks: [{ id: networkId, name: 'lan' }],
      tenant: { id: w.a.id },
    });
    expect(server.addresses).toEqual([{ networkName: 'lan', ip: expect.any(String) as unknown }]);
    expect(ipIn('10.1.0.', 2, 254)(server.addresses[0].ip)).toBe(true);
  });

  it('picks the smallest flavor that fits cpu + memoryMb, and takes images by id too', async () => {
    const { images } = await w.a.admin.ok(Catalog);
    const { createServer } = await w.a.admin.ok(
      CreateServer,
      input({ instanceType: undefined, cpu: 2, memoryMb: 3000, imageId: images[images.length - 1].id }),
    );
    expect(createServer.server).toMatchObject({
      flavor: { name: 'm1.medium' },
      image: { name: images[images.length - 1].name },
    });
  });

  it.each([
    ['instanceType', { instanceType: 'm9.huge' }],
    ['imageId', { imageId: 'windows-95' }],
    ['networkIds', { networkIds: ['3f1c2b9a-0000-4000-8000-000000000000'] }],
    ['networkIds', { networkIds: [] }],
    ['cpu', { instanceType: undefined, cpu: 64, memoryMb: 1024 }],
    ['cpu', { instanceType: undefined }],
    ['memoryMb', { instanceType: undefined, cpu: 1 }],
    ['availabilityZone', { availabilityZone: 'mars' }],
    ['securityGroups', { securityGroups: ['wide-open'] }],
  ])('refuses an unknown or missing %s', async (field, extra) => {
    expect((await w.a.admin.fail(CreateServer, input(extra))).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
  });

  it("refuses another tenant's network as unknown", async () => {
    const theirs = await makeNetwork(w.b.admin, w.b.id, 'theirs', 2);
    expect((await w.a.admin.fail(CreateServer, input({ networkIds: [theirs] }))).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'networkIds',
    });
  });

  it("runs power commands by Nova's rules; a command the state forbids is CONFLICT", async () => {
    const serverId = await makeServer(w.a.admin, w.a.id, networkId);
    const run = (command: 'PAUSE' | 'UNPAUSE' | 'STOP' | 'START' | 'SUSPEND' | 'RESUME' | 'REBOOT') =>
      w.a.admin.request(ServerAction, { input: { serverId, command } });
    const steps: Array<[Parameters<typeof run>[0], string]> = [
      ['START', 'CONFLICT'],
      ['PAUSE', 'PAUSED'],
      ['PAUSE', 'CONFLICT'],
      ['STOP', 'CONFLICT'],
      ['UNPAUSE', 'ACTIVE'],
      ['SUSPEND', 'SUSPENDED'],
      ['REBOOT', 'CONFLICT'],
      ['RESUME', 'ACTIVE'],
      ['STOP', 'SHUTOFF'],
      ['RESUME', 'CONFLICT'],
      ['START', 'ACTIVE'],
      ['REBOOT', 'ACTIVE'],
    ];
    for (const [command, expected] of steps) {
      const response = await run(command);
      expect([command, response.errors?.[0]?.extensions?.code ?? response.data?.serverAction.server.status]).toEqual([
        command,
        expected,
      ]);
    }
  });

  it('assigns PRIVATE servers to users of the same tenant only; SHARED never', async () => {
    const serverId = await makeServer(w.a.admin, w.a.id, networkId);
    const shared = await makeServer(w.a.admin, w.a.id, networkId, { serverType: 'SHARED' });
    const { assignServer } = await w.a.admin.ok(AssignServer, { input: { serverId, userId: w.memberId } });
    expect(assignServer.server.assignedUser).toEqual({ id: w.memberId, name: 'mike' });
    expect(await w.a.admin.code(AssignServer, { input: { serverId: shared, userId: w.memberId } })).toBe('CONFLICT');
    expect(await w.a.admin.code(AssignServer, { input: { serverId, userId: w.bMemberId } })).toBe('NOT_FOUND');
    expect((await w.a.admin.ok(UnassignServer, { input: { serverId } })).unassignServer.server.assignedUser).toBeNull();
  });

  it('deleting a user releases its servers', async () => {
    const serverId = await makeServer(w.a.admin, w.a.id, networkId);
    await w.a.admin.ok(AssignServer, { input: { serverId, userId: w.outsiderId } });
    await w.a.admin.ok(RemoveUser, { input: { userId: w.outsiderId } });
    expect((await w.a.admin.ok(GetServer, { id: serverId })).server.assignedUser).toBeNull();
  });

  it("deletes a server: NOT_FOUND afterwards, and under another tenant's id", async () => {
    const serverId = await makeServer(w.a.admin, w.a.id, networkId);
    expect(await w.a.admin.code(DeleteServer, { input: { tenantId: w.b.id, serverId } })).toBe('NOT_FOUND');
    expect(await w.admin.code(DeleteServer, { input: { tenantId: w.b.id, serverId } })).toBe('NOT_FOUND');
    expect(
      (await w.a.admin.ok(DeleteServer, { input: { tenantId: w.a.id, serverId } })).deleteServer.deletedServerId,
    ).toBe(serverId);
    expect(await w.a.admin.code(GetServer, { id: serverId })).toBe('NOT_FOUND');
  });

  it('reports quota usage and enforces it; only ADMIN changes quotas, never below use', async () => {
    const t = await createTenant(w.admin, w.server, 'quota-co');
    const lan = await makeNetwork(t.admin, t.id, 'lan', 3);
    await makeServer(t.admin, t.id, lan);
    const { quota } = (await t.admin.ok(TenantQuota, { id: t.id })).tenant;
    expect(quota).toMatchObject({
      instances: { limit: 10, used: 1 },
      cores: { limit: 20, used: 1 },
      ramMb: { limit: 51200, used: 512 },
      networks: { used: 1 },
      routers: { used: 0 },
    });
    expect(await t.admin.code(UpdateQuota, { input: { tenantId: t.id, instances: 50 } })).toBe('FORBIDDEN');
    expect(await w.a.admin.code(UpdateQuota, { input: { tenantId: t.id, instances: 50 } })).toBe('NOT_FOUND');
    expect(await w.admin.code(UpdateQuota, { input: { tenantId: t.id, instances: 0 } })).toBe('CONFLICT');
    expect((await w.admin.fail(UpdateQuota, { input: { tenantId: t.id, cores: -2 } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'cores',
    });
    expect(
      (await w.admin.ok(UpdateQuota, { input: { tenantId: t.id, instances: 1 } })).updateQuota.quota.instances,
    ).toEqual({ limit: 1, used: 1 });
    const error = await t.admin.fail(CreateServer, {
      input: { tenantId: t.id, imageId: CATALOG.bootImage, instanceType: 'm1.tiny', networkIds: [lan] },
    });
    expect(error.extensions).toMatchObject({ code: 'QUOTA_EXCEEDED', resource: 'instances' });
    await w.admin.ok(UpdateQuota, { input: { tenantId: t.id, instances: -1, cores: 2 } });
    expect(
      await t.admin.code(CreateServer, {
        input: { tenantId: t.id, imageId: CATALOG.bootImage, instanceType: 'm1.medium', networkIds: [lan] },
      }),
    ).toBe('QUOTA_EXCEEDED');
  });

  it('refuses a server when the DHCP range has no address left', async () => {
    const { createNetwork } = await w.a.admin.ok(CreateNetwork, {
      input: {
        tenantId: w.a.id,
        name: 'tiny',
        cidr: '10.5.0.0/29',
        gateway: '10.5.0.1',
        dhcpStartIp: '10.5.0.2',
        dhcpEndIp: '10.5.0.2',
      },
    });
    await makeServer(w.a.admin, w.a.id, createNetwork.network.id);
    expect(
      await w.a.admin.code(CreateServer, input({ networkIds: [createNetwork.network.id], instanceType: 'm1.tiny' })),
    ).toBe('CONFLICT');
  });
});

describeSim("servers over time (the simulated cloud's clock and restart)", () => {
  it('stay in BUILD for CANOPY_SIM_BUILD_DELAY_MS, refuse commands meanwhile, then are ACTIVE; state survives a restart', async () => {
    const clock = new ManualClock();
    // The database outlives the first server (a fresh one of the backend under test, dropped at the end).
    const fresh = await freshLocation();
    const server = await startTestServer({ dbFile: fresh.location, env: { CANOPY_SIM_BUILD_DELAY_MS: '300' }, clock });
    const admin = await login(server, 'admin', server.adminPassword);
    const t = await createTenant(admin, server, 'slow-co');
    const networkId = await makeNetwork(t.admin, t.id, 'lan');
    const { createServer } = await t.admin.ok(CreateServer, {
      input: { tenantId: t.id, imageId: 'cirros-0.6.2-x86_64', instanceType: 'm1.tiny', networkIds: [networkId] },
    });
    expect(createServer.server.status).toBe('BUILD');
    expect(await t.admin.code(ServerAction, { input: { serverId: createServer.server.id, command: 'STOP' } })).toBe(
      'CONFLICT',
    );
    clock.advance(300);
    expect((await t.admin.ok(GetServer, { id: createServer.server.id })).server.status).toBe('ACTIVE');
    await server.close();
    const again = await startTestServer({ dbFile: fresh.location, adminPassword: server.adminPassword, clock });
    try {
      const client = await login(again, 'admin#slow-co', 'correct-horse-battery');
      expect((await client.ok(GetServer, { id: createServer.server.id })).server).toMatchObject({
        status: 'ACTIVE',
        addresses: [{ networkName: 'lan', ip: '10.0.0.2' }],
      });
    } finally {
      await again.close();
      await fresh.remove();
    }
  });
});
