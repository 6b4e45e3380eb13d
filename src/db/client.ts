import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { MIGRATIONS_DIR } from '../paths';

export type Db = BetterSQLite3Database;
/** The handle a `db.transaction(...)` callback gets. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Counts SQL statements, so tests can pin them per operation as NetBox pins query counts. */
export class StatementCounter {
  count = 0;
}

export interface OpenedDb {
  db: Db;
  /** The raw connection, for what drizzle does not cover (online backup, test inspection). */
  sqlite: Database.Database;
  statements: StatementCounter;
  /** A function, not a method: callers destructure it. */
  close: () => void;
}

/**
 * How hard a commit waits for the disk. FULL (the default) syncs the WAL on every commit, so an
 * acknowledged mutation survives power loss; NORMAL syncs only at checkpoints and may lose the
 * last commits on power loss (never corrupts). CANOPY_DB_SYNCHRONOUS relaxes it; docs/OPERATIONS.md.
 */
export type Synchronous = 'FULL' | 'NORMAL';

/** Opens (creating when missing) the SQLite file and applies every pending migration from drizzle/. */
export function openDb(
  file: string,
  onStatement: () => void = () => undefined,
  synchronous: Synchronous = 'FULL',
): OpenedDb {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma(`synchronous = ${synchronous}`);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const statements = new StatementCounter();
  const db = drizzle(sqlite, {
    logger: {
      logQuery: () => {
        statements.count++;
        onStatement();
      },
    },
  });
  migrate(db, { migrationsFolder: MIGRATIONS_DIR });
  // Table statistics let the planner choose between an index and a scan by id (the ticket lists
  // need both, depending on how much a filter matches); SQLite's advice for long-lived connections:
  // optimize at open, then hourly. It only re-analyses tables that changed a lot, with a bounded cost.
  sqlite.pragma('optimize = 0x10002');
  const optimizer = setInterval(() => sqlite.pragma('optimize'), 3_600_000).unref();
  const close = () => {
    clearInterval(optimizer);
    sqlite.close();
  };
  return { db, sqlite, statements, close };
}
