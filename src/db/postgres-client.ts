import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { Pool } from 'pg';
import { MIGRATIONS_DIR } from '../paths';
import { OpenedDb, StatementCounter } from './opened-db';
import { PostgresDatabase } from './postgres-database';

/** Connections per process when CANOPY_DB_POOL is not set: enough for a replica's concurrent transactions on 2 cores. */
export const DEFAULT_POOL_SIZE = 10;

/**
 * The advisory lock key migrations run under ("canopy" in ASCII), so replicas starting together
 * on an empty database migrate it once: the first takes the lock and migrates, the others wait,
 * then find nothing left to apply.
 */
const MIGRATION_LOCK = 0x63616e6f7079;

/** Connects a pool to the PostgreSQL at `url` and applies every pending migration of drizzle/pg/. */
export async function openPostgres(
  url: string,
  onStatement: () => void = () => undefined,
  poolSize = DEFAULT_POOL_SIZE,
): Promise<OpenedDb> {
  const statements = new StatementCounter();
  const logger = {
    logQuery: () => {
      statements.count++;
      onStatement();
    },
  };
  const pool = new Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5_000 });
  // An idle connection dropped by the server (a restart, a failover) is an event on the pool; without
  // a listener it would end the process. The pool replaces it on the next checkout.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      try {
        await migrate(drizzle(client), { migrationsFolder: path.join(MIGRATIONS_DIR, 'pg') });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      }
    } finally {
      client.release();
    }
  } catch (error) {
    await pool.end();
    throw error;
  }
  return { db: new PostgresDatabase(pool, logger), pool, statements, close: () => pool.end() };
}
