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

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: PG_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
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
  const name = `${process.env.CANOPY_TEST_PG_PREFIX ?? 'canopy_test'}_${randomBytes(5).toString('hex')}`;
  await admin((c) => c.query(`create database "${name}"`));
  return {
    location: withDatabase(PG_URL, name),
    remove: () => admin((c) => c.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
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
