import { makeNetwork, waitForServer } from '../helpers/cloud';
import {
  AssignServer,
  AttachVolume,
  Catalog,
  CreateServer,
  CreateVolume,
  DeleteServer,
  ServerAction,
} from '../helpers/cloud.documents';
import { ServerPageQuery, ServerPageQueryVariables, VolumePageQuery, VolumePageQueryVariables } from '../gql/graphql';
import { ServerPage, VolumePage } from '../helpers/pages.documents';
import { bulkServers } from '../helpers/bulk-servers';
import { startTestServer, TestServer } from '../helpers/server';
import { CATALOG, describeSim } from '../helpers/target';
import { buildWorld, createTenant, login, TenantFixture, World } from '../helpers/world';

/**
 * `tenant.servers` as a connection, on either cloud (issue 15): pages, each filter and sort,
 * cursors that hold while servers come and go between pages, and bad arguments.
 */
describe('server pages', () => {
  let w: World;
  let networkId: string;
  let small: string;
  const ids = new Map<string, string>();
  // Lowercase names: Nova on MariaDB sorts names case-insensitively, the sim by code point.
  const NAMES = ['delta', 'alpha-1', 'echo', 'bravo', 'alpha-2', 'foxtrot', 'charlie'];

  async function create(name: string, extra: Record<string, unknown> = {}): Promise<string> {
    const { createServer } = await w.a.admin.ok(CreateServer, {
      input: {
        tenantId: w.a.id,
        imageId: CATALOG.bootImage,
        instanceType: 'm1.tiny',
        networkIds: [networkId],
        name,
        ...extra,
      },
    });
    await waitForServer(w.a.admin, createServer.server.id);
    ids.set(name, createServer.server.id);
    return createServer.server.id;
  }

  beforeAll(async () => {
    w = await buildWorld();
    networkId = await makeNetwork(w.a.admin, w.a.id, 'lan', 7);
    const catalog = await w.a.admin.ok(Catalog);
    small = catalog.flavors.find((f) => f.name === 'm1.small')!.id;
    for (const [i, name] of NAMES.entries())
      await create(name, {
        serverType: i % 3 === 1 ? 'SHARED' : 'PRIVATE',
        instanceType: i % 2 ? 'm1.small' : 'm1.tiny',
      });
    await w.a.admin.ok(AssignServer, { input: { serverId: ids.get('echo')!, userId: w.memberId } });
    await w.a.admin.ok(ServerAction, { input: { serverId: ids.get('bravo')!, command: 'STOP' } });
    await waitForServer(w.a.admin, ids.get('bravo')!, 180_000, ['ACTIVE']);
  }, 600_000);
  afterAll(() => w.close());

  const page = (variables: Omit<ServerPageQueryVariables, 'tenantId'>) =>
    w.a.admin.ok(ServerPage, { tenantId: w.a.id, ...variables }).then((d) => d.tenant.servers);

  /** Every name of the list in the order, read in pages of `first`; and how many pages it took. */
  async function walk(first: number, orderBy?: ServerPageQueryVariables['orderBy']) {
    const names: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const servers = await page({ first, after, orderBy });
      pages++;
      names.push(...servers.nodes.map((s) => s.name));
      expect(servers.edges.map((e) => e.node.id)).toEqual(servers.nodes.map((s) => s.id));
      if (!servers.pageInfo.hasNextPage) return { names, pages };
      after = servers.pageInfo.endCursor;
    }
  }

  it('pages through every server once, oldest first by default, and counts them', async () => {
    const { names, pages } = await walk(3);
    expect(names).toEqual(NAMES);
    expect(pages).toBe(3);
    expect((await page({})).totalCount).toBe(NAMES.length);
  });

  it('sorts by name and by creation time, both directions', async () => {
    const sorted = [...NAMES].sort();
    expect((await walk(2, { field: 'NAME', direction: 'ASC' })).names).toEqual(sorted);
    expect((await walk(4, { field: 'NAME', direction: 'DESC' })).names).toEqual([...sorted].reverse());
    expect((await walk(5, { field: 'CREATED_AT', direction: 'DESC' })).names).toEqual([...NAMES].reverse());
  });

  it('filters by status, name (contains, any case), flavor, image and assigned user', async () => {
    const names = async (filter: Record<string, unknown>) => (await page({ filter })).nodes.map((s) => s.name).sort();
    expect(await names({ status: 'SHUTOFF' })).toEqual(['bravo']);
    expect(await names({ nameContains: 'ALPHA-' })).toEqual(['alpha-1', 'alpha-2']);
    expect(await names({ nameContains: 'ha' })).toEqual(['alpha-1', 'alpha-2', 'charlie']);
    expect(await names({ nameContains: '%' })).toEqual([]);
    expect(await names({ flavorId: small })).toEqual(['alpha-1', 'bravo', 'foxtrot']);
    const image = (await page({ first: 1 })).nodes[0].image!.id;
    expect(await names({ imageId: image })).toEqual([...NAMES].sort());
    expect(await names({ imageId: '00000000-0000-0000-0000-000000000000' })).toEqual([]);
    expect(await names({ assignedUserId: w.memberId })).toEqual(['echo']);
    expect(await names({ nameContains: 'alpha', flavorId: small, status: 'ACTIVE' })).toEqual(['alpha-1']);
    // A cloud filter: the count would need the cloud to count, so there is none.
    expect((await page({ filter: { status: 'ACTIVE' } })).totalCount).toBeNull();
    expect((await page({ filter: { assignedUserId: w.memberId } })).totalCount).toBe(1);
  });

  it('shows a member only the SHARED servers and its own, in pages', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: ServerPageQuery = await w.member.ok(ServerPage, { tenantId: w.a.id, first: 1, after });
      seen.push(...data.tenant.servers.nodes.map((s) => s.name));
      if (!data.tenant.servers.pageInfo.hasNextPage) break;
      after = data.tenant.servers.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(['alpha-1', 'alpha-2', 'echo']);
    expect((await w.member.ok(ServerPage, { tenantId: w.a.id })).tenant.servers.totalCount).toBe(3);
  });

  it('refuses a cursor it did not make, one of another order, and first out of 1..500', async () => {
    const bad = async (variables: Record<string, unknown>) => {
      const error = await w.a.admin.fail(ServerPage, { tenantId: w.a.id, ...variables });
      return { code: error.extensions?.code, field: error.extensions?.field };
    };
    const { pageInfo } = await page({ first: 1 });
    expect(await bad({ after: 'not-a-cursor' })).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(await bad({ after: Buffer.from('k1:[1,2]').toString('base64url') })).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await bad({ after: pageInfo.endCursor, orderBy: { field: 'NAME', direction: 'ASC' } })).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
    expect((await bad({ first: 0 })).code).toBe('BAD_USER_INPUT');
    expect((await bad({ first: 501 })).code).toBe('BAD_USER_INPUT');
    expect((await page({ first: 500 })).nodes).toHaveLength(NAMES.length);
  });

  it('neither skips nor repeats a server that existed on both reads while servers come and go', async () => {
    const byName = { field: 'NAME', direction: 'ASC' } as const;
    const first = await page({ first: 3, orderBy: byName });
    expect(first.nodes.map((s) => s.name)).toEqual(['alpha-1', 'alpha-2', 'bravo']);
    // The page's last server (its cursor's own) goes, one before it and one after it arrive.
    await w.a.admin.ok(DeleteServer, { input: { tenantId: w.a.id, serverId: ids.get('bravo')! } });
    await create('alpha-0');
    await create('delta-2');
    const rest: string[] = [];
    let after = first.pageInfo.endCursor;
    for (;;) {
      const next = await page({ first: 3, after, orderBy: byName });
      rest.push(...next.nodes.map((s) => s.name));
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(rest).toEqual(['charlie', 'delta', 'delta-2', 'echo', 'foxtrot']);
  }, 300_000);
  it('pages volumes, sorted and filtered by status and name', async () => {
    const names = ['disk-b', 'disk-a', 'data-c', 'disk-d'];
    const made = new Map<string, string>();
    for (const name of names) {
      const { createVolume } = await w.a.admin.ok(CreateVolume, { input: { tenantId: w.a.id, sizeGb: 1, name } });
      made.set(name, createVolume.volume.id);
    }
    await w.a.admin.ok(AttachVolume, {
      input: { tenantId: w.a.id, serverId: ids.get('charlie')!, volumeId: made.get('data-c')! },
    });
    const volumes = (variables: Omit<VolumePageQueryVariables, 'tenantId'>) =>
      w.a.admin.ok(VolumePage, { tenantId: w.a.id, ...variables }).then((d) => d.tenant.volumes);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const next: VolumePageQuery['tenant']['volumes'] = await volumes({
        first: 1,
        after,
        orderBy: { field: 'NAME', direction: 'DESC' },
      });
      seen.push(...next.nodes.map((v) => v.name));
      if (!next.pageInfo.hasNextPage) break;
      after = next.pageInfo.endCursor;
    }
    expect(seen).toEqual([...names].sort().reverse());
    expect((await volumes({})).totalCount).toBe(4);
    expect((await volumes({ filter: { status: 'in-use' } })).nodes.map((v) => v.name)).toEqual(['data-c']);
    const disks = await volumes({ filter: { nameContains: 'DISK', status: 'available' } });
    expect(disks.nodes.map((v) => v.name).sort()).toEqual(['disk-a', 'disk-b', 'disk-d']);
    expect(disks.totalCount).toBeNull();
    const error = await w.a.admin.fail(VolumePage, { tenantId: w.a.id, filter: { status: 'melted' } });
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
  }, 300_000);
});

