import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { OpenStackDriver } from '../../src/cloud/openstack/driver';
import { loadConfig } from '../../src/config';
import { startCanopy } from '../../src/http/server';
import { createLogger } from '../../src/observability/logger';
import { removeProjects } from '../../test/helpers/cleanup';
import { seedingApi, seedServers, SeedTarget } from '../../test/helpers/openstack-seed';
import { SetupError } from '../lib/backend';
import { Child, cpuMsOf, startChild } from '../lib/child';
import { CountingProxy, startCountingProxy } from '../lib/counting-proxy';
import { call, callWithExtensions, loginToken } from '../lib/load';
import { table } from '../lib/table';
import { ADMIN_PASSWORD, tempDb, USER_PASSWORD } from '../lib/tempdb';
import { pageServers, SERVERS_PAGE, SERVERS_PAGE_SIZE, SERVERS_PAGE_SKYLINE_FIELDS } from './servers-page.queries';

const ROOT = path.join(__dirname, '..', '..');
const KEYSTONE = 'http://127.0.0.1:5000/v3';
/** Where `npm run devcloud -- skyline-up` serves Skyline (scripts/devcloud/skyline.sh). */
const SKYLINE = { url: 'http://127.0.0.1:28000', counted: 'http://127.0.0.1:28001', proxyPort: 28002 };
const SKYLINE_PIDS = path.join(ROOT, '.devcloud', 'skyline', 'run', 'skyline.pid');
/** The OpenStack services' ports, to name the proxy's counts. */
const SERVICES: Record<number, string> = {
  5000: 'keystone',
  8774: 'nova',
  9696: 'neutron',
  9292: 'glance',
  8776: 'cinder',
  8778: 'placement',
};
/** A batch of 50 on the loaded 2-core devcloud: 10 in about a minute, 50 not within 5 (docs/PERFORMANCE.md). */
const SEED_BATCH_WAIT_MS = 20 * 60_000;
/** The microversion Canopy's driver speaks (src/cloud/openstack/http.ts), so (a) is Canopy's own Nova call. */
const NOVA_VERSION = '2.46';

export type Variant = 'a' | 'b' | 'c' | 'd';
export const VARIANTS: Record<Variant, string> = {
  a: '(a) bare Nova GET /servers/detail',
  b: "(b) Canopy's servers page",
  c: '(c) Canopy, Skyline’s fields only',
  d: "(d) Skyline's /api/v1/extension/servers",
};

export interface DevcloudRow {
  servers: number;
  variant: Variant;
  p50: number;
  p95: number;
  rounds: number;
  /** OpenStack HTTP requests one page costs (after a warm-up page: tokens cached). */
  http: number;
  /** By service, e.g. "nova 1, neutron 13". */
  httpBy: string;
  /** Canopy's driver calls and rounds (extensions.cloudCalls, cloudRounds); '' for the others. */
  calls: string;
  /** CPU of the serving process per page (Canopy's child, Skyline's worker); NaN for bare Nova. */
  cpuMs: number;
  /** Canopy only: mean ms of each driver operation during the rounds ((b) and (c) together). */
  callTimes: string;
}

/** One timed request: ms until the whole answer is read, and how many servers it listed. */
type Fetcher = () => Promise<{ ms: number; servers: number }>;

async function timed(url: string, init: RequestInit, count: (body: unknown) => number) {
  const started = performance.now();
  const response = await fetch(url, init);
  const text = await response.text();
  const ms = performance.now() - started;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${text.slice(0, 300)}`);
  return { ms, servers: count(JSON.parse(text)) };
}

function cloudsFile(): string {
  const file = process.env.OS_CLIENT_CONFIG_FILE || path.join(ROOT, '.devcloud', 'clouds.yaml');
  if (!fs.existsSync(file))
    throw new SetupError(
      `--cloud openstack: no clouds.yaml at ${file}; start the devcloud or set OS_CLIENT_CONFIG_FILE`,
    );
  return file;
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(5000) })).ok;
  } catch {
    return false;
  }
}

/** A project-scoped Keystone token for the viewer, and its catalog's public Nova URL. */
async function keystoneToken(username: string, password: string, projectId: string) {
  const response = await fetch(`${KEYSTONE}/auth/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      auth: {
        identity: {
          methods: ['password'],
          password: { user: { name: username, domain: { id: 'default' }, password } },
        },
        scope: { project: { id: projectId } },
      },
    }),
  });
  if (!response.ok) throw new Error(`Keystone token: HTTP ${response.status}`);
  const body = (await response.json()) as {
    token: { catalog: Array<{ type: string; endpoints: Array<{ interface: string; url: string }> }> };
  };
  const nova = body.token.catalog
    .find((s) => s.type === 'compute')
    ?.endpoints.find((e) => e.interface === 'public')?.url;
  if (!nova) throw new Error('no public compute endpoint in the catalog');
  return { token: response.headers.get('x-subject-token')!, novaUrl: nova };
}

