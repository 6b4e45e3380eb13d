import { Backend, BACKEND_NAMES, benchDb, BenchDb, cpuBetween } from '../lib/backend';
import { Child } from '../lib/child';
import { loadSpread } from '../lib/load';
import { table } from '../lib/table';
import { VIEWER_QUERY, viewerReplicas } from './throughput';

/** As the throughput scenario: this many connections in all, spread over the replicas. */
const CONNECTIONS = 16;

export interface ReplicaRow {
  backend: Backend;
  replicas: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  /** Every replica's CPU time over the requests, per request. */
  canopyCpuMs: number;
  /** PostgreSQL's backends' CPU time per request (NaN on SQLite, whose work is inside Canopy's). */
  databaseCpuMs: number;
}

/**
 * Issue 13: the throughput scenario's small authenticated query on one SQLite replica, then on
 * 1, 2 and 3 Canopy replicas (separate processes) on one PostgreSQL database, the load generator
 * spreading its connections over them. Every replica starts first (idle ones cost next to
 * nothing) and is warmed up, so the measurements follow each other within seconds: SQLite's,
 * then PostgreSQL's on the first one, two, three replicas. Target: one replica on PostgreSQL at
 * ≥ 0.7 of one on SQLite.
 */
export async function replicaThroughput(
  counts: number[],
  seconds: number,
  warmSeconds: number,
): Promise<{ markdown: string; rows: ReplicaRow[]; postgresToSqlite: number }> {
  const sqlite = await replicaSet('sqlite', 1);
  try {
    const postgres = await replicaSet('postgres', Math.max(...counts));
    try {
      for (const set of [sqlite, postgres]) await set.run(set.children.length, warmSeconds);
      const rows = [await sqlite.measure(1, seconds)];
      for (const count of counts) rows.push(await postgres.measure(count, seconds));
      return report(rows);
    } finally {
      await postgres.close();
    }
  } finally {
    await sqlite.close();
  }
}

function report(rows: ReplicaRow[]): { markdown: string; rows: ReplicaRow[]; postgresToSqlite: number } {
  const single = (backend: Backend) => rows.find((r) => r.backend === backend && r.replicas === 1)!;
  const postgresToSqlite = single('postgres').rps / single('sqlite').rps;
  const markdown = table(
    [
      'backend',
      'replicas',
      'requests/s',
      'p50 ms',
      'p99 ms',
      'errors',
      'Canopy CPU ms per request (all replicas)',
      'PostgreSQL CPU ms per request',
      'against 1 replica',
      'against 1 SQLite replica (target ≥ 0.7 at 1)',
    ],
    rows.map((r) => [
      BACKEND_NAMES[r.backend],
      r.replicas,
      r.rps,
      r.p50,
      r.p99,
      r.errors,
      r.canopyCpuMs,
      r.databaseCpuMs,
      r.rps / single(r.backend).rps,
      r.rps / single('sqlite').rps,
    ]),
  );
  return { markdown, rows, postgresToSqlite };
}

/** `count` replicas on a fresh database of `backend`, loaded on the first few of them at a time. */
async function replicaSet(backend: Backend, count: number) {
  const db = await benchDb(backend, 'replicas');
  let started: { children: Child[]; token: string };
  try {
    started = await viewerReplicas(db.location, count);
  } catch (error) {
    await db.remove();
    throw error;
  }
  const { children, token } = started;
  const run = (replicas: number, seconds: number) =>
    loadSpread({
      query: VIEWER_QUERY,
      token,
      connections: CONNECTIONS,
      urls: children.slice(0, replicas).map((c) => c.url),
      seconds,
    });
  return {
    children,
    run,
    async measure(replicas: number, seconds: number): Promise<ReplicaRow> {
      const result = await cpuOf(db, children.slice(0, replicas), () => run(replicas, seconds));
      if (result.errors > 0)
        throw new Error(`viewer query on ${replicas} ${backend} replicas: ${result.errors} errors`);
      return {
        backend,
        replicas,
        rps: result.rps,
        p50: result.p50,
        p99: result.p99,
        errors: result.errors,
        canopyCpuMs: result.canopyCpu / result.requests,
        databaseCpuMs: backend === 'postgres' ? result.databaseCpu / result.requests : NaN,
      };
    },
    async close() {
      for (const child of children) await child.stop();
      await db.remove();
    },
  };
}

/** A run with the CPU time Canopy's replicas and PostgreSQL's backends spent on it. */
async function cpuOf<T>(
  db: BenchDb,
  replicas: Child[],
  run: () => Promise<T>,
): Promise<T & { canopyCpu: number; databaseCpu: number }> {
  const canopy = () => replicas.reduce((sum, child) => sum + child.cpuMs(), 0);
  const [canopyBefore, databaseBefore] = [canopy(), await db.serverCpu()];
  const result = await run();
  const [canopyAfter, databaseAfter] = [canopy(), await db.serverCpu()];
  return { ...result, canopyCpu: canopyAfter - canopyBefore, databaseCpu: cpuBetween(databaseBefore, databaseAfter) };
}
