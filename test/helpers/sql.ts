import type SQLite from 'better-sqlite3';
import type { OpenedDb } from '../../src/db/client';

/** The SQLite connection behind a test's database, for tests that inspect or break it with raw SQL. */
export function sqliteOf(opened: OpenedDb): SQLite.Database {
  if (!opened.sqlite) throw new Error('This test reaches into SQLite directly; it has no PostgreSQL form yet');
  return opened.sqlite;
}
