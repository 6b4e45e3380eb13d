import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Failed logins counted per account and per source (src/auth/login-limiter.ts), in the shape
 * rate-limiter-flexible's Drizzle store reads and writes: `key` is "account:<name>" or
 * "source:<address>", `expire` the end of the window: on SQLite epoch milliseconds, as its SQLite
 * store kept them (migration 0006), on PostgreSQL a timestamptz.
 */
export const loginFailures = sqliteTable('login_failures', {
  key: text('key').primaryKey(),
  points: integer('points').notNull().default(0),
  expire: integer('expire', { mode: 'timestamp_ms' }),
});
