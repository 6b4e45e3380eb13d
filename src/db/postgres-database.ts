import { AsyncLocalStorage } from 'node:async_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger as DrizzleLogger } from 'drizzle-orm';
import { sql } from 'drizzle-orm';
import { drizzle, NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Pool, PoolClient } from 'pg';
import { bi, ConflictError } from '../errors';
import { errorCode } from './constraints';
import { Database, NestedTransactionError, Reader, TransactionOptions, transactionEnded, Tx } from './database';

/** A transaction PostgreSQL rolled back at COMMIT, since one of its statements had failed (and was caught). */
export class AbortedTransactionError extends Error {
  constructor() {
    super(
      'PostgreSQL rolled the transaction back at COMMIT: one of its statements had failed and the callback went on',
    );
    this.name = 'AbortedTransactionError';
  }
}

/** SQLSTATEs after which the whole transaction may simply run again: serialization failure, deadlock. */
const RETRYABLE = new Set(['40001', '40P01']);
const ATTEMPTS = 8;

/**
 * PostgreSQL behind the Database interface. Reads go to the pool (each statement sees committed
 * data). Each write transaction takes a connection of its own and runs SERIALIZABLE (unless it asks
 * for READ COMMITTED: TransactionOptions), so rules checked inside one (the last admin, a group
 * deleted meanwhile, quotas, free addresses) hold as they do on SQLite, whose writers run one at a
 * time; when PostgreSQL finds two that cannot both stand, the loser is rolled back and run again
 * from the start, which is safe because a transaction holds SQL only, never a cloud call
 * (docs/DATABASE.md), and what it left outside the database is undone first (onRollback).
 */
export class PostgresDatabase implements Database {
  readonly dialect = 'postgres';
  readonly read: Reader;
  /** Which transaction the running code belongs to, and those still open: code a transaction started may outlive it. */
  private readonly context = new AsyncLocalStorage<symbol>();
  private readonly open = new Set<symbol>();

  constructor(
    private readonly pool: Pool,
    private readonly logger: DrizzleLogger,
  ) {
    this.read = drizzle(pool, { logger }) as unknown as Reader;
  }

  async transaction<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
    const current = this.context.getStore();
    if (current !== undefined && this.open.has(current)) throw new NestedTransactionError();
    const token = Symbol('transaction');
    this.open.add(token);
    try {
      for (let attempt = 1; ; attempt++) {
        const client = await this.pool.connect();
        try {
          return await this.context.run(token, () => this.once(client, work, options.isolation ?? 'serializable'));
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
    } finally {
      this.open.delete(token);
      // Promise hooks cost every promise while a storage is on (src/audit/audit.context.ts): off while no transaction is open.
      if (this.open.size === 0) this.context.disable();
    }
  }

  /** A transaction-scoped advisory lock, keyed by the job's name, taken without waiting: released by COMMIT or ROLLBACK. */
  runAlone(job: string, work: (tx: Tx) => Promise<void>): Promise<boolean> {
    return this.transaction(async (tx) => {
      // Typed as SQLite's, it is node-postgres's drizzle here: its execute() runs raw SQL.
      const { rows } = await (tx as unknown as NodePgDatabase).execute<{ locked: boolean }>(
        sql`select pg_try_advisory_xact_lock(hashtext(${job})) as locked`,
      );
      if (!rows[0].locked) return false;
      await work(tx);
      return true;
    });
  }

  private async once<T>(
    client: PoolClient,
    work: (tx: Tx) => Promise<T>,
    isolation: NonNullable<TransactionOptions['isolation']>,
  ): Promise<T> {
    // BEGIN and COMMIT straight on the connection, not through drizzle: statement counts stay those of the repositories' SQL, as on SQLite.
    await client.query(
      isolation === 'serializable' ? 'BEGIN ISOLATION LEVEL SERIALIZABLE' : 'BEGIN ISOLATION LEVEL READ COMMITTED',
    );
    const tx = drizzle(client, { logger: this.logger }) as unknown as Tx;
    try {
      const result = await work(tx);
      // A statement that failed aborts the whole transaction; if the callback caught it and went on,
      // COMMIT answers ROLLBACK, with no error. The work is lost, and that must not pass for success.
      const end = await client.query('COMMIT');
      if (end.command !== 'COMMIT') throw new AbortedTransactionError();
      transactionEnded(tx, true);
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      transactionEnded(tx, false);
      throw error;
    }
  }

  async ping(): Promise<void> {
    await this.pool.query('select 1');
  }
}
