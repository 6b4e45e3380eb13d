import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { MIGRATIONS_DIR } from '../paths';
import { DbOptions, OpenedDb, StatementCounter, Synchronous } from './opened-db';
import { openPostgres } from './postgres-client';
import { SqliteDatabase } from './sqlite-database';

export { DbOptions, OpenedDb, StatementCounter, Synchronous } from './opened-db';

/** A postgres:// (or postgresql://) URL is PostgreSQL; anything else is a SQLite file path. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//.test(location);
}

/** Opens the database at `location`, either backend, migrated to the current schema. */
export function openDatabase(location: string, options: DbOptions = {}): Promise<OpenedDb> {
  return isPostgresUrl(location)
    ? openPostgres(location, options.onStatement, options.poolSize)
    : Promise.resolve(openDb(location, options.onStatement, options.synchronous));
}

/**
 * Opens (creating when missing) the SQLite file with its write and read connections, and applies
 * every pending migration from drizzle/. ':memory:' becomes a private temporary file, removed on
 * close: two connections cannot share an in-memory database, and WAL needs a file.
 */
export function openDb(
  file: string,
  onStatement: () => void = () => undefined,
  synchronous: Synchronous = 'FULL',
): OpenedDb {
  const temporary = file === ':memory:' ? fs.mkdtempSync(path.join(os.tmpdir(), 'canopy-db-')) : undefined;
  const location = temporary ? path.join(temporary, 'canopy.db') : file;
  fs.mkdirSync(path.dirname(path.resolve(location)), { recursive: true });
  const statements = new StatementCounter();
  const logger = {
    logQuery: () => {
      statements.count++;
      onStatement();
    },
  };
  const writeConnection = new SQLite(location);
  writeConnection.pragma('journal_mode = WAL');
  writeConnection.pragma(`synchronous = ${synchronous}`);
  writeConnection.pragma('foreign_keys = ON');
  writeConnection.pragma('busy_timeout = 5000');
  const writer = drizzle(writeConnection, { logger });
  migrate(writer, { migrationsFolder: path.join(MIGRATIONS_DIR, 'sqlite') });
  // Table statistics let the planner choose between an index and a scan by id (the ticket lists
  // need both, depending on how much a filter matches); SQLite's advice for long-lived connections:
  // optimize at open, then hourly. It only re-analyses tables that changed a lot, with a bounded cost.
  writeConnection.pragma('optimize = 0x10002');
  const readConnection = new SQLite(location);
  readConnection.pragma('busy_timeout = 5000');
  // Writes belong to the write connection: one here would slip past the mutex.
  readConnection.pragma('query_only = ON');
  const db = new SqliteDatabase(writeConnection, writer, readConnection, drizzle(readConnection, { logger }));
  // Through the mutex, since it writes statistics on the write connection. A failed run (the file
  // busy with another process) only leaves older statistics until the next hour.
  const optimizer = setInterval(
    () => void db.transaction(() => Promise.resolve(writeConnection.pragma('optimize'))).catch(() => undefined),
    3_600_000,
  ).unref();
  const close = () => {
    clearInterval(optimizer);
    readConnection.close();
    writeConnection.close();
    if (temporary) fs.rmSync(temporary, { recursive: true, force: true });
    return Promise.resolve();
  };
  return { db, sqlite: writeConnection, statements, close };
}

/** The URL as messages may show it: any password replaced by ***. */
export function redactUrl(location: string): string {
  if (!isPostgresUrl(location)) return location;
  try {
    const parsed = new URL(location);
    if (parsed.password) parsed.password = '***';
    if (parsed.searchParams.has('password')) parsed.searchParams.set('password', '***');
    return parsed.toString();
  } catch {
    return 'the PostgreSQL database of CANOPY_DB';
  }
}
