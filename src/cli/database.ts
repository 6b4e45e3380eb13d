import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { isPostgresUrl, openDatabase } from '../db/client';
import { redactUrl } from './libpq';
import { backupPostgres, fileStartsWith, restorePostgres } from './postgres-backup';

const PG_DUMP_HEADER = 'PGDMP';

/** Creates the database if missing (a SQLite file; PostgreSQL's must exist) and applies pending migrations. */
export async function migrateDatabase(location: string): Promise<string> {
  const opened = await openDatabase(location);
  let applied: number;
  try {
    if (opened.sqlite) {
      applied = (opened.sqlite.prepare('select count(*) n from __drizzle_migrations').get() as { n: number }).n;
    } else {
      const { rows } = await opened.pool!.query<{ n: number }>(
        'select count(*)::int n from drizzle.__drizzle_migrations',
      );
      applied = rows[0].n;
    }
  } finally {
    await opened.close();
  }
  return `${redactUrl(location)}: ${applied} migrations applied, schema up to date`;
}

/**
 * An online backup, consistent while the server writes: SQLite's backup API into a new SQLite
 * file, or pg_dump's custom format for PostgreSQL.
 */
export async function backupDatabase(location: string, target: string): Promise<string> {
  if (isPostgresUrl(location)) return backupPostgres(location, target);
  if (!fs.existsSync(location)) throw new Error(`No database at ${location}`);
  if (fs.existsSync(target)) throw new Error(`${target} exists; choose a new file`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const source = new Database(location, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  return `Backed up ${location} to ${target} (${fs.statSync(target).size} bytes)`;
}

/**
 * Checks the backup, replaces the database's content with it (SQLite: page by page into the file;
 * PostgreSQL: pg_restore in one transaction), then applies newer migrations.
 */
export async function restoreDatabase(backup: string, location: string): Promise<string> {
  if (isPostgresUrl(location)) await restorePostgres(backup, location);
  else await restoreSqlite(backup, location);
  return `Restored ${backup} into ${redactUrl(location)}. ${await migrateDatabase(location)}`;
}

async function restoreSqlite(backup: string, dbPath: string): Promise<void> {
  if (fs.existsSync(backup) && fileStartsWith(backup, PG_DUMP_HEADER))
    throw new Error(`${backup} is a PostgreSQL backup (pg_dump); restore it into a postgres:// CANOPY_DB`);
  const source = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    const integrity = source.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new Error(`${backup} is damaged: ${String(integrity)}`);
    if (!source.prepare("select 1 from sqlite_master where name = '__drizzle_migrations'").get())
      throw new Error(`${backup} is not a Canopy database`);
    fs.mkdirSync(path.dirname(path.resolve(dbPath)), { recursive: true });
    await source.backup(dbPath);
  } finally {
    source.close();
  }
}
