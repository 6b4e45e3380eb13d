import { Column, is } from 'drizzle-orm';
import { getTableConfig as pgTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { CANOPY_TABLES } from '../../src/cli/tables';
import { OpenedDb } from '../../src/db/client';
import { pgTables } from '../../src/db/dialect-tables';
import { ON_POSTGRES, openTestDb } from '../helpers/database';

/**
 * The tables are declared once (sqlite-core) and PostgreSQL's derived from them, but each backend
 * gets its schema from its own migrations (drizzle/sqlite, drizzle/pg). A change to a *.tables.ts
 * with the migration generated for one dialect only would leave the other behind: this compares
 * what the migrations built, on the backend under test, with what the code declares, table by
 * table: columns (name, type, NOT NULL), primary keys, unique and plain indexes, foreign keys.
 */
interface Shape {
  columns: string[];
  indexes: string[];
  foreignKeys: string[];
}

/** What the declarations say, in the words both catalogs can be reduced to. */
function declared(table: SQLiteTable): Shape {
  if (ON_POSTGRES) {
    const pg = pgTables({ table }).table as unknown as PgTable;
    const config = pgTableConfig(pg);
    return {
      // drizzle writes "timestamp (3)", PostgreSQL says "timestamp(3)".
      columns: config.columns
        .map((c) => `${c.name} ${c.getSQLType().replace(' (', '(')}${c.notNull ? ' not null' : ''}`)
        .sort(),
      indexes: [
        ...config.indexes.map((i) => `${i.config.name}${i.config.unique ? ' unique' : ''}`),
        ...config.columns.filter((c) => c.isUnique).map((c) => `${c.uniqueName} unique`),
      ].sort(),
      foreignKeys: config.foreignKeys.map((f) => f.getName()).sort(),
    };
  }
  const config = sqliteTableConfig(table);
  return {
    columns: config.columns
      .map((c) => `${c.name} ${c.getSQLType()}${c.notNull || (is(c, Column) && c.primary) ? ' not null' : ''}`)
      .sort(),
    indexes: [
      ...config.indexes.map((i) => `${i.config.name}${i.config.unique ? ' unique' : ''}`),
      ...config.columns.filter((c) => c.isUnique).map((c) => `${c.uniqueName} unique`),
    ].sort(),
    foreignKeys: config.foreignKeys
      .map((f) => {
        const ref = f.reference();
        return `${ref.columns.map((c) => c.name).join(',')}->${sqliteTableConfig(ref.foreignTable).name}`;
      })
      .sort(),
  };
}

/** What the migrated database holds. */
async function migrated(opened: OpenedDb, name: string): Promise<Shape> {
  if (opened.pool) {
    const q = async <T>(text: string) => (await opened.pool!.query(text, [name])).rows as T[];
    const columns = await q<{ column_name: string; type: string; is_nullable: string }>(
      `select column_name, format_type(a.atttypid, a.atttypmod) as type, is_nullable
         from information_schema.columns c
         join pg_attribute a on a.attrelid = c.table_name::regclass and a.attname = c.column_name
        where table_schema = 'public' and table_name = $1`,
    );
    const indexes = await q<{ name: string; unique: boolean; primary: boolean }>(
      `select i.relname as name, x.indisunique as unique, x.indisprimary as primary
         from pg_index x join pg_class i on i.oid = x.indexrelid
        where x.indrelid = $1::regclass`,
    );
    const foreignKeys = await q<{ conname: string }>(
      `select conname from pg_constraint where conrelid = $1::regclass and contype = 'f'`,
    );
    return {
      columns: columns.map((c) => `${c.column_name} ${c.type}${c.is_nullable === 'NO' ? ' not null' : ''}`).sort(),
      indexes: indexes
        .filter((i) => !i.primary)
        .map((i) => `${i.name}${i.unique ? ' unique' : ''}`)
        .sort(),
      foreignKeys: foreignKeys.map((f) => f.conname).sort(),
    };
  }
  const sqlite = opened.sqlite!;
  const columns = sqlite.prepare(`select name, type, "notnull", pk from pragma_table_info(?)`).all(name) as {
    name: string;
    type: string;
    notnull: number;
    pk: number;
  }[];
  const indexes = sqlite.prepare(`select name, "unique", origin from pragma_index_list(?)`).all(name) as {
    name: string;
    unique: number;
    origin: string;
  }[];
  const foreignKeys = sqlite.prepare(`select "from", "table" from pragma_foreign_key_list(?)`).all(name) as {
    from: string;
    table: string;
  }[];
  // drizzle-kit makes a column's UNIQUE a named index too (origin c); a composite primary key is
  // SQLite's automatic index (origin pk), compared as the columns' NOT NULL instead.
  return {
    columns: columns.map((c) => `${c.name} ${c.type.toLowerCase()}${c.notnull || c.pk ? ' not null' : ''}`).sort(),
    indexes: indexes
      .filter((i) => i.origin === 'c')
      .map((i) => `${i.name}${i.unique ? ' unique' : ''}`)
      .sort(),
    foreignKeys: foreignKeys.map((f) => `${f.from}->${f.table}`).sort(),
  };
}

describe(`the migrated ${ON_POSTGRES ? 'PostgreSQL' : 'SQLite'} schema matches the declared tables`, () => {
  let opened: OpenedDb;
  beforeAll(async () => {
    opened = await openTestDb();
  });
  afterAll(() => opened.close());

  it.each(Object.entries(CANOPY_TABLES).map(([key, table]) => [key, table] as const))('%s', async (_key, table) => {
    const name = sqliteTableConfig(table).name;
    expect(await migrated(opened, name)).toEqual(declared(table));
  });
});
