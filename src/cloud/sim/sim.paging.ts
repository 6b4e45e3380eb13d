import { asc, desc, eq, sql, SQL } from 'drizzle-orm';
import { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { PageQuery } from '../resources';

/** The columns a paged sim table has: the sort keys and the id that breaks their ties. */
interface PagedColumns {
  projectId: SQLiteColumn;
  name: SQLiteColumn;
  createdAt: SQLiteColumn;
  id: SQLiteColumn;
}

/** `%`, `_` and the escape itself stand for themselves in a LIKE pattern. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The WHERE (project, name filter, keyset) and ORDER BY of a page, as Nova and Cinder page: by the
 * sort key, then by id, both in the asked direction; the (project, key, id) indexes serve both.
 */
export function pageClauses(columns: PagedColumns, query: PageQuery): { where: SQL[]; orderBy: SQL[] } {
  const key = query.sort.key === 'name' ? columns.name : columns.createdAt;
  const after = query.sort.dir === 'asc' ? sql.raw('>') : sql.raw('<');
  const where: SQL[] = [eq(columns.projectId, query.projectId)];
  if (query.nameContains !== undefined)
    where.push(sql`lower(${columns.name}) like ${likePattern(query.nameContains)} escape '\\'`);
  if (query.after) {
    const value = query.sort.key === 'name' ? query.after.value : new Date(Number(query.after.value));
    // A row-value comparison, not `key > v or (key = v and id > i)`: SQLite seeks the index to the
    // cursor with it, but walks the project's whole range up to the cursor with the OR (a page after
    // 40,000 cost 30x a first page's query; bench/scenarios/pages.ts).
    where.push(
      sql`(${key}, ${columns.id}) ${after} (${sql.param(value, key)}, ${sql.param(query.after.id, columns.id)})`,
    );
  }
  const direction = query.sort.dir === 'asc' ? asc : desc;
  return { where, orderBy: [direction(key), direction(columns.id)] };
}
