import { LoginLimiter } from '../../src/auth/login-limiter';
import * as limiterTables from '../../src/auth/login-limiter.tables';
import { openDatabase, OpenedDb } from '../../src/db/client';
import { tablesFor } from '../../src/db/dialect-tables';
import { RateLimitedError } from '../../src/errors';
import { freshLocation, ON_POSTGRES, TestLocation } from '../helpers/database';

/**
 * The login limiter's store on the backend under test (npm run test:pg runs it on PostgreSQL):
 * two processes sharing one database are two Databases opened on it here.
 */
describe('LoginLimiter on the database', () => {
  const limits = { maxFailuresPerAccount: 3, maxFailuresPerSource: 5, lockoutSeconds: 3600 };
  let location: TestLocation;
  let first: OpenedDb;
  let second: OpenedDb;

  beforeEach(async () => {
    location = await freshLocation();
    first = await openDatabase(location.location);
    second = await openDatabase(location.location);
  });
  afterEach(async () => {
    await first.close();
    await second.close();
    await location.remove();
  });

  const rows = async (opened: OpenedDb) => {
    const { loginFailures } = tablesFor(opened.db.read, limiterTables);
    return opened.db.read.select().from(loginFailures).orderBy(loginFailures.key);
  };
  const refusal = (limiter: LoginLimiter, account: string, source: string) =>
    limiter.assertAllowed(account, source).then(
      () => undefined,
      (error: unknown) => error,
    );

  it('counts failures across processes sharing the database, and locks the account past the limit', async () => {
    const a = new LoginLimiter(first, limits);
    const b = new LoginLimiter(second, limits);
    await a.recordFailure('carol#acme', '192.0.2.1');
    await b.recordFailure('carol#acme', '192.0.2.2');
    await expect(a.assertAllowed('carol#acme', '192.0.2.1')).resolves.toBeUndefined();
    await a.recordFailure('carol#acme', '192.0.2.1');
    const refused = await refusal(b, 'carol#acme', '192.0.2.9');
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(3500);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeLessThanOrEqual(3600);
    await expect(b.assertAllowed('dave#acme', '192.0.2.9')).resolves.toBeUndefined();

    const stored = await rows(second);
    expect(stored.map((row) => [row.key, row.points])).toEqual([
      ['account:carol#acme', 3],
      ['source:192.0.2.1', 2],
      ['source:192.0.2.2', 1],
    ]);
    expect(stored[0].expire).toBeInstanceOf(Date);
  });

  it('counts concurrent failures of one account, none lost', async () => {
    // On PostgreSQL from two pools, whose upserts wait for each other's row lock. Two SQLite
    // Databases in one process would not take turns (each waits for the file's lock synchronously,
    // blocking the event loop the other needs to commit: docs/DATABASE.md), so there it is one.
    const a = new LoginLimiter(first, { ...limits, maxFailuresPerAccount: 100 });
    const b = new LoginLimiter(ON_POSTGRES ? second : first, { ...limits, maxFailuresPerAccount: 100 });
    await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).recordFailure('erin#acme', `198.51.100.${i}`)),
    );
    const [account] = (await rows(first)).filter((row) => row.key === 'account:erin#acme');
    expect(account.points).toBe(20);
  });

  it('blocks for the lockout once past the limit, and a success clears the account only', async () => {
    const limiter = new LoginLimiter(first, limits);
    for (let i = 0; i < 5; i++) await limiter.recordFailure('frank#acme', '203.0.113.1');
    expect(await refusal(limiter, 'frank#acme', '203.0.113.7')).toBeInstanceOf(RateLimitedError);
    expect(await refusal(limiter, 'other#acme', '203.0.113.1')).toBeInstanceOf(RateLimitedError);
    await limiter.recordSuccess('frank#acme');
    expect(await refusal(limiter, 'frank#acme', '203.0.113.7')).toBeUndefined();
    expect(await refusal(limiter, 'frank#acme', '203.0.113.1')).toBeInstanceOf(RateLimitedError);
  });

  it('keeps counts across a restart, and the sweep forgets only windows an hour past their end', async () => {
    await new LoginLimiter(first, limits).recordFailure('gina#acme', '192.0.2.50');
    await first.close();
    first = await openDatabase(location.location);
    const limiter = new LoginLimiter(first, { ...limits, maxFailuresPerAccount: 1 });
    expect(await refusal(limiter, 'gina#acme', '192.0.2.51')).toBeInstanceOf(RateLimitedError);
    await limiter.sweep(Date.now());
    expect(await rows(first)).toHaveLength(2);
    await limiter.sweep(Date.now() + 2 * 3_600_000);
    expect(await rows(first)).toHaveLength(0);
  });

  it('starts a new window once the last one ended', async () => {
    const limiter = new LoginLimiter(first, limits);
    for (let i = 0; i < 3; i++) await limiter.recordFailure('hana#acme', '192.0.2.60');
    expect(await refusal(limiter, 'hana#acme', '192.0.2.61')).toBeInstanceOf(RateLimitedError);
    await first.db.transaction(async (tx) => {
      const { loginFailures } = tablesFor(tx, limiterTables);
      await tx.update(loginFailures).set({ expire: new Date(Date.now() - 1) });
    });
    expect(await refusal(limiter, 'hana#acme', '192.0.2.61')).toBeUndefined();
    await limiter.recordFailure('hana#acme', '192.0.2.60');
    const [account] = (await rows(first)).filter((row) => row.key === 'account:hana#acme');
    expect(account.points).toBe(1);
    expect(account.expire!.getTime()).toBeGreaterThan(Date.now() + 3500_000);
  });
});
