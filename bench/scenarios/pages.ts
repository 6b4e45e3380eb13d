import { Backend, BACKEND_NAMES, benchDb } from '../lib/backend';
import { bulkTenant } from '../lib/bulk-servers';
import { Child, startChild } from '../lib/child';
import { callWithExtensions, load, loginToken } from '../lib/load';
import { table } from '../lib/table';
import { ADMIN_PASSWORD, USER_PASSWORD } from '../lib/tempdb';
import { pageServers, SERVERS_CURSOR, SERVERS_PAGE } from './servers-page.queries';

/** The page a console shows (the connection's default `first`). */
const PAGE = 50;
/** The longest step of the cursor walk (MAX_LIST_PAGE): the fewest requests to reach a deep cursor. */
const STEP = 500;
const WARM_UP = 10;

export interface PagesRow {
  backend: Backend;
  servers: number;
  /** How many servers come before the page: 0 for the first page. */
  after: number;
  latencyMs: number;
  calls: number;
  rounds: number;
  requests: number;
  p50: number;
  p95: number;
  /** The child's CPU time per page (user + system): unlike latency, not inflated by a busy machine. */
  cpuMs: number;
  /** The child's resident memory once this size's pages were served. */
  rssMb: number;
}

type Page = { tenant: { servers: { nodes: Array<{ name: string }> } } };
type Cursor = { tenant: { servers: { pageInfo: { endCursor: string | null; hasNextPage: boolean } } } };

/**
 * Issue 15, the sim's deep pages: the servers page (first 50) of one tenant grown in bulk to each
 * of `sizes`, its first page and the page after `depth(size)` servers, against two Canopy children
 * on one database (on `backend`), the simulated cloud answering at once or after `slowMs` per
 * call. Target: at 20 ms per call p50 < 60 ms at any depth; cloud calls and server memory flat in
 * tenant size.
 */
export async function deepPages(
  backend: Backend,
  sizes: number[],
  depth: (size: number) => number,
  slowMs: number,
  budgetMs: number,
): Promise<PagesRow[]> {
  const db = await benchDb(backend, 'pages');
  const seeder = await bulkTenant(db.location, 'deep-co');
  const children: Array<{ latencyMs: number; child: Child }> = [];
  try {
    for (const latencyMs of [0, slowMs]) {
      const env = {
        CANOPY_DB: db.location,
        CANOPY_PORT: '0',
        CANOPY_ADMIN_PASSWORD: ADMIN_PASSWORD,
        CANOPY_DEBUG_CALLS: '1',
        CANOPY_SIM_LATENCY_MS: String(latencyMs),
      };
      children.push({ latencyMs, child: await startChild('serve.ts', env) });
    }
    const token = await loginToken(seeder.url, 'admin#deep-co', USER_PASSWORD);
    const { tenantId } = seeder;
    const rows: PagesRow[] = [];
    for (const size of sizes) {
      await seeder.growTo(size);
      const deep = depth(size);
      const starts = [
        { after: 0, cursor: null as string | null },
        { after: deep, cursor: await cursorAt(seeder.url, token, tenantId, deep) },
      ];
      for (const { latencyMs, child } of children)
        for (const { after, cursor } of starts) {
          const variables = { tenantId, first: PAGE, after: cursor };
          const first = await callWithExtensions<Page>(child.url, SERVERS_PAGE, variables, token);
          checkPage(pageServers(first.data) as Array<{ name: string }>, after, size);
          // Warm-up, not counted: the first rows would otherwise also measure V8 compiling the resolvers.
          await load({ url: child.url, token, query: SERVERS_PAGE, variables, connections: 1, amount: WARM_UP });
          // As many requests as fit the time budget (the first one tells), at least 5, one at a time.
          const started = Date.now();
          await callWithExtensions(child.url, SERVERS_PAGE, variables, token);
          const amount = Math.max(5, Math.min(200, Math.floor(budgetMs / Math.max(1, Date.now() - started))));
          const cpuBefore = child.cpuMs();
          const result = await load({ url: child.url, token, query: SERVERS_PAGE, variables, connections: 1, amount });
          if (result.errors > 0) throw new Error(`deep pages: ${result.errors} errors`);
          rows.push({
            backend,
            servers: size,
            after,
            latencyMs,
            calls: Number(first.extensions.cloudCalls),
            rounds: Number(first.extensions.cloudRounds),
            requests: result.requests,
            p50: result.p50,
            p95: result.p95,
            cpuMs: (child.cpuMs() - cpuBefore) / result.requests,
            rssMb: child.rssMb(),
          });
        }
    }
    return rows;
  } finally {
    for (const { child } of children) await child.stop();
    await seeder.close();
    await db.remove();
  }
}

/** The cursor after the first `depth` servers, walked once in the largest steps, as a console scrolling would. */
async function cursorAt(url: string, token: string, tenantId: string, depth: number): Promise<string> {
  let cursor: string | null = null;
  for (let walked = 0; walked < depth; walked += STEP) {
    const step: { data: Cursor } = await callWithExtensions<Cursor>(
      url,
      SERVERS_CURSOR,
      { tenantId, first: Math.min(STEP, depth - walked), after: cursor },
      token,
    );
    const { endCursor, hasNextPage } = step.data.tenant.servers.pageInfo;
    if (!endCursor || !hasNextPage) throw new Error(`the tenant's servers ended before ${depth}`);
    cursor = endCursor;
  }
  if (cursor === null) throw new Error('a deep page needs a depth above 0');
  return cursor;
}

/** Bulk servers are named by their creation order: the page after `after` lists exactly the next 50 (or the rest). */
function checkPage(nodes: Array<{ name: string }>, after: number, size: number): void {
  const length = Math.min(PAGE, size - after);
  const expected = Array.from({ length }, (_, k) => `bulk-${String(after + k).padStart(6, '0')}`);
  const names = nodes.map((node) => node.name);
  if (names.join() !== expected.join())
    throw new Error(`the page after ${after} listed ${names[0]}…${names[names.length - 1]} (${names.length})`);
}

export function pagesTable(rows: PagesRow[]): string {
  const order: Backend[] = ['sqlite', 'postgres'];
  const sorted = [...rows].sort(
    (a, b) =>
      order.indexOf(a.backend) - order.indexOf(b.backend) ||
      a.latencyMs - b.latencyMs ||
      a.after / a.servers - b.after / b.servers ||
      a.servers - b.servers,
  );
  return table(
    [
      'backend',
      'servers',
      'page after',
      'cloud latency ms',
      'cloud calls',
      'cloud rounds',
      'requests',
      'p50 ms',
      'p95 ms',
      'server CPU ms per page',
      'server RSS MB',
    ],
    sorted.map((r) => [
      BACKEND_NAMES[r.backend],
      r.servers,
      r.after,
      r.latencyMs,
      r.calls,
      r.rounds,
      r.requests,
      r.p50,
      r.p95,
      r.cpuMs,
      r.rssMb,
    ]),
  );
}
