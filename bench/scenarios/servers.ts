import { Backend, BACKEND_NAMES, benchDb } from '../lib/backend';
import { Child, startChild } from '../lib/child';
import { callWithExtensions, load, loginToken } from '../lib/load';
import { serversTenant } from '../lib/seed-servers';
import { table } from '../lib/table';
import { ADMIN_PASSWORD, USER_PASSWORD } from '../lib/tempdb';
import { pageServers, SERVERS_PAGE, SERVERS_PAGE_SIZE } from './servers-page.queries';

export interface ServersRow {
  backend: Backend;
  servers: number;
  latencyMs: number;
  calls: number;
  rounds: number;
  p50: number;
  p95: number;
  cpuMs: number;
  rssMb: number;
}

/**
 * Item 1: the servers page of one tenant (tenant admin) at growing sizes, against two Canopy
 * children on one database (on `backend`), the simulated cloud answering at once or after
 * `slowMs` per call. Target: calls constant; at 20 ms and 1,000 servers p50 < 150 ms.
 */
export async function serversPage(
  backend: Backend,
  sizes: number[],
  slowMs: number,
  budgetMs: number,
): Promise<ServersRow[]> {
  const db = await benchDb(backend, 'servers');
  const seeder = await serversTenant(db.location);
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
    const token = await loginToken(children[0].child.url, 'admin#big-co', USER_PASSWORD);
    const variables = { tenantId: seeder.tenantId, first: SERVERS_PAGE_SIZE };
    const rows: ServersRow[] = [];
    for (const size of sizes) {
      await seeder.growTo(size);
      for (const { latencyMs, child } of children) {
        const first = await callWithExtensions<{ tenant: { servers: { nodes: unknown[] } } }>(
          child.url,
          SERVERS_PAGE,
          variables,
          token,
        );
        const listed = pageServers(first.data).length;
        if (listed !== Math.min(size, SERVERS_PAGE_SIZE))
          throw new Error(`servers page listed ${listed} servers, not ${Math.min(size, SERVERS_PAGE_SIZE)}`);
        // As many requests as fit the time budget (the first one tells), at least 5, one at a time.
        const started = Date.now();
        await callWithExtensions(child.url, SERVERS_PAGE, variables, token);
        const amount = Math.max(5, Math.min(200, Math.floor(budgetMs / Math.max(1, Date.now() - started))));
        const cpuBefore = child.cpuMs();
        const result = await load({ url: child.url, token, query: SERVERS_PAGE, variables, connections: 1, amount });
        if (result.errors > 0) throw new Error(`servers page: ${result.errors} errors`);
        const cpuMs = (child.cpuMs() - cpuBefore) / result.requests;
        rows.push({
          backend,
          servers: size,
          latencyMs,
          calls: Number(first.extensions.cloudCalls),
          rounds: Number(first.extensions.cloudRounds),
          p50: result.p50,
          p95: result.p95,
          cpuMs,
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

/** One table for every backend's rows, each size's rows side by side. */
export function serversTable(rows: ServersRow[]): string {
  const order: Backend[] = ['sqlite', 'postgres'];
  const sorted = [...rows].sort(
    (a, b) => a.servers - b.servers || a.latencyMs - b.latencyMs || order.indexOf(a.backend) - order.indexOf(b.backend),
  );
  return table(
    [
      'backend',
      'servers',
      'cloud latency ms',
      'cloud calls',
      'cloud rounds',
      'p50 ms',
      'p95 ms',
      'server CPU ms per request',
      'server RSS MB',
    ],
    sorted.map((r) => [
      BACKEND_NAMES[r.backend],
      r.servers,
      r.latencyMs,
      r.calls,
      r.rounds,
      r.p50,
      r.p95,
      r.cpuMs,
      r.rssMb,
    ]),
  );
}
