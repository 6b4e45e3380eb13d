import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import { RateLimiterDrizzle, RateLimiterRes } from 'rate-limiter-flexible';
import type { OpenedDb } from '../db/client';
import { Reader, TransactionOptions, Tx } from '../db/database';
import { tablesFor } from '../db/dialect-tables';
import { RateLimitedError } from '../errors';
import * as limiterTables from './login-limiter.tables';

export interface LoginLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerSource: number;
  lockoutSeconds: number;
}

type LoginFailures = typeof limiterTables.loginFailures;

/**
 * Each statement of the limiter is atomic alone (an upsert, a delete) and nothing is checked across
 * them, so on PostgreSQL they need no SERIALIZABLE transaction: concurrent failures on one key (a
 * burst from one source) wait for each other's row lock and all count, where SERIALIZABLE would
 * fail all but one and run them again, up to its limit, and a failure that ran out of attempts
 * would go uncounted.
 */
const COUNTING: TransactionOptions = { isolation: 'read committed' };

interface StoreOptions {
  keyPrefix: string;
  points: number;
  duration: number;
  blockDuration: number;
}

/**
 * rate-limiter-flexible's Drizzle store (its counting, windows and blocking), on one query runner
 * of Canopy's database: the read side for checks, or the open transaction for counting. Its three
 * statements are written here, as the library writes them, because the library loads drizzle-orm
 * with a dynamic import() (a second, ESM copy of it; refused outright inside jest's VM): the same
 * upsert, select and delete, with dates bound through the `expire` column (epoch milliseconds on
 * SQLite, timestamptz on PostgreSQL).
 */
class DatabaseStore extends RateLimiterDrizzle {
  private readonly table: LoginFailures;

  /** `q` is a Tx whenever the store counts or forgets (recordFailure, recordSuccess); checks only read. */
  constructor(
    private readonly q: Reader | Tx,
    options: StoreOptions,
  ) {
    const table = tablesFor(q, limiterTables).loginFailures;
    // The server's hourly sweep deletes old windows, in a transaction; the store's own timer would not.
    super({ ...options, storeClient: q, schema: table, clearExpiredByTimeout: false });
    this.table = table;
  }

  /** A failure counted: a new window, or one more point in the current one (or a block, `forceExpire`). */
  async _upsert(key: string, points: number, msDuration: number, forceExpire = false): Promise<unknown> {
    const { table } = this;
    const now = new Date();
    const expire = msDuration > 0 ? new Date(now.getTime() + msDuration) : null;
    const ended = sql`${table.expire} <= ${sql.param(now, table.expire)}`;
    const [row] = await (this.q as Tx)
      .insert(table)
      .values({ key, points, expire })
      .onConflictDoUpdate({
        target: table.key,
        set: forceExpire
          ? { points, expire }
          : {
              points: sql`case when ${ended} then ${sql.param(points, table.points)} else ${table.points} + ${sql.param(points, table.points)} end`,
              expire: sql`case when ${ended} then ${sql.param(expire, table.expire)} else ${table.expire} end`,
            },
      })
      .returning();
    return row;
  }

  async _get(key: string): Promise<unknown> {
    const { table } = this;
    const [row] = await this.q
      .select()
      .from(table)
      .where(and(eq(table.key, key), or(gt(table.expire, new Date()), isNull(table.expire))))
      .limit(1);
    return row ?? null;
  }

  async _delete(key: string): Promise<boolean> {
    const { table } = this;
    const deleted = await (this.q as Tx).delete(table).where(eq(table.key, key)).returning({ key: table.key });
    return deleted.length > 0;
  }
}

/**
 * Brute-force protection for login: failed attempts are counted per account (the identification
 * as typed, so unknown names are limited like real ones and answer the same) and per source
 * address. Past the limit, every attempt is RATE_LIMITED until the window ends, before any
 * password is checked. A success clears the account's count.
 *
 * Counts live in Canopy's database, table login_failures, on either backend: a restart does not
 * forgive them, and processes sharing the database share them. Checks read on the read side;
 * counting and forgetting run in a transaction of the Database, the only way onto SQLite's write
 * connection (docs/DATABASE.md); on PostgreSQL a READ COMMITTED one (COUNTING).
 */
export class LoginLimiter {
  private readonly account: StoreOptions;
  private readonly source: StoreOptions;

  constructor(
    private readonly db: Pick<OpenedDb, 'db'>,
    private readonly limits: LoginLimits,
  ) {
    const window = { duration: limits.lockoutSeconds, blockDuration: limits.lockoutSeconds };
    this.account = { ...window, keyPrefix: 'account', points: limits.maxFailuresPerAccount };
    this.source = { ...window, keyPrefix: 'source', points: limits.maxFailuresPerSource };
  }

  /** Forgets windows that ended an hour ago or more (the server calls it hourly). */
  sweep(now = Date.now()): Promise<boolean> {
    // One replica at a time: whichever timer fires first sweeps, the others skip (runAlone).
    return this.db.db.runAlone('login-failures-sweep', async (tx) => {
      const { loginFailures } = tablesFor(tx, limiterTables);
      await tx.delete(loginFailures).where(lt(loginFailures.expire, new Date(now - 3_600_000)));
    });
  }

  async assertAllowed(account: string, source: string): Promise<void> {
    const read = this.db.db.read;
    const [byAccount, bySource] = await Promise.all([
      new DatabaseStore(read, this.account).get(account),
      new DatabaseStore(read, this.source).get(source),
    ]);
    const blocked = [
      [byAccount, this.limits.maxFailuresPerAccount],
      [bySource, this.limits.maxFailuresPerSource],
    ].filter(([res, max]) => res && (res as RateLimiterRes).consumedPoints >= (max as number)) as [
      RateLimiterRes,
      number,
    ][];
    if (blocked.length > 0)
      throw new RateLimitedError(Math.ceil(Math.max(...blocked.map(([res]) => res.msBeforeNext)) / 1000));
  }

  recordFailure(account: string, source: string): Promise<void> {
    return this.db.db.transaction(async (tx) => {
      await countFailure(new DatabaseStore(tx, this.account), account);
      await countFailure(new DatabaseStore(tx, this.source), source);
    }, COUNTING);
  }

  async recordSuccess(account: string): Promise<void> {
    await this.db.db.transaction((tx) => new DatabaseStore(tx, this.account).delete(account), COUNTING);
  }
}

/**
 * consume() rejects with a RateLimiterRes once the limit is passed, which the next assertAllowed()
 * reports; any other rejection is the database's, and fails the transaction (on PostgreSQL a
 * serialization failure runs it again).
 */
async function countFailure(store: DatabaseStore, key: string): Promise<void> {
  try {
    await store.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}
