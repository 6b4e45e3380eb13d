import type SQLite from 'better-sqlite3';
import type { Pool } from 'pg';
import type { Database } from './database';

/** Counts SQL statements, so tests can pin them per operation as NetBox pins query counts. */
export class StatementCounter {
  count = 0;
}

export interface OpenedDb {
  db: Database;
  /**
   * On SQLite, the raw write connection, for what drizzle does not cover (online backup, test
   * inspection); idle between transactions. Absent on PostgreSQL.
   */
  sqlite?: SQLite.Database;
  /** On PostgreSQL, the pool. Absent on SQLite. */
  pool?: Pool;
  statements: StatementCounter;
  /** A function, not a method: callers destructure it. */
  close: () => Promise<void>;
}

export interface DbOptions {
  onStatement?: () => void;
  /** SQLite only. */
  synchronous?: Synchronous;
  /** PostgreSQL only: connections per process (CANOPY_DB_POOL). */
  poolSize?: number;
}

/**
 * How hard a commit waits for the disk. FULL (the default) syncs the WAL on every commit, so an
 * acknowledged mutation survives power loss; NORMAL syncs only at checkpoints and may lose the
 * last commits on power loss (never corrupts). CANOPY_DB_SYNCHRONOUS relaxes it; docs/OPERATIONS.md.
 */
export type Synchronous = 'FULL' | 'NORMAL';
