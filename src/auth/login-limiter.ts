import { lt } from 'drizzle-orm';
import { RateLimiterRes, RateLimiterSQLite } from 'rate-limiter-flexible';
import { OpenedDb } from '../db/client';
import { RateLimitedError } from '../errors';
import { loginFailures } from './login-limiter.tables';

export interface LoginLimits {
  maxFailuresPerAccount: number;
  maxFailuresPerSource: number;
  lockoutSeconds: number;
}

/**
 * Brute-force protection for login: failed attempts are counted per account (the identification
 * as typed, so unknown names are limited like real ones and answer the same) and per source
 * address. Past the limit, every attempt is RATE_LIMITED until the window ends, before any
 * password is checked. A success clears the account's count.
 *
 * Counts live in Canopy's database (rate-limiter-flexible's SQLite store, table login_failures of
 * migration 0006): a restart does not forgive them, and processes sharing the file share them.
 * The store runs its SQL on the write connection, so every call goes through a transaction, the
 * only way onto that connection while other writes are open (docs/DATABASE.md).
 */
export class LoginLimiter {
  private readonly perAccount: RateLimiterSQLite;
  private readonly perSource: RateLimiterSQLite;

  constructor(
    private readonly db: OpenedDb,
    private readonly limits: LoginLimits,
  ) {
    const store = {
      storeClient: db.sqlite,
      // The server's hourly sweep deletes them, through the mutex; the store's own timer would not.
      clearExpiredByTimeout: false,
      storeType: 'better-sqlite3',
      tableName: 'login_failures',
      tableCreated: true,
      duration: limits.lockoutSeconds,
      blockDuration: limits.lockoutSeconds,
    };
    this.perAccount = new RateLimiterSQLite({ ...store, keyPrefix: 'account', points: limits.maxFailuresPerAccount });
    this.perSource = new RateLimiterSQLite({ ...store, keyPrefix: 'source', points: limits.maxFailuresPerSource });
  }

  /** Forgets windows that ended an hour ago or more (the server calls it hourly). */
  sweep(now = Date.now()): Promise<void> {
    return this.db.db.transaction(async (tx) => {
      await tx.delete(loginFailures).where(lt(loginFailures.expire, now - 3_600_000));
    });
  }

  async assertAllowed(account: string, source: string): Promise<void> {
    const [byAccount, bySource] = await this.exclusive(() =>
      Promise.all([this.perAccount.get(account), this.perSource.get(source)]),
    );
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

  async recordFailure(account: string, source: string): Promise<void> {
    // consume() rejects once the limit is passed; the next assertAllowed() reports it.
    await this.exclusive(() => Promise.allSettled([this.perAccount.consume(account), this.perSource.consume(source)]));
  }

  async recordSuccess(account: string): Promise<void> {
    await this.exclusive(() => this.perAccount.delete(account));
  }

  /** The store's statements, alone on the write connection (they nest in the transaction as savepoints). */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.db.db.transaction(work);
  }
}
