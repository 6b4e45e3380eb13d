import { Column, is, SQL, StringChunk } from 'drizzle-orm';
import {
  bigint,
  boolean,
  doublePrecision,
  foreignKey,
  index,
  jsonb,
  PgColumnBuilderBase,
  PgDialect,
  pgTable,
  PgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { getTableConfig, SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Reader, Tx } from './database';

/**
 * Tables are declared once, with sqlite-core, in each domain's *.tables.ts. PostgreSQL gets the
 * same tables in its own types, derived here column by column (bigint, boolean, timestamptz,
 * text, jsonb), with the same names, defaults, keys, foreign keys and indexes; drizzle-kit makes
 * drizzle/pg/ from them, and the queries run on them. Anything this cannot translate throws when
 * the table is first used, so nothing drifts silently (docs/DATABASE.md).
 */
const converted = new WeakMap<SQLiteTable, PgTable>();

/** SQL defaults in SQLite's words and their PostgreSQL forms, by the text of the expression. */
const SQL_DEFAULTS: Record<string, Record<string, SQL>> = {
  SQLiteTimestamp: {
    "(unixepoch('subsec') * 1000)": new SQL([new StringChunk('now()')]),
    '0': new SQL([new StringChunk("'epoch'")]),
  },
};

function sqlText(value: SQL): string {
  return value.queryChunks.map((chunk) => (is(chunk, StringChunk) ? chunk.value.join('') : '?')).join('');
}

type Config = ReturnType<typeof getTableConfig>;

function pgColumn(tableName: string, column: SQLiteColumn): PgColumnBuilderBase {
  const where = `${tableName}.${column.name}`;
  const kind = column.columnType;
  let builder;
  switch (kind) {
    case 'SQLiteInteger':
      // SQLite's INTEGER is 64-bit: bigint, read as a number.
      builder = bigint(column.name, { mode: 'number' });
      if ((column as unknown as { autoIncrement: boolean }).autoIncrement)
        builder = builder.generatedByDefaultAsIdentity();
      break;
    case 'SQLiteBoolean':
      builder = boolean(column.name);
      break;
    case 'SQLiteTimestamp':
      builder = timestamp(column.name, { withTimezone: true, precision: 3, mode: 'date' });
      break;
    case 'SQLiteText':
      builder = column.enumValues?.length
        ? text(column.name, { enum: column.enumValues as [string, ...string[]] })
        : text(column.name);
      break;
    case 'SQLiteTextJson':
      builder = jsonb(column.name);
      break;
    case 'SQLiteReal':
      builder = doublePrecision(column.name);
      break;
    default:
      throw new Error(`${where}: no PostgreSQL type for ${kind}`);
  }
  if (column.notNull) builder = builder.notNull();
  if (column.primary) builder = builder.primaryKey();
  if (column.isUnique) builder = builder.unique(column.uniqueName);
  if (column.hasDefault && column.default !== undefined) {
    if (is(column.default, SQL)) {
      const pgDefault = SQL_DEFAULTS[kind]?.[sqlText(column.default)];
      if (!pgDefault) throw new Error(`${where}: no PostgreSQL form for the default ${sqlText(column.default)}`);
      builder = builder.default(pgDefault);
    } else {
      builder = builder.default(column.default as never);
    }
  }
  if (column.defaultFn) builder = builder.$defaultFn(column.defaultFn as () => never);
  return builder;
}

function toPgTable(table: SQLiteTable): PgTable {
  const known = converted.get(table);
  if (known) return known;
  const config: Config = getTableConfig(table);
  if (config.checks.length > 0) throw new Error(`${config.name}: CHECK constraints have no PostgreSQL translation yet`);
  const columns: Record<string, PgColumnBuilderBase> = {};
  const keyOf = new Map<string, string>();
  for (const [key, column] of Object.entries(table) as [string, unknown][]) {
    if (!is(column, Column)) continue;
    columns[key] = pgColumn(config.name, column as SQLiteColumn);
    keyOf.set((column as SQLiteColumn).name, key);
  }
  const pg: PgTable = pgTable(config.name, columns, (t) => {
    const col = (column: { name: string }) => (t as Record<string, never>)[keyOf.get(column.name) ?? column.name];
    const extras = [];
    for (const idx of config.indexes) {
      if (idx.config.where) throw new Error(`${config.name}: partial index ${idx.config.name} has no translation yet`);
      const cols = idx.config.columns.map((c) => col(c as SQLiteColumn)) as [never, ...never[]];
      extras.push((idx.config.unique ? uniqueIndex : index)(idx.config.name).on(...cols));
    }
    for (const pk of config.primaryKeys) {
      extras.push(primaryKey({ columns: pk.columns.map(col) as [never, ...never[]] }));
    }
    for (const u of config.uniqueConstraints) {
      extras.push(unique(u.name).on(...(u.columns.map(col) as [never, ...never[]])));
    }
    for (const fk of config.foreignKeys) {
      const ref = fk.reference();
      const foreign = toPgTable(ref.foreignTable) as unknown as Record<string, never>;
      const foreignKeyOf = (c: SQLiteColumn) =>
        foreign[Object.entries(ref.foreignTable).find(([, v]) => v === c)?.[0] ?? c.name];
      let builder = foreignKey({
        name: fk.getName(),
        columns: ref.columns.map(col) as [never, ...never[]],
        foreignColumns: ref.foreignColumns.map(foreignKeyOf) as [never, ...never[]],
      });
      if (fk.onDelete) builder = builder.onDelete(fk.onDelete);
      if (fk.onUpdate) builder = builder.onUpdate(fk.onUpdate);
      extras.push(builder);
    }
    return extras;
  });
  converted.set(table, pg);
  return pg;
}

/** The PostgreSQL form of each table of a set (declared with sqlite-core), typed as declared. */
export function pgTables<T extends Record<string, SQLiteTable>>(set: T): T {
  return Object.fromEntries(Object.entries(set).map(([key, table]) => [key, toPgTable(table)])) as unknown as T;
}

/**
 * The tables as the dialect of `q` (a database's read side or an open transaction) knows them.
 * Repositories take theirs once, so one query text serves both backends.
 */
export function tablesFor<T extends Record<string, SQLiteTable>>(q: Reader | Tx, set: T): T {
  return is((q as unknown as { dialect: unknown }).dialect, PgDialect) ? pgTables(set) : set;
}