describeSim('server pages at size (sim: 5,000 servers seeded in bulk)', () => {
  let server: TestServer;
  let small: TenantFixture;
  let big: TenantFixture;
  beforeAll(async () => {
    server = await startTestServer({ env: { CANOPY_DEBUG_CALLS: '1' } });
    const admin = await login(server, 'admin', server.adminPassword);
    small = await createTenant(admin, server, 'small-co');
    big = await createTenant(admin, server, 'big-co');
    await bulkServers(server, Number(small.id), 10);
    await bulkServers(server, Number(big.id), 5_000);
  }, 180_000);
  afterAll(() => server.close());

  async function cost(t: TenantFixture, first: number, after?: string | null) {
    const response = await t.admin.request(ServerPage, { tenantId: t.id, first, after });
    expect(response.errors).toBeUndefined();
    const servers = response.data!.tenant.servers;
    return {
      listed: servers.nodes.length,
      end: servers.pageInfo.endCursor,
      calls: { calls: response.extensions?.cloudCalls, rounds: response.extensions?.cloudRounds },
    };
  }

  it('costs the same cloud calls in the same rounds for 10 servers and 5,000, for first 10 and 200, at any depth', async () => {
    const expected = (await cost(small, 10)).calls;
    // pageServers, then flavors and images of the page at once.
    expect(expected).toEqual({ calls: 3, rounds: 2 });
    expect(await cost(small, 200)).toMatchObject({ listed: 10, calls: expected });
    expect(await cost(big, 10)).toMatchObject({ listed: 10, calls: expected });
    let page = await cost(big, 200);
    expect(page).toMatchObject({ listed: 200, calls: expected });
    for (let i = 0; i < 3; i++) page = await cost(big, 200, page.end);
    expect(page).toMatchObject({ listed: 200, calls: expected });
    expect((await big.admin.ok(ServerPage, { tenantId: big.id, first: 1 })).tenant.servers.totalCount).toBe(5_000);
  }, 120_000);
});
