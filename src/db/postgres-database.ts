import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger as DrizzleLogger } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Pool, PoolClient } from 'pg';
import { bi, ConflictError } from '../errors';
import { errorCode } from './constraints';
import { Database, NestedTransactionError, Reader, Tx } from './database';

/** SQLSTATEs after which the whole transaction may simply run again: serialization failure, deadlock. */
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 8;

/**
 * PostgreSQL behind the Database interface. Reads go to the pool (each statement sees committed
 * data). Each write transaction takes a connection of its own and runs SERIALIZABLE, so rules
 * checked inside one (the last admin, a group deleted meanwhile, quotas, free addresses) hold as
 * they do on SQLite, whose writers run one at a time; when PostgreSQL finds two that cannot both
 * stand, the loser is rolled back and run again from the start, which is safe because a
 * transaction holds SQL only, never a cloud call (docs/DATABASE.md).
 */
export class PostgresDatabase implements Database {
  readonly dialect = 'postgres';
  readonly read: Reader;
  private readonly context = new AsyncLocalStorage<true>();

  constructor(
    private readonly pool: Pool,
    private readonly logger: DrizzleLogger,
  ) {
    this.read = drizzle(pool, { logger }) as unknown as Reader;
  }

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.attempts((client) => this.once(client, (tx) => work(tx)));
  }

  /** A transaction-scoped advisory lock, keyed by the job's name, taken without waiting: released by COMMIT or ROLLBACK. */
  runAlone(job: string, work: (tx: Tx) => Promise<void>): Promise<boolean> {
    return this.attempts((client) =>
      this.once(client, async (tx) => {
        const { rows } = await client.query<{ locked: boolean }>(
          'select pg_try_advisory_xact_lock(hashtext($1)) as locked',
          [job],
        );
        if (!rows[0].locked) return false;
        await work(tx);
        return true;
      }),
    );
  }

  private async attempts<T>(run: (client: PoolClient) => Promise<T>): Promise<T> {
    if (this.context.getStore()) throw new NestedTransactionError();
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      try {
        return await this.context.run(true, () => run(client));
      } catch (error) {
        const state = errorCode(error);
        if (!state || !RETRYABLE.has(state)) throw error;
        // Still colliding after every attempt: the client may try again, as after any lost race.
        if (attempt === ATTEMPTS)
          throw new ConflictError(
            bi('Too many changes to the same data at once; try again', '同一数据同时被多次修改，请重试'),
          );
      } finally {
        client.release();
      }
      // A short random pause, so the transactions that collided do not collide again in step.
      await sleep(Math.random() * 5 * attempt);
    }
  }

  private async once<T>(client: PoolClient, work: (tx: Tx) => Promise<T>): Promise<T> {
    // BEGIN and COMMIT straight on the connection, not through drizzle: statement counts stay those of the repositories' SQL, as on SQLite.
    await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
    try {
      const result = await work(drizzle(client, { logger: this.logger }) as unknown as Tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  async ping(): Promise<void> {
    await this.pool.query('select 1');
  }
}
