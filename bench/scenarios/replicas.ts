import { Backend, BACKEND_NAMES, benchDb, BenchDb, cpuBetween } from '../lib/backend';
import { Child } from '../lib/child';
import { LoadResult, loadSpread, mergeRounds } from '../lib/load';
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

/** Rounds of about two seconds each, so that the machine's load drifting during the run weighs on both backends alike. */
const ROUND_SECONDS = 2;

/**
 * Issue 13: the throughput scenario's small authenticated query on one SQLite replica, then on
 * 1, 2 and 3 Canopy replicas (separate processes) on one PostgreSQL database, the load generator
 * spreading its connections over them. Every replica starts first (idle ones cost next to
 * nothing) and is warmed up. The one-replica pair, which the target compares, is measured in
 * alternating rounds (SQLite, PostgreSQL, then PostgreSQL, SQLite, ...): measured one after the
 * other, the other work on a shared machine moved their ratio between 0.5 and 0.75 from run to
 * run. Then PostgreSQL's two and three replicas. Target: one replica on PostgreSQL at ≥ 0.7 of
 * one on SQLite.
 */
export async function replicaThroughput(
  counts: number[],
  seconds: number,
  warmSeconds: number,
): Promise<{ markdown: string; rows: ReplicaRow[]; postgresToSqlite: number; roundRatios: number[] }> {
  const sqlite = await replicaSet('sqlite', 1);
  try {
    const postgres = await replicaSet('postgres', Math.max(...counts));
    try {
      for (const set of [sqlite, postgres]) await set.warm(warmSeconds);
      const rounds = Math.max(1, Math.round(seconds / ROUND_SECONDS));
      const pair: [ReplicaSet, ReplicaSet] = [sqlite, postgres];
      const single = await alternate(pair, rounds, seconds / rounds);
      const rows = [...single.rows];
      for (const count of counts.filter((c) => c > 1)) rows.push(await postgres.measure(count, seconds));
      const reported = report(rows);
      const perRound = single.ratios.map((r) => r.toFixed(2)).join(', ');
      return {
        ...reported,
        markdown: `${reported.markdown}\n\nOne replica, PostgreSQL ÷ SQLite in each of the ${rounds} alternating rounds: ${perRound}.`,
        roundRatios: single.ratios,
      };
    } finally {
      await postgres.close();
    }
  } finally {
    await sqlite.close();
  }
}

/** One replica of each set, measured in `rounds` alternating rounds; each set's rounds merged, and each round's ratio. */
async function alternate(
  [first, second]: [ReplicaSet, ReplicaSet],
  rounds: number,
  seconds: number,
): Promise<{ rows: ReplicaRow[]; ratios: number[] }> {
  const measured = new Map<ReplicaSet, Measured[]>([
    [first, []],
    [second, []],
  ]);
  const ratios: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [first, second] : [second, first];
    for (const set of order) measured.get(set)!.push(await set.measureRound(1, seconds));
    const [a, b] = [first, second].map((set) => measured.get(set)!.at(-1)!.load.rps);
    ratios.push(b / a);
  }
  return { rows: [first, second].map((set) => set.row(1, measured.get(set)!)), ratios };
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
  // Each replica alone under the full load: warming them together left each pool with only its
  // share of the connections opened and their statements prepared, so the first measured round on
  // one replica paid for opening the rest (it came out at half the later rounds' rate).
  const warm = async (seconds: number) => {
    for (const child of children)
      await loadSpread({ query: VIEWER_QUERY, token, connections: CONNECTIONS, urls: [child.url], seconds });
  };
  const measureRound = async (replicas: number, roundSeconds: number): Promise<Measured> => {
    const result = await cpuOf(db, children.slice(0, replicas), () => run(replicas, roundSeconds));
    if (result.errors > 0) throw new Error(`viewer query on ${replicas} ${backend} replicas: ${result.errors} errors`);
    return { load: result, canopyCpu: result.canopyCpu, databaseCpu: result.databaseCpu };
  };
  const row = (replicas: number, rounds: Measured[]): ReplicaRow => {
    const load = mergeRounds(rounds.map((r) => r.load));
    const sum = (of: (r: Measured) => number) => rounds.reduce((total, r) => total + of(r), 0);
    return {
      backend,
      replicas,
      rps: load.rps,
      p50: load.p50,
      p99: load.p99,
      errors: load.errors,
      canopyCpuMs: sum((r) => r.canopyCpu) / load.requests,
      databaseCpuMs: backend === 'postgres' ? sum((r) => r.databaseCpu) / load.requests : NaN,
    };
  };
  return {
    children,
    warm,
    measureRound,
    row,
    async measure(replicas: number, seconds: number): Promise<ReplicaRow> {
      return row(replicas, [await measureRound(replicas, seconds)]);
    },
    async close() {
      for (const child of children) await child.stop();
      await db.remove();
    },
  };
}

interface Measured {
  load: LoadResult;
  canopyCpu: number;
  databaseCpu: number;
}

type ReplicaSet = Awaited<ReturnType<typeof replicaSet>>;

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
