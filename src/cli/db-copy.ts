import fs from 'node:fs';
import SQLite from 'better-sqlite3';
import { asc, DrizzleQueryError, getTableColumns, sql } from 'drizzle-orm';
import { BetterSQLite3Database, drizzle as sqliteDrizzle } from 'drizzle-orm/better-sqlite3';
import { drizzle as pgDrizzle, NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig, SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { isPostgresUrl, openDatabase, openDb } from '../db/client';
import { pgTables } from '../db/dialect-tables';
import { redactUrl } from './libpq';
import { OrderedTable, tablesInForeignKeyOrder } from './tables';

type PgTx = Parameters<Parameters<NodePgDatabase['transaction']>[0]>[0];
type Row = Record<string, unknown>;

/** Rows per INSERT; fewer for wide tables, as one statement takes at most 65,535 parameters. */
const BATCH_ROWS = 1000;
const MAX_PARAMETERS = 65_535;

/**
 * `canopy db copy --to postgres://…`: moves a SQLite installation into an empty PostgreSQL
 * database, every table of src/cli/tables.ts with ids kept. Both are migrated first. The SQLite
 * side is read in one snapshot; the PostgreSQL side is written in one transaction (all or
 * nothing), its tables locked against writers, and refused when any already holds rows. Values
 * go through drizzle on both sides, each column read as its SQLite type and written as its
 * PostgreSQL one (timestamps, booleans, JSON). Each id sequence then starts past the largest id
 * SQLite ever gave (AUTOINCREMENT's record, so an id freed by a deletion stays unused).
 */
export async function copyDatabase(source: string, target: string): Promise<string> {
  if (isPostgresUrl(source))
    throw new Error('CANOPY_DB must name the SQLite file to copy from; it names a PostgreSQL database');
  if (!isPostgresUrl(target)) throw new Error(`--to must be a postgres:// URL, got ${target}`);
  assertCanopySqlite(source);
  const from = openDb(source);
  try {
    const to = await openDatabase(target);
    try {
      const sqlite = from.sqlite!;
      // A read transaction on an idle connection: every table read at the same moment.
      sqlite.exec('BEGIN');
      try {
        const reader = sqliteDrizzle(sqlite);
        const counts = await pgDrizzle(to.pool!)
          .transaction((tx) => copyTables(reader, tx, redactUrl(target)))
          .catch((error: unknown) => {
            throw new Error(reason(error));
          });
        return report(source, target, counts);
      } finally {
        sqlite.exec('ROLLBACK');
      }
    } finally {
      await to.close();
    }
  } finally {
    await from.close();
  }
}

/** Migrating the source writes into it: refused for a file that is not Canopy's. */
function assertCanopySqlite(file: string): void {
  if (!fs.existsSync(file)) throw new Error(`No database at ${file}`);
  const probe = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    if (!probe.prepare("select 1 from sqlite_master where name = '__drizzle_migrations'").get())
      throw new Error(`${file} is not a Canopy database`);
  } finally {
    probe.close();
  }
}

function pgTableOf(table: SQLiteTable): PgTable {
  return pgTables({ table }).table;
}

async function copyTables(
  reader: BetterSQLite3Database,
  tx: PgTx,
  target: string,
): Promise<{ name: string; rows: number }[]> {
  const tables = tablesInForeignKeyOrder();
  const names = tables.map((t) => `"${t.name}"`).join(', ');
  await tx.execute(sql.raw(`lock table ${names} in exclusive mode`));
  const held: string[] = [];
  for (const t of tables) {
    const { rows } = await tx.execute<{ held: boolean }>(sql.raw(`select exists (select 1 from "${t.name}") as held`));
    if (rows[0].held) held.push(t.name);
  }
  if (held.length > 0)
    throw new Error(
      `${target} already holds Canopy data (rows in ${held.join(', ')}); db copy fills only an empty database: create a new one`,
    );
  const sequences = new Map(
    reader
      .all<{ name: string; seq: number }>(sql`select name, seq from sqlite_sequence`)
      .map((s) => [s.name, Number(s.seq)]),
  );
  const counts = [];
  for (const t of tables) {
    const rows = await copyTable(reader, tx, t).catch((error: unknown) => {
      throw new Error(`${t.name}: ${reason(error)}; nothing was copied`);
    });
    const [{ n }] = reader.all<{ n: number }>(sql.raw(`select count(*) n from "${t.name}"`));
    const { rows: written } = await tx.execute<{ n: number }>(sql.raw(`select count(*)::int n from "${t.name}"`));
    if (rows !== n || written[0].n !== n)
      throw new Error(`${t.name}: ${n} rows in SQLite, ${rows} read, ${written[0].n} written; nothing was copied`);
    await setSequence(tx, t, sequences.get(t.name) ?? 0);
    counts.push({ name: t.name, rows });
  }
  return counts;
}