/** Logs in to Skyline as the viewer (its default project is the bench's): the session cookie. */
async function skylineLogin(base: string, username: string, password: string, projectId: string): Promise<string> {
  const response = await fetch(`${base}/api/v1/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ region: 'RegionOne', domain: 'Default', username, password }),
  });
  const body = (await response.json()) as { project?: { id: string } };
  if (!response.ok || body.project?.id !== projectId)
    throw new Error(`Skyline login at ${base}: HTTP ${response.status}, project ${body.project?.id}`);
  const session = response.headers.getSetCookie().find((c) => c.startsWith('session='));
  if (!session) throw new Error('Skyline login set no session cookie');
  return session.split(';')[0];
}

/** Skyline's worker processes' CPU so far (gunicorn's master forks them; its pid is in the pid file). */
function skylineCpuMs(): number {
  const master = Number(fs.readFileSync(SKYLINE_PIDS, 'utf8'));
  const children = fs
    .readdirSync(`/proc/${master}/task`)
    .flatMap((task) => fs.readFileSync(`/proc/${master}/task/${task}/children`, 'utf8').trim().split(/\s+/))
    .filter(Boolean)
    .map(Number);
  return children.reduce((sum, pid) => sum + (cpuMsOf(pid) ?? 0), 0);
}

function byService(counts: Map<number, number>): { total: number; by: string } {
  const entries = [...counts].sort((x, y) => x[0] - y[0]);
  return {
    total: entries.reduce((sum, [, n]) => sum + n, 0),
    by: entries.map(([port, n]) => `${SERVICES[port] ?? port} ${n}`).join(', '),
  };
}

/** Canopy's time in each driver operation so far (its /metrics: canopy_cloud_call_duration_seconds), ms and calls. */
async function cloudCallTimes(url: string): Promise<Map<string, { ms: number; calls: number }>> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const times = new Map<string, { ms: number; calls: number }>();
  for (const [, kind, operation, value] of text.matchAll(
    /^canopy_cloud_call_duration_seconds_(sum|count)\{driver="openstack",operation="([^"]+)"\} (\S+)$/gm,
  )) {
    const entry = times.get(operation) ?? { ms: 0, calls: 0 };
    if (kind === 'sum') entry.ms = Number(value) * 1000;
    else entry.calls = Number(value);
    times.set(operation, entry);
  }
  return times;
}

/** Mean ms per call of each operation between two samples, e.g. "listServers 640, getFlavors 120". */
function meanTimes(
  before: Map<string, { ms: number; calls: number }>,
  after: Map<string, { ms: number; calls: number }>,
): string {
  return [...after]
    .map(([op, { ms, calls }]) => {
      const was = before.get(op) ?? { ms: 0, calls: 0 };
      return [op, calls - was.calls, (ms - was.ms) / Math.max(1, calls - was.calls)] as const;
    })
    .filter(([, calls]) => calls > 0)
    .sort((x, y) => y[2] - x[2])
    .map(([op, , mean]) => `${op} ${mean.toFixed(0)}`)
    .join(', ');
}

function percentile(sorted: number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
}

/**
 * Issue 15: the servers page of one project on the devcloud at each of `sizes` servers (grown in
 * Nova multi-create batches, reused from size to size), beside bare Nova and Skyline. Per size,
 * rounds of one request of each variant, the order rotated each round, one request at a time,
 * at least `minRounds` and then until `budgetMs` or `maxRounds`. Everything the run made in the
 * cloud (project, servers and their ports, volumes, floating IPs, router, network, the viewer)
 * is removed at the end.
 */
export async function openstackServersPage(
  sizes: number[],
  opts: { minRounds: number; maxRounds: number; budgetMs: number; log: (line: string) => void },
): Promise<DevcloudRow[]> {
  const file = cloudsFile();
  if (!(await answers(KEYSTONE))) throw new SetupError(`--cloud openstack: Keystone does not answer at ${KEYSTONE}`);
  for (const url of [SKYLINE.url, SKYLINE.counted])
    if (!(await answers(`${url}/api/v1/config`)))
      throw new SetupError(
        `--cloud openstack: Skyline does not answer at ${url}; run \`npm run devcloud -- skyline-up\``,
      );
  const env = {
    CANOPY_CLOUD: 'openstack',
    OS_CLIENT_CONFIG_FILE: file,
    OS_CLOUD: process.env.OS_CLOUD || 'devcloud',
    CANOPY_OS_PROJECT_PREFIX: `cb-${randomBytes(3).toString('hex')}-`,
    CANOPY_PORT: '0',
    CANOPY_ADMIN_PASSWORD: ADMIN_PASSWORD,
  };
  const db = tempDb('openstack');
  // The seeding Canopy runs in this process (rows through its repositories); the measured one is a child on the same file.
  const seeder = await startCanopy(loadConfig({ ...env, CANOPY_DB: db.file }), {
    logger: createLogger('silent'),
    announce: () => undefined,
  });
  const driver = seeder.deps.cloud as OpenStackDriver;
  const api = seedingApi(driver);
  let projectId: string | undefined;
  let viewerId: string | undefined;
  let child: Child | undefined;
  let proxy: CountingProxy | undefined;
  try {
    const admin = await loginToken(seeder.url, 'admin', ADMIN_PASSWORD);
    const gql = <T>(query: string, i: Record<string, unknown>) => call<T>(seeder.url, query, { i }, admin);
    const { tenant } = (
      await gql<{ createTenant: { tenant: { id: string; rootGroup: { id: string } } } }>(
        'mutation($i: CreateTenantInput!) { createTenant(input: $i) { tenant { id rootGroup { id } } } }',
        { name: 'bench-co', adminPassword: USER_PASSWORD },
      )
    ).createTenant;
    [{ projectId }] = await seeder.deps.identityRepo.tenantsByIds([Number(tenant.id)]);
    const networkId = (
      await gql<{ createNetwork: { network: { id: string } } }>(
        'mutation($i: CreateNetworkInput!) { createNetwork(input: $i) { network { id } } }',
        { tenantId: tenant.id, name: 'big', cidr: '10.64.0.0/22', gateway: '10.64.0.1' },
      )
    ).createNetwork.network.id;
    const memberId = (
      await gql<{ createUser: { user: { id: string } } }>(
        'mutation($i: CreateUserInput!) { createUser(input: $i) { user { id } } }',
        { groupId: tenant.rootGroup.id, name: 'pat', password: USER_PASSWORD },
      )
    ).createUser.user.id;
    const publicId = (
      await call<{ externalNetworks: Array<{ id: string; name: string }> }>(
        seeder.url,
        '{ externalNetworks { id name } }',
        {},
        admin,
      )
    ).externalNetworks.find((n) => n.name === 'public')!.id;
    const routerId = (
      await gql<{ createRouter: { router: { id: string } } }>(
        'mutation($i: CreateRouterInput!) { createRouter(input: $i) { router { id } } }',
        { tenantId: tenant.id, name: 'edge', externalNetworkId: publicId },
      )
    ).createRouter.router.id;
    await gql('mutation($i: ConnectRouterNetworkInput!) { connectRouterNetwork(input: $i) { router { id } } }', {
      routerId,
      networkId,
    });
    const target: SeedTarget = { canopy: seeder, driver, tenantId: tenant.id, networkId, memberId, publicId };

    // The viewer of (a) and (d): a Keystone user with `member` on the project, which is its default.
    const viewer = { name: `${env.CANOPY_OS_PROJECT_PREFIX}viewer`, password: 'bench-viewer-password' };
    viewerId = (
      await api.post<{ user: { id: string } }>('identity', '/users', {
        body: {
          user: { name: viewer.name, password: viewer.password, domain_id: 'default', default_project_id: projectId },
        },
      })
    ).body.user.id;
    const member = (
      await api.get<{ roles: Array<{ id: string }> }>('identity', '/roles', { query: [['name', 'member']] })
    ).body.roles[0];
    await api.put('identity', `/projects/${projectId}/users/${viewerId}/roles/${member.id}`, {});

    child = await startChild('serve.ts', { ...env, CANOPY_DB: db.file, CANOPY_DEBUG_CALLS: '1' }, true);
    const canopyToken = await loginToken(child.url, 'admin#bench-co', USER_PASSWORD);
    const nova = await keystoneToken(viewer.name, viewer.password, projectId);
    const cookie = await skylineLogin(SKYLINE.url, viewer.name, viewer.password, projectId);
    proxy = await startCountingProxy(SKYLINE.proxyPort);
    const countedCookie = await skylineLogin(SKYLINE.counted, viewer.name, viewer.password, projectId);

    const canopyUrl = child.url;
    const graphql =
      (query: string): Fetcher =>
      () =>
        timed(
          `${canopyUrl}/graphql`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${canopyToken}` },
            body: JSON.stringify({ query, variables: { tenantId: tenant.id, first: SERVERS_PAGE_SIZE } }),
          },
          (body) => {
            const answer = body as { data: { tenant: { servers: { nodes: unknown[] } } }; errors?: unknown[] };
            if (answer.errors) throw new Error(`Canopy: ${JSON.stringify(answer.errors).slice(0, 300)}`);
            return pageServers(answer.data).length;
          },
        );
    const skyline =
      (base: string, session: string): Fetcher =>
      () =>
        timed(
          `${base}/api/v1/extension/servers?limit=${SERVERS_PAGE_SIZE}`,
          { headers: { cookie: session } },
          (body) => (body as { servers: unknown[] }).servers.length,
        );
    const fetchers: Record<Variant, Fetcher> = {
      a: () =>
        timed(
          `${nova.novaUrl}/servers/detail?limit=${SERVERS_PAGE_SIZE}`,
          {
            headers: {
              'x-auth-token': nova.token,
              'openstack-api-version': `compute ${NOVA_VERSION}`,
              'x-openstack-nova-api-version': NOVA_VERSION,
            },
          },
          (body) => {
            // One page of the same size as Canopy's and Skyline's: the first SERVERS_PAGE_SIZE servers.
            return (body as { servers: unknown[] }).servers.length;
          },
        ),
      b: graphql(SERVERS_PAGE),
      c: graphql(SERVERS_PAGE_SKYLINE_FIELDS),
      d: skyline(SKYLINE.url, cookie),
    };
    const order: Variant[] = ['a', 'b', 'c', 'd'];

    const rows: DevcloudRow[] = [];
    let seeded = 0;
    for (const size of sizes) {
      const t0 = Date.now();
      await seedServers(target, size - seeded, SEED_BATCH_WAIT_MS);
      seeded = size;
      opts.log(`${size} servers seeded and ACTIVE in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

      // What one page costs in OpenStack requests, after a warm-up page (tokens and catalogs cached).
      const cost = new Map<Variant, { http: number; by: string; calls: string }>();
      cost.set('a', { http: 1, by: 'nova 1', calls: '' });
      for (const v of ['b', 'c'] as const) {
        const query = v === 'b' ? SERVERS_PAGE : SERVERS_PAGE_SKYLINE_FIELDS;
        await callWithExtensions(canopyUrl, query, { tenantId: tenant.id, first: SERVERS_PAGE_SIZE }, canopyToken);
        const before = await child.ask<{ requests: number }>('stats');
        const page = await callWithExtensions<{ tenant: { servers: { nodes: unknown[] } } }>(
          canopyUrl,
          query,
          { tenantId: tenant.id, first: SERVERS_PAGE_SIZE },
          canopyToken,
        );
        const after = await child.ask<{ requests: number }>('stats');
        const http = after.requests - before.requests;
        cost.set(v, {
          http,
          by: `${http} (driver)`,
          calls: `${String(page.extensions.cloudCalls)} in ${String(page.extensions.cloudRounds)} rounds`,
        });
      }
      const counted = skyline(SKYLINE.counted, countedCookie);
      await counted();
      proxy.reset();
      await counted();
      const sky = byService(proxy.counts());
      cost.set('d', { http: sky.total, by: sky.by, calls: '' });

      for (const v of order) {
        const { servers } = await fetchers[v]();
        const page = Math.min(size, SERVERS_PAGE_SIZE);
        if (servers !== page) throw new Error(`${VARIANTS[v]} listed ${servers} servers, not ${page}`);
      }
      const times: Record<Variant, number[]> = { a: [], b: [], c: [], d: [] };
      const cpu: Record<Variant, number> = { a: NaN, b: 0, c: 0, d: 0 };
      const callsBefore = await cloudCallTimes(canopyUrl);
      const started = Date.now();
      let round = 0;
      for (; round < opts.maxRounds && (round < opts.minRounds || Date.now() - started < opts.budgetMs); round++) {
        for (let k = 0; k < order.length; k++) {
          const v = order[(k + round) % order.length];
          const cpuOf = v === 'd' ? skylineCpuMs : v === 'a' ? () => NaN : () => child!.cpuMs();
          const cpuBefore = cpuOf();
          times[v].push((await fetchers[v]()).ms);
          cpu[v] += cpuOf() - cpuBefore;
        }
      }
      const callTimes = meanTimes(callsBefore, await cloudCallTimes(canopyUrl));
      for (const v of order) {
        const sorted = [...times[v]].sort((x, y) => x - y);
        const c = cost.get(v)!;
        rows.push({
          servers: size,
          variant: v,
          p50: percentile(sorted, 0.5),
          p95: percentile(sorted, 0.95),
          rounds: round,
          http: c.http,
          httpBy: c.by,
          calls: c.calls,
          cpuMs: cpu[v] / round,
          callTimes: v === 'b' ? callTimes : '',
        });
      }
      opts.log(`${size} servers: ${round} rounds in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      // Each size's figures as soon as they are in: removing hundreds of servers at the end takes minutes.
      opts.log(`\n${devcloudTables(rows.filter((r) => r.servers === size))}`);
    }
    return rows;
  } finally {
    await proxy?.close();
    await child?.stop();
    if (viewerId) await api.delete('identity', `/users/${viewerId}`).catch(() => undefined);
    if (projectId) await removeProjects(driver, [projectId]);
    await seeder.close();
    db.remove();
  }
}

/** The rows, and each size's ratios of Canopy's p50 to bare Nova's and Skyline's. */
export function devcloudTables(rows: DevcloudRow[]): string {
  const main = table(
    [
      'servers',
      'variant',
      'p50 ms',
      'p95 ms',
      'rounds',
      'OpenStack HTTP requests per page',
      'Canopy driver calls',
      'server CPU ms per page',
    ],
    rows.map((r) => [
      r.servers,
      VARIANTS[r.variant],
      r.p50,
      r.p95,
      r.rounds,
      r.httpBy === `${r.http} (driver)` ? String(r.http) : `${r.http} (${r.httpBy})`,
      r.calls || '–',
      r.cpuMs,
    ]),
  );
  const sizes = [...new Set(rows.map((r) => r.servers))];
  const p50 = (size: number, v: Variant) => rows.find((r) => r.servers === size && r.variant === v)!.p50;
  const ratios = table(
    ['servers', '(b)/(a) p50 (target ≤ 1.3 at 100)', '(b)/(d) p50 (target ≤ 0.5 at 100)', '(c)/(a) p50', '(c)/(d) p50'],
    sizes.map((s) => [
      s,
      p50(s, 'b') / p50(s, 'a'),
      p50(s, 'b') / p50(s, 'd'),
      p50(s, 'c') / p50(s, 'a'),
      p50(s, 'c') / p50(s, 'd'),
    ]),
  );
  const calls = table(
    ['servers', "Canopy's driver calls during the rounds, mean ms each (slowest first)", '(a) bare Nova p50 ms'],
    rows.filter((r) => r.variant === 'b').map((r) => [r.servers, r.callTimes, p50(r.servers, 'a')]),
  );
  return `${main}\n\n${ratios}\n\n${calls}`;
}
