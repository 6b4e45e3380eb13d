import { SIM_PUBLIC } from '../../src/cloud/sim/sim.catalog';
import { makeNetwork } from '../helpers/cloud';
import { CreateRouter, DeleteNetwork, UpdateQuota } from '../helpers/cloud.documents';
import { AllocateFloatingIp, ExternalNetworks } from '../helpers/floating-ips.documents';
import { NetworkPageQueryVariables, FloatingIpPageQueryVariables, RouterPageQueryVariables } from '../gql/graphql';
import { FloatingIpPage, NetworkPage, RouterPage } from '../helpers/pages.documents';
import { startTestServer, TestServer } from '../helpers/server';
import { describeSim } from '../helpers/target';
import { buildWorld, createTenant, login, TenantFixture, World } from '../helpers/world';
import { GqlClient } from '../helpers/client';

/**
 * `tenant.networks`, `tenant.routers` and `floatingIps(tenantId)` as connections, on either cloud
 * (issue 15): each is one Neutron list paged in memory; networks and routers sort by name only.
 */
describe('network, router and floating IP pages', () => {
  let w: World;
  let publicId: string;
  const NETWORKS = ['delta', 'alpha', 'echo', 'bravo', 'charlie'];
  const ROUTERS = ['r-beta', 'r-alpha', 'r-gamma'];

  beforeAll(async () => {
    w = await buildWorld();
    await w.admin.ok(UpdateQuota, { input: { tenantId: w.a.id, networks: -1, routers: -1, floatingIps: -1 } });
    publicId = (await w.a.admin.ok(ExternalNetworks)).externalNetworks.find((n) => n.name === 'public')!.id;
    for (const [i, name] of NETWORKS.entries()) await makeNetwork(w.a.admin, w.a.id, name, 81 + i);
    for (const name of ROUTERS)
      await w.a.admin.ok(CreateRouter, { input: { tenantId: w.a.id, name, externalNetworkId: publicId } });
    for (let i = 0; i < 4; i++)
      await w.a.admin.ok(AllocateFloatingIp, { input: { tenantId: w.a.id, externalNetworkId: publicId } });
  }, 300_000);
  afterAll(() => w.close());

  const networks = (variables: Omit<NetworkPageQueryVariables, 'tenantId'>) =>
    w.a.admin.ok(NetworkPage, { tenantId: w.a.id, ...variables }).then((d) => d.tenant.networks);
  const routers = (variables: Omit<RouterPageQueryVariables, 'tenantId'>) =>
    w.a.admin.ok(RouterPage, { tenantId: w.a.id, ...variables }).then((d) => d.tenant.routers);
  const floatingIps = (variables: Omit<FloatingIpPageQueryVariables, 'tenantId'>) =>
    w.a.admin.ok(FloatingIpPage, { tenantId: w.a.id, ...variables }).then((d) => d.floatingIps);

  /** Every item of a list read in pages of `first`, and how many pages it took. */
  async function walk<N>(
    read: (
      after: string | null,
    ) => Promise<{ nodes: N[]; pageInfo: { endCursor?: string | null; hasNextPage: boolean } }>,
  ): Promise<{ nodes: N[]; pages: number }> {
    const nodes: N[] = [];
    let after: string | null = null;
    for (let pages = 1; ; pages++) {
      const page = await read(after);
      nodes.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) return { nodes, pages };
      after = page.pageInfo.endCursor ?? null;
    }
  }

  it('pages networks by name, both directions, and counts them', async () => {
    const sorted = [...NETWORKS].sort();
    const asc = await walk((after) => networks({ first: 2, after }));
    expect({ names: asc.nodes.map((n) => n.name), pages: asc.pages }).toEqual({ names: sorted, pages: 3 });
    const desc = await walk((after) => networks({ first: 4, after, orderBy: { field: 'NAME', direction: 'DESC' } }));
    expect(desc.nodes.map((n) => n.name)).toEqual([...sorted].reverse());
    const page = await networks({ first: 2 });
    expect(page.totalCount).toBe(sorted.length);
    expect(page.edges.map((e) => e.node.id)).toEqual(page.nodes.map((n) => n.id));
    expect(page.pageInfo.endCursor).toBe(page.edges[1].cursor);
  });

  it('pages routers by name', async () => {
    const asc = await walk((after) => routers({ first: 1, after }));
    expect({ names: asc.nodes.map((r) => r.name), pages: asc.pages }).toEqual({ names: [...ROUTERS].sort(), pages: 3 });
    const desc = await walk((after) => routers({ first: 2, after, orderBy: { field: 'NAME', direction: 'DESC' } }));
    expect(desc.nodes.map((r) => r.name)).toEqual([...ROUTERS].sort().reverse());
    expect((await routers({ first: 1 })).totalCount).toBe(ROUTERS.length);
  });

  it('pages floating IPs oldest first by default, newest first, and by address', async () => {
    const all = (await floatingIps({ first: 500 })).nodes;
    expect(all).toHaveLength(4);
    const byTime = [...all].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    expect(all.map((f) => f.createdAt)).toEqual(byTime.map((f) => f.createdAt));
    const oldest = await walk((after) => floatingIps({ first: 1, after }));
    expect({ ids: oldest.nodes.map((f) => f.id), pages: oldest.pages }).toEqual({
      ids: all.map((f) => f.id),
      pages: 4,
    });
    const newest = await walk((after) =>
      floatingIps({ first: 3, after, orderBy: { field: 'CREATED_AT', direction: 'DESC' } }),
    );
    expect(newest.nodes.map((f) => f.id)).toEqual(all.map((f) => f.id).reverse());
    const byAddress = await walk((after) =>
      floatingIps({ first: 3, after, orderBy: { field: 'NAME', direction: 'ASC' } }),
    );
    expect(byAddress.nodes.map((f) => f.address)).toEqual(all.map((f) => f.address).sort());
    expect((await floatingIps({ first: 1 })).totalCount).toBe(4);
  });

  it('refuses bad cursors, another order, a creation-time sort of networks and first out of range', async () => {
    const bad = async (list: 'networks' | 'routers', variables: Omit<NetworkPageQueryVariables, 'tenantId'>) => {
      const given = { tenantId: w.a.id, ...variables };
      const error = await (list === 'networks'
        ? w.a.admin.fail(NetworkPage, given)
        : w.a.admin.fail(RouterPage, given));
      return { code: error.extensions?.code, field: error.extensions?.field };
    };
    const { pageInfo } = await networks({ first: 1 });
    expect(await bad('networks', { after: 'not-a-cursor' })).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(await bad('networks', { after: pageInfo.endCursor, orderBy: { field: 'NAME', direction: 'DESC' } })).toEqual(
      { code: 'BAD_USER_INPUT', field: 'after' },
    );
    expect(await bad('networks', { orderBy: { field: 'CREATED_AT', direction: 'ASC' } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'orderBy',
    });
    expect(await bad('routers', { orderBy: { field: 'CREATED_AT', direction: 'DESC' } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'orderBy',
    });
    expect((await bad('networks', { first: 0 })).code).toBe('BAD_USER_INPUT');
    expect((await bad('routers', { first: 501 })).code).toBe('BAD_USER_INPUT');
    const fipCursor = (await floatingIps({ first: 1 })).pageInfo.endCursor;
    const error = await w.a.admin.fail(FloatingIpPage, {
      tenantId: w.a.id,
      after: fipCursor,
      orderBy: { field: 'NAME', direction: 'ASC' },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await w.a.admin.fail(FloatingIpPage, { tenantId: w.a.id, first: 501 })).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    // Another tenant's lists are NOT_FOUND, as the tenant is.
    expect(await w.b.admin.code(NetworkPage, { tenantId: w.a.id })).toBe('NOT_FOUND');
    expect(await w.b.admin.code(FloatingIpPage, { tenantId: w.a.id })).toBe('NOT_FOUND');
  });

  it('neither skips nor repeats a network that existed on both reads while networks come and go', async () => {
    const first = await networks({ first: 2 });
    expect(first.nodes.map((n) => n.name)).toEqual(['alpha', 'bravo']);
    // Delete the cursor's own network, add one before it and one after it.
    await w.a.admin.ok(DeleteNetwork, { input: { networkId: first.nodes[1].id } });
    await makeNetwork(w.a.admin, w.a.id, 'able', 91);
    await makeNetwork(w.a.admin, w.a.id, 'zulu', 92);
    const rest = await walk((after) => networks({ first: 2, after: after ?? first.pageInfo.endCursor }));
    expect(rest.nodes.map((n) => n.name)).toEqual(['charlie', 'delta', 'echo', 'zulu']);
  });
});

describeSim('network, router and floating IP pages: cloud calls', () => {
  let server: TestServer;
  let t: TenantFixture;

  beforeAll(async () => {
    server = await startTestServer({ env: { CANOPY_DEBUG_CALLS: '1' } });
    const admin = await login(server, 'admin', server.adminPassword);
    t = await createTenant(admin, server, 'wide-co');
    await admin.ok(UpdateQuota, { input: { tenantId: t.id, networks: -1, routers: -1, floatingIps: -1 } });
  });
  afterAll(() => server.close());

  let seeded = 0;
  const PUBLIC_ITEMS = 60;
  /** Seeds through the sim driver: `count` more networks, and routers and floating IPs up to PUBLIC_ITEMS. */
  async function seed(count: number): Promise<void> {
    const [tenant] = await server.canopy.deps.identityRepo.tenantsByIds([Number(t.id)]);
    for (const end = seeded + count; seeded < end; seeded++) {
      const net = `10.${20 + Math.floor(seeded / 250)}.${seeded % 250}`;
      await server.sim.createNetwork({
        projectId: tenant.projectId,
        name: `net-${seeded}`,
        subnet: {
          cidr: `${net}.0/24`,
          gatewayIp: `${net}.1`,
          dhcpEnabled: true,
          poolStart: `${net}.2`,
          poolEnd: `${net}.254`,
          dnsNameservers: [],
        },
      });
      // Each router and floating IP takes an address of the sim's public /24: 60 of each fit.
      if (seeded >= PUBLIC_ITEMS) continue;
      const external = { projectId: tenant.projectId, externalNetworkId: SIM_PUBLIC.networkId };
      await server.sim.createRouter({ ...external, name: `r-${seeded}` });
      await server.sim.allocateFloatingIp(external);
    }
  }

  async function cost(client: GqlClient, first: number) {
    const calls = [];
    for (const response of [
      await client.request(NetworkPage, { tenantId: t.id, first }),
      await client.request(RouterPage, { tenantId: t.id, first }),
      await client.request(FloatingIpPage, { tenantId: t.id, first }),
    ]) {
      expect(response.errors).toBeUndefined();
      calls.push({ calls: response.extensions?.cloudCalls, rounds: response.extensions?.cloudRounds });
    }
    return calls;
  }

  it('costs one Neutron list call per page, for 10 items and for 200 networks (60 routers and floating IPs), for first 1 and 500', async () => {
    const one = { calls: 1, rounds: 1 };
    await seed(10);
    expect(await cost(t.admin, 1)).toEqual([one, one, one]);
    expect(await cost(t.admin, 500)).toEqual([one, one, one]);
    await seed(190);
    expect(await cost(t.admin, 1)).toEqual([one, one, one]);
    expect(await cost(t.admin, 500)).toEqual([one, one, one]);
    const all = await t.admin.ok(NetworkPage, { tenantId: t.id, first: 500 });
    expect(all.tenant.networks.nodes).toHaveLength(200);
    expect((await t.admin.ok(FloatingIpPage, { tenantId: t.id, first: 500 })).floatingIps.nodes).toHaveLength(
      PUBLIC_ITEMS,
    );
  }, 120_000);
});
