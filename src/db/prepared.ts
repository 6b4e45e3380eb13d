import { Column, sql, SQLWrapper } from 'drizzle-orm';

/**
 * A query built once and run many times, on either backend: run it with `await q.execute(values)`
 * (never SQLite's synchronous `.all()` or `.get()`). On PostgreSQL drizzle hands `name` to
 * node-postgres, which parses and plans the statement once per pooled connection; SQLite's
 * `.prepare()` takes no name and keeps one better-sqlite3 statement.
 */
export function prepareNamed<P>(query: { prepare(): P }, name: string): P {
  return (query as unknown as { prepare(name: string): P }).prepare(name);
}

/**
 * A placeholder whose value is encoded as `column` encodes its values (a Date becomes epoch
 * milliseconds on SQLite, a timestamptz on PostgreSQL), as a bound value would be; a bare
 * `sql.placeholder` is sent to the driver as it is.
 */
export function placeholderFor(name: string, column: Column): SQLWrapper {
  return sql.param(sql.placeholder(name), column);
}
