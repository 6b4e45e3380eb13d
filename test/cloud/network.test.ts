import {
  Catalog,
  ConnectRouterNetwork,
  CreateNetwork,
  CreateRouter,
  CreateServer,
  DeleteNetwork,
  DeleteRouter,
  DeleteServer,
  DisconnectRouterNetwork,
  Networks,
  Routers,
  UpdateQuota,
} from '../helpers/cloud.documents';
import { makeNetwork, makeServer } from '../helpers/cloud';
import { CATALOG } from '../helpers/target';
import { buildWorld, World } from '../helpers/world';

describe('networks and routers', () => {
  let w: World;
  let publicId: string;
  beforeAll(async () => {
    w = await buildWorld();
    publicId = (await w.a.admin.ok(Catalog)).externalNetworks[0].id;
  });
  afterAll(() => w.close());

  const net = (tenantId: string, extra: Record<string, unknown> = {}) => ({
    input: { tenantId, name: 'n', cidr: '10.9.0.0/24', gateway: '10.9.0.1', ...extra },
  });

  it("creates a network with its subnet and Neutron's default DHCP range", async () => {
    const { createNetwork } = await w.a.admin.ok(CreateNetwork, {
      input: {
        tenantId: w.a.id,
        name: 'lan',
        cidr: '192.168.22.0/24',
        gateway: '192.168.22.1',
        dns: '114.114.114.114',
      },
    });
    expect(createNetwork.network).toMatchObject({
      name: 'lan',
      cidr: '192.168.22.0/24',
      gateway: '192.168.22.1',
      subnets: [{ dhcpStartIp: '192.168.22.2', dhcpEndIp: '192.168.22.254', dns: ['114.114.114.114'] }],
    });
    const [listed] = (await w.a.admin.ok(Networks, { networkId: createNetwork.network.id })).networks;
    expect(listed).toMatchObject({ id: createNetwork.network.id, external: false, tenant: { id: w.a.id } });
  });

  it.each([
    ['cidr', { cidr: '10.9.0.0/33' }],
    ['cidr', { cidr: '10.9.0.5/24' }],
    ['cidr', { cidr: 'not-a-cidr' }],
    ['gateway', { gateway: '10.8.0.1' }],
    ['gateway', { gateway: '10.9.0.255' }],
    ['dhcpStartIp', { dhcpStartIp: '10.10.0.2', dhcpEndIp: '10.9.0.20' }],
    ['dhcpEndIp', { dhcpStartIp: '10.9.0.2', dhcpEndIp: '10.9.1.20' }],
    ['dhcpEndIp', { dhcpStartIp: '10.9.0.50', dhcpEndIp: '10.9.0.20' }],
    ['dhcpEndIp', { dhcpStartIp: '10.9.0.2' }],
    ['gateway', { dhcpStartIp: '10.9.0.1', dhcpEndIp: '10.9.0.20', gateway: '10.9.0.10' }],
    ['dns', { dns: '8.8.8' }],
    ['name', { name: '' }],
  ])('refuses a bad %s', async (field, extra) => {
    const error = await w.a.admin.fail(CreateNetwork, net(w.a.id, extra));
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  it('refuses a duplicate name in a tenant, but not across tenants', async () => {
    await makeNetwork(w.a.admin, w.a.id, 'twin', 20);
    expect(await w.a.admin.code(CreateNetwork, net(w.a.id, { name: 'twin' }))).toBe('CONFLICT');
    await makeNetwork(w.b.admin, w.b.id, 'twin', 20);
  });

  it('enforces the networks quota', async () => {
    await w.admin.ok(UpdateQuota, { input: { tenantId: w.b.id, networks: 1 } });
    expect(await w.b.admin.code(CreateNetwork, net(w.b.id, { name: 'second' }))).toBe('QUOTA_EXCEEDED');
    await w.admin.ok(UpdateQuota, { input: { tenantId: w.b.id, networks: 100 } });
  });

  it('routes: create on the external network, connect, refuse deleting what is in use, disconnect, delete', async () => {
    const networkId = await makeNetwork(w.a.admin, w.a.id, 'routed', 30);
    const { createRouter } = await w.a.admin.ok(CreateRouter, { input: { name: 'edge', externalNetworkId: publicId } });
    expect(createRouter.router).toMatchObject({ name: 'edge', externalNetwork: { name: 'public' } });
    expect(createRouter.router.externalIp).toMatch(/^203\.0\.113\./);
    const routerId = createRouter.router.id;
    const connected = await w.a.admin.ok(ConnectRouterNetwork, { input: { routerId, networkId } });
    expect(connected.connectRouterNetwork.router.networks).toEqual([{ id: networkId, name: 'routed' }]);
    expect(await w.a.admin.code(ConnectRouterNetwork, { input: { routerId, networkId } })).toBe('CONFLICT');
    const [network] = (await w.a.admin.ok(Networks, { networkId })).networks;
    expect(network.routers).toEqual([{ id: routerId, name: 'edge' }]);
    expect(await w.a.admin.code(DeleteRouter, { input: { routerId } })).toBe('CONFLICT');
    expect(await w.a.admin.code(DeleteNetwork, { input: { networkId } })).toBe('CONFLICT');
    await w.a.admin.ok(DisconnectRouterNetwork, { input: { routerId, networkId, tenantId: w.a.id } });
    expect(await w.a.admin.code(DisconnectRouterNetwork, { input: { routerId, networkId } })).toBe('NOT_FOUND');
    expect((await w.a.admin.ok(DeleteRouter, { input: { routerId } })).deleteRouter.deletedRouterId).toBe(routerId);
    expect((await w.a.admin.ok(DeleteNetwork, { input: { networkId } })).deleteNetwork.deletedNetworkId).toBe(
      networkId,
    );
    expect(await w.a.admin.code(Networks, { networkId })).toBe('NOT_FOUND');
  });

  it('refuses to connect overlapping networks to one router, and a router on a non-external network', async () => {
    const one = await makeNetwork(w.a.admin, w.a.id, 'ov1', 40);
    const { createNetwork } = await w.a.admin.ok(
      CreateNetwork,
      net(w.a.id, {
        name: 'ov2',
        cidr: '10.40.0.0/16',
        gateway: '10.40.0.1',
        dhcpStartIp: '10.40.1.1',
        dhcpEndIp: '10.40.1.50',
      }),
    );
    const routerId = (await w.a.admin.ok(CreateRouter, { input: { name: 'ov', externalNetworkId: publicId } }))
      .createRouter.router.id;
    await w.a.admin.ok(ConnectRouterNetwork, { input: { routerId, networkId: one } });
    expect(
      await w.a.admin.code(ConnectRouterNetwork, { input: { routerId, networkId: createNetwork.network.id } }),
    ).toBe('CONFLICT');
    expect(
      (await w.a.admin.fail(CreateRouter, { input: { name: 'x', externalNetworkId: one } })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'externalNetworkId' });
  });

  it('refuses deleting a network a server is on', async () => {
    const networkId = await makeNetwork(w.a.admin, w.a.id, 'busy', 50);
    await makeServer(w.a.admin, w.a.id, networkId);
    expect(await w.a.admin.code(DeleteNetwork, { input: { networkId } })).toBe('CONFLICT');
  });

  it('frees a network as soon as its server is deleted, even one deleted while still in BUILD', async () => {
    const networkId = await makeNetwork(w.a.admin, w.a.id, 'brief', 51);
    const { createServer } = await w.a.admin.ok(CreateServer, {
      input: { tenantId: w.a.id, imageId: CATALOG.bootImage, instanceType: 'm1.tiny', networkIds: [networkId] },
    });
    await w.a.admin.ok(DeleteServer, { input: { tenantId: w.a.id, serverId: createServer.server.id } });
    expect((await w.a.admin.ok(DeleteNetwork, { input: { networkId } })).deleteNetwork.deletedNetworkId).toBe(
      networkId,
    );
  });

  it('lists routers with their networks; staff must name the tenant', async () => {
    const routers = (await w.telecom.ok(Routers, { tenantId: w.a.id })).routers;
    expect(routers.map((r) => r.name)).toContain('ov');
    expect((await w.telecom.fail(Routers, {})).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tenantId' });
    expect((await w.admin.fail(Networks, {})).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tenantId' });
  });

  it("hides another tenant's networks and routers as NOT_FOUND", async () => {
    const theirs = await makeNetwork(w.b.admin, w.b.id, 'secret', 60);
    expect(await w.a.admin.code(DeleteNetwork, { input: { networkId: theirs } })).toBe('NOT_FOUND');
    expect(await w.a.admin.code(Networks, { tenantId: w.b.id })).toBe('NOT_FOUND');
    expect(await w.a.admin.code(Networks, { networkId: theirs })).toBe('NOT_FOUND');
    const routerId = (await w.a.admin.ok(Routers, {})).routers[0].id;
    expect(await w.b.admin.code(ConnectRouterNetwork, { input: { routerId, networkId: theirs } })).toBe('NOT_FOUND');
    expect(await w.a.admin.code(ConnectRouterNetwork, { input: { routerId, networkId: theirs } })).toBe('NOT_FOUND');
    expect(await w.a.admin.code(DeleteNetwork, { input: { networkId: publicId } })).toBe('NOT_FOUND');
  });
});
