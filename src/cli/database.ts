import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDb } from '../db/client';

export function migrateDatabase(dbPath: string): string {
  const opened = openDb(dbPath);
  const sqlite = opened.sqlite!;
  const close = opened.close;
  const applied = (sqlite.prepare('select count(*) n from __drizzle_migrations').get() as { n: number }).n;
  void close();
  return `${dbPath}: ${applied} migrations applied, schema up to date`;
}

/** SQLite's online backup: a consistent copy even while the server writes. */
export async function backupDatabase(dbPath: string, target: string): Promise<string> {
  if (!fs.existsSync(dbPath)) throw new Error(`No database at ${dbPath}`);
  if (fs.existsSync(target)) throw new Error(`${target} exists; choose a new file`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const source = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    await source.backup(target);
  } finally {
    source.close();
  }
  return `Backed up ${dbPath} to ${target} (${fs.statSync(target).size} bytes)`;
}

/** Checks the backup, copies it page by page into the database file, then applies newer migrations. */
export async function restoreDatabase(backup: string, dbPath: string): Promise<string> {
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
  return `Restored ${backup} into ${dbPath}. ${migrateDatabase(dbPath)}`;
}
