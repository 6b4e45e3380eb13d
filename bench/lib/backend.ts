import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { Client } from 'pg';
import { cpuMsOf } from './child';
import { tempDb } from './tempdb';

/** The database a scenario runs Canopy on: a SQLite file or a PostgreSQL database (CANOPY_DB either way). */
export type Backend = 'sqlite' | 'postgres';

export const BACKEND_NAMES: Record<Backend, string> = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

/** The PostgreSQL server the bench makes its databases on (CANOPY_BENCH_PG), as CANOPY_TEST_PG is the tests'. */
export const PG_URL = process.env.CANOPY_BENCH_PG || 'postgres://postgres@127.0.0.1:5432/postgres';

/** This run's database names start so: whatever a failed scenario left behind is dropped at the end (dropLeftovers). */
const PREFIX = `canopy_bench_${process.pid}_${randomBytes(3).toString('hex')}`;
let made = 0;

/** A failure of the bench's set-up, printed as it is (no stack). */
export class SetupError extends Error {}

/** The URL without its password, for messages. */
function shown(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function onServer<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: PG_URL, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Fails with a clear message when the PostgreSQL server cannot be reached: the bench then stops before any scenario. */
export async function checkPostgres(): Promise<void> {
  try {
    await onServer((c) => c.query('select 1'));
  } catch (error) {
    const reason = error instanceof Error ? error.message || error.name : String(error);
    throw new SetupError(
      `PostgreSQL is not reachable at ${shown(PG_URL)} (${reason}). Start it, point CANOPY_BENCH_PG at one, or run only SQLite with --db=sqlite.`,
    );
  }
}

export interface BenchDb {
  backend: Backend;
  /** What CANOPY_DB is: a file path or a postgres:// URL. */
  location: string;
  /** On disk: SQLite's file and its WAL; PostgreSQL's tables with their indexes and TOAST. */
  sizeMb(): Promise<number>;
  /**
   * CPU time (user + system, ms) PostgreSQL's backends serving this database have used so far,
   * keyed by backend pid; empty on SQLite, whose work runs inside Canopy's process.
   */
  serverCpu(): Promise<Map<number, number>>;
  /** Removes the file's directory or drops the database (after everything using it closed). */
  remove(): Promise<void>;
}

/** A fresh, empty database for one scenario on `backend`. */
export async function benchDb(backend: Backend, name: string): Promise<BenchDb> {
  if (backend === 'sqlite') {
    const db = tempDb(name);
    const size = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);
    return {
      backend,
      location: db.file,
      sizeMb: () => Promise.resolve((size(db.file) + size(`${db.file}-wal`)) / 1e6),
      serverCpu: () => Promise.resolve(new Map()),
      remove: () => Promise.resolve(db.remove()),
    };
  }
  const database = `${PREFIX}_${name}_${++made}`;
  await onServer((c) => c.query(`create database "${database}"`));
  const location = withDatabase(PG_URL, database);
  return {
    backend,
    location,
    sizeMb: async () => {
      const client = new Client({ connectionString: location });
      await client.connect();
      try {
        const { rows } = await client.query<{ bytes: string }>(
          `select coalesce(sum(pg_total_relation_size(c.oid)), 0) as bytes from pg_class c
           join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r'`,
        );
        return Number(rows[0].bytes) / 1e6;
      } finally {
        await client.end();
      }
    },
    serverCpu: async () => {
      const { rows } = await onServer((c) =>
        c.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [database]),
      );
      const cpu = new Map<number, number>();
      for (const { pid } of rows) {
        const ms = cpuMsOf(pid);
        if (ms !== undefined) cpu.set(pid, ms);
      }
      return cpu;
    },
    remove: () => onServer((c) => c.query(`drop database if exists "${database}" with (force)`)).then(() => undefined),
  };
}

/** CPU ms PostgreSQL's backends used between two `serverCpu()` samples (a backend first seen in `after` counts whole). */
export function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** Drops every database of this run still there (a scenario that failed before its clean-up). */
export async function dropLeftovers(): Promise<void> {
  await onServer(async (c) => {
    const { rows } = await c.query<{ datname: string }>('select datname from pg_database where datname like $1', [
      `${PREFIX}%`,
    ]);
    for (const { datname } of rows) await c.query(`drop database if exists "${datname}" with (force)`);
  });
}
