import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openDatabase, OpenedDb } from '../../src/db/client';

/**
 * Which backend the tests run on: SQLite files (`npm test`), or PostgreSQL (`npm run test:pg`,
 * which sets CANOPY_TEST_PG to a server URL and CANOPY_TEST_PG_PREFIX to this run's database
 * prefix, and drops every database of that prefix when jest ends).
 */
const PG_URL = process.env.CANOPY_TEST_PG ?? '';
export const ON_POSTGRES = PG_URL !== '';
export const describeSqlite = ON_POSTGRES ? describe.skip : describe;
export const itSqlite = ON_POSTGRES ? it.skip : it;

/**
 * The PostgreSQL server of the tests that need one whichever backend is under test (moving a
 * SQLite installation there, pg_dump backups): CANOPY_TEST_PG, else this machine's, as CI has it.
 */
export const SCRATCH_PG_URL = PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin<T>(work: (client: Client) => Promise<T>, url = PG_URL): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new Error(
      `This test needs PostgreSQL at ${url}, which does not answer (${error instanceof Error ? error.message : String(error)}): ` +
        'start it, or set CANOPY_TEST_PG to a server where the tests may create databases',
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new database named with this run's prefix (`npm run test:pg` drops what a crashed run left). */
async function createDatabase(url: string): Promise<TestLocation> {
  const name = `${process.env.CANOPY_TEST_PG_PREFIX ?? 'canopy_test'}_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`create database "${name}"`), url);
  return {
    location: withDatabase(url, name),
    remove: () => admin((c) => c.query(`drop database if exists "${name}" with (force)`), url).then(() => undefined),
  };
}

export interface TestLocation {
  /** What CANOPY_DB would be: a file path, or a postgres:// URL. */
  location: string;
  /** Removes the file's directory or drops the database (after everything using it closed). */
  remove(): Promise<void>;
}

/** Rows of one SQL statement run straight on a PostgreSQL database (a test's look behind Canopy). */
export async function pgRows<T>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A new, empty database on the backend under test. */
export async function freshLocation(): Promise<TestLocation> {
  if (!ON_POSTGRES) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'canopy-test-'));
    return {
      location: path.join(dir, 'canopy.db'),
      remove: () => Promise.resolve(fs.rmSync(dir, { recursive: true, force: true })),
    };
  }
  return createDatabase(PG_URL);
}

/**
 * A new, empty PostgreSQL database whichever backend is under test, on SCRATCH_PG_URL; fails
 * clearly when PostgreSQL does not answer. `remove()` drops it.
 */
export function scratchPostgres(): Promise<TestLocation> {
  return createDatabase(SCRATCH_PG_URL);
}

/** A fresh database opened (migrated) on the backend under test; closing it also removes it. */
export async function openTestDb(): Promise<OpenedDb> {
  const fresh = await freshLocation();
  const opened = await openDatabase(fresh.location);
  return {
    ...opened,
    close: async () => {
      await opened.close();
      await fresh.remove();
    },
  };
}
