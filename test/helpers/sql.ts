import SQLite from 'better-sqlite3';
import type { OpenedDb } from '../../src/db/client';
import { isPostgresUrl } from '../../src/db/client';
import { pgRows } from './database';
import type { TestServer } from './server';

/** A test server, an opened database, or a location (CANOPY_DB: a SQLite file or a postgres:// URL). */
export type SqlTarget = TestServer | OpenedDb | string;

/** `?` placeholders numbered for PostgreSQL ($1, $2, …); a `?` inside a string literal is not supported. */
function numbered(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

/** better-sqlite3 binds numbers, strings, bigints, buffers and null: a Date as Canopy stores its timestamps. */
function forSqlite(params: unknown[]): unknown[] {
  return params.map((p) => (p instanceof Date ? p.getTime() : typeof p === 'boolean' ? Number(p) : p));
}

function runOnSqlite<T>(connection: SQLite.Database, text: string, params: unknown[]): T[] {
  const statement = connection.prepare(text);
  if (statement.reader) return statement.all(...forSqlite(params)) as T[];
  statement.run(...forSqlite(params));
  return [];
}

/**
 * One raw SQL statement on a test's database, whichever backend is under test: for a test that
 * looks behind Canopy (the rows it keeps) or moves its rows where no API does (a window's end
 * reached). Placeholders are `?` on both; a Date binds as Canopy's timestamps are stored (epoch
 * milliseconds on SQLite, timestamptz on PostgreSQL) and a boolean as 1/0 on SQLite. Rows come
 * back as the driver gives them: on PostgreSQL a count(*) is a string (`rowCount` counts), a
 * timestamp a Date, a JSON column an object.
 *
 * On a running server's database, SQLite's statement runs on the write connection through the
 * server's own transaction mutex, so it never lands inside a request's transaction; PostgreSQL's
 * on the server's pool, as a statement of its own.
 */
export async function sqlRows<T = Record<string, unknown>>(
  target: SqlTarget,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  if (typeof target === 'string') {
    if (isPostgresUrl(target)) return pgRows<T>(target, numbered(text), params);
    const connection = new SQLite(target, { fileMustExist: true });
    try {
      connection.pragma('busy_timeout = 5000');
      return runOnSqlite<T>(connection, text, params);
    } finally {
      connection.close();
    }
  }
  const opened = 'canopy' in target ? target.canopy.deps.db : target;
  if (opened.pool) return (await opened.pool.query(numbered(text), params)).rows as T[];
  const connection = opened.sqlite!;
  return opened.db.transaction(() => Promise.resolve(runOnSqlite<T>(connection, text, params)));
}

/** How many rows of `table` match `where` (raw SQL with `?` placeholders), on either backend. */
export async function rowCount(target: SqlTarget, table: string, where = '', params: unknown[] = []): Promise<number> {
  const rows = await sqlRows<{ n: number | string }>(
    target,
    `select count(*) as n from ${table}${where ? ` where ${where}` : ''}`,
    params,
  );
  return Number(rows[0].n);
}

/**
 * Makes every `event` on `table` (where `when` holds, a condition on `new`, e.g.
 * `new.outcome = 'ok'`) fail with `message`, by a trigger in the dialect of the database: SQLite's
 * `raise(abort, …)`, PostgreSQL's plpgsql function raising an exception. Resolves to what removes it.
 */
export async function injectFault(
  target: TestServer | OpenedDb,
  fault: { name: string; event: 'insert' | 'update' | 'delete'; table: string; when?: string; message: string },
): Promise<() => Promise<void>> {
  const { name, event, table, when, message } = fault;
  const opened = 'canopy' in target ? target.canopy.deps.db : target;
  const literal = `'${message.replace(/'/g, "''")}'`;
  if (opened.db.dialect === 'sqlite') {
    await sqlRows(
      opened,
      `create trigger ${name} before ${event} on ${table}${when ? ` when ${when}` : ''} ` +
        `begin select raise(abort, ${literal}); end`,
    );
    return async () => void (await sqlRows(opened, `drop trigger ${name}`));
  }
  await sqlRows(
    opened,
    `create function ${name}() returns trigger language plpgsql as $$ begin raise exception ${literal}; end $$`,
  );
  await sqlRows(
    opened,
    `create trigger ${name} before ${event} on ${table} for each row${when ? ` when (${when})` : ''} ` +
      `execute function ${name}()`,
  );
  return async () => {
    await sqlRows(opened, `drop trigger ${name} on ${table}`);
    await sqlRows(opened, `drop function ${name}()`);
  };
}