async function copyTable(reader: BetterSQLite3Database, tx: PgTx, t: OrderedTable): Promise<number> {
  const target = pgTableOf(t.table);
  const columns = Object.values(getTableColumns(t.table));
  const batch = Math.min(BATCH_ROWS, Math.floor(MAX_PARAMETERS / columns.length));
  const insert = async (rows: Row[]) => {
    for (let i = 0; i < rows.length; i += batch) await tx.insert(target).values(rows.slice(i, i + batch));
  };
  const order = primaryKey(t.table).map((c) => asc(c));
  if (t.selfReferences) {
    // A row may point at another of its table (a group at its parent): the referenced row goes first.
    const rows = parentsFirst(
      await reader
        .select()
        .from(t.table)
        .orderBy(...order),
      t.table,
    );
    await insert(rows);
    return rows.length;
  }
  let copied = 0;
  for (;;) {
    const rows = await reader
      .select()
      .from(t.table)
      .orderBy(...order)
      .limit(batch)
      .offset(copied);
    await insert(rows);
    copied += rows.length;
    if (rows.length < batch) return copied;
  }
}

/**
 * What went wrong, without the statement and its parameters that drizzle's error carries: those
 * are the rows themselves (password hashes among them), not for a terminal or a log.
 */
function reason(error: unknown): string {
  const cause = error instanceof DrizzleQueryError && error.cause ? error.cause : error;
  if (!(cause instanceof Error)) return String(cause);
  const detail = (cause as { detail?: string }).detail;
  return detail ? `${cause.message} (${detail})` : cause.message;
}

function primaryKey(table: SQLiteTable): SQLiteColumn[] {
  const config = getTableConfig(table);
  const composite = config.primaryKeys[0]?.columns;
  return composite ?? config.columns.filter((c) => c.primary);
}

/** The rows reordered so that each comes after the row its self-referencing foreign key names. */
function parentsFirst(rows: Row[], table: SQLiteTable): Row[] {
  const keyOf = new Map(Object.entries(getTableColumns(table)).map(([key, column]) => [column, key]));
  const links = getTableConfig(table)
    .foreignKeys.map((fk) => fk.reference())
    .filter((ref) => ref.foreignTable === table)
    .map((ref) => ({
      child: ref.columns.map((c) => keyOf.get(c)!),
      parent: ref.foreignColumns.map((c) => keyOf.get(c)!),
    }));
  const identity = (row: Row, keys: string[]) => JSON.stringify(keys.map((k) => row[k]));
  const referenced = links.map((link) => new Map(rows.map((row) => [identity(row, link.parent), row])));
  const ordered: Row[] = [];
  const state = new Map<Row, 'visiting' | 'placed'>();
  const place = (row: Row) => {
    if (state.get(row) === 'placed') return;
    if (state.get(row) === 'visiting')
      throw new Error(`${getTableConfig(table).name}: rows reference each other in a circle`);
    state.set(row, 'visiting');
    links.forEach((link, i) => {
      if (link.child.some((k) => row[k] === null)) return;
      const parent = referenced[i].get(identity(row, link.child));
      if (parent && parent !== row) place(parent);
    });
    state.set(row, 'placed');
    ordered.push(row);
  };
  rows.forEach(place);
  return ordered;
}

/** The next id PostgreSQL gives is past both the largest copied id and every id SQLite ever gave. */
async function setSequence(tx: PgTx, t: OrderedTable, sqliteSequence: number): Promise<void> {
  const column = getTableConfig(t.table).columns.find(
    (c) => (c as unknown as { autoIncrement: boolean }).autoIncrement,
  );
  if (!column) return;
  const { rows } = await tx.execute<{ max: string }>(
    sql.raw(`select coalesce(max("${column.name}"), 0)::text as max from "${t.name}"`),
  );
  const next = Math.max(Number(rows[0].max), sqliteSequence) + 1;
  await tx.execute(sql`select setval(pg_get_serial_sequence(${`"${t.name}"`}, ${column.name}), ${next}, false)`);
}

function report(source: string, target: string, counts: { name: string; rows: number }[]): string {
  const width = Math.max(...counts.map((c) => c.name.length));
  const total = counts.reduce((n, c) => n + c.rows, 0);
  return [
    `Copied ${source} into ${redactUrl(target)}, in one transaction:`,
    ...counts.map((c) => `  ${c.name.padEnd(width)} ${String(c.rows).padStart(8)}`),
    `${counts.length} tables, ${total} rows; ids kept, each id sequence set past the largest id.`,
    'Sessions, login lockouts and the audit came along. Set CANOPY_DB to the PostgreSQL URL and start Canopy;',
    `keep ${source} as the backup of the move (docs/OPERATIONS.md, "Moving from SQLite to PostgreSQL").`,
  ].join('\n');
}
