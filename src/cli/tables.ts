import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as audit from '../audit/audit.tables';
import * as loginLimiter from '../auth/login-limiter.tables';
import * as sim from '../cloud/sim/sim.tables';
import * as compute from '../compute/compute.tables';
import * as identity from '../identity/identity.tables';
import * as storage from '../storage/storage.tables';
import * as tickets from '../tickets/tickets.tables';

/**
 * Every table of Canopy, as each domain declares it with sqlite-core in its *.tables.ts: the one
 * list. drizzle/pg.schema.ts derives PostgreSQL's tables from it for drizzle-kit, and
 * `canopy db copy` copies each of them; test/operability/db-copy.test.ts checks that it names
 * every table the migrations create.
 */
export const CANOPY_TABLES = { ...identity, ...compute, ...storage, ...tickets, ...audit, ...loginLimiter, ...sim };

export type CanopyTableKey = keyof typeof CANOPY_TABLES;

export interface OrderedTable {
  key: CanopyTableKey;
  table: SQLiteTable;
  /** SQL name. */
  name: string;
  /** The table has a foreign key to itself (groups' parent): its rows need parents first. */
  selfReferences: boolean;
}

/** The tables in foreign-key order: each after every other table it references; ties in declaration order. */
export function tablesInForeignKeyOrder(): OrderedTable[] {
  const entries = Object.entries(CANOPY_TABLES) as [CanopyTableKey, SQLiteTable][];
  const keyOf = new Map(entries.map(([key, table]) => [table, key]));
  const ordered: OrderedTable[] = [];
  const state = new Map<SQLiteTable, 'visiting' | 'done'>();
  const visit = (key: CanopyTableKey, table: SQLiteTable) => {
    if (state.get(table) === 'done') return;
    const config = getTableConfig(table);
    if (state.get(table) === 'visiting') throw new Error(`Foreign keys form a circle through ${config.name}`);
    state.set(table, 'visiting');
    let selfReferences = false;
    for (const fk of config.foreignKeys) {
      const referenced = fk.reference().foreignTable;
      if (referenced === table) {
        selfReferences = true;
        continue;
      }
      const referencedKey = keyOf.get(referenced);
      if (!referencedKey)
        throw new Error(`${config.name} references ${getTableConfig(referenced).name}, not in CANOPY_TABLES`);
      visit(referencedKey, referenced);
    }
    state.set(table, 'done');
    ordered.push({ key, table, name: config.name, selfReferences });
  };
  for (const [key, table] of entries) visit(key, table);
  return ordered;
}
