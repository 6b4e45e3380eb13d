import { asc, eq, sql } from 'drizzle-orm';
import * as loginLimiterTables from '../../src/auth/login-limiter.tables';
import { openDatabase, OpenedDb } from '../../src/db/client';
import { errorCode } from '../../src/db/constraints';
import { NestedTransactionError, onRollback, Reader, TransactionOptions, Tx } from '../../src/db/database';
import { AbortedTransactionError } from '../../src/db/postgres-database';
import { tablesFor } from '../../src/db/dialect-tables';
import { freshLocation, itSqlite, ON_POSTGRES, openTestDb } from '../helpers/database';

/** A promise the test settles itself, so an order is forced by the test and never by timing. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Lets every queued callback and promise continuation run that can run now. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

/** The same rules on either backend, but for the order of writers, which only SQLite's mutex decides. */
describe('write transactions (src/db/sqlite-database.ts, src/db/postgres-database.ts)', () => {
  let opened: OpenedDb;
  const table = (q: Reader | Tx) => tablesFor(q, loginLimiterTables).loginFailures;
  const insert = (tx: Tx, key: string) => tx.insert(table(tx)).values({ key });
  /** In key order: every test here names its keys so that it is also the order they were written in. */
  const keys = async () =>
    (
      await opened.db.read
        .select()
        .from(table(opened.db.read))
        .orderBy(asc(table(opened.db.read).key))
    ).map((row) => row.key);

  beforeEach(async () => {
    opened = await openTestDb();
  });
  afterEach(() => opened.close());

  // PostgreSQL runs writers side by side, ordered by its row locks; the mutex is SQLite's.
  itSqlite('runs concurrent async transactions one at a time, in the order they were asked for', async () => {
    const log: string[] = [];
    const first = gate();
    const a = opened.db.transaction(async (tx) => {
      log.push('a:start');
      await insert(tx, 'a1');
      await first.opened;
      await insert(tx, 'a2');
      log.push('a:end');
    });
    const b = opened.db.transaction(async (tx) => {
      log.push('b:start');
      await insert(tx, 'b1');
      log.push('b:end');
    });
    const c = opened.db.transaction(async (tx) => {
      log.push('c:start');
      await insert(tx, 'c1');
      log.push('c:end');
    });
    await settle();
    expect(log).toEqual(['a:start']);
    first.open();
    await Promise.all([a, b, c]);
    expect(log).toEqual(['a:start', 'a:end', 'b:start', 'b:end', 'c:start', 'c:end']);
    expect(await keys()).toEqual(['a1', 'a2', 'b1', 'c1']);
  });

  it('rolls back everything a failed callback wrote, and the next transaction starts clean', async () => {
    const failure = new Error('half-way');
    await expect(
      opened.db.transaction(async (tx) => {
        await insert(tx, 'x1');
        await insert(tx, 'x2');
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await keys()).toEqual([]);
    if (opened.sqlite) expect(opened.sqlite.inTransaction).toBe(false);
    await opened.db.transaction((tx) => insert(tx, 'y1'));
    expect(await keys()).toEqual(['y1']);
  });

  it('rolls back a callback whose SQL fails (a constraint) and hands on the database error', async () => {
    const failure = await opened.db
      .transaction(async (tx) => {
        await insert(tx, 'dup');
        await insert(tx, 'dup');
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(errorCode(failure)).toBe(ON_POSTGRES ? '23505' : 'SQLITE_CONSTRAINT_PRIMARYKEY');
    expect(await keys()).toEqual([]);
  });

  it('shows reads only committed rows, never those of a transaction still open', async () => {
    const wrote = gate();
    const commit = gate();
    const writing = opened.db.transaction(async (tx) => {
      await insert(tx, 'pending');
      expect((await tx.select().from(table(tx))).map((row) => row.key)).toEqual(['pending']);
      wrote.open();
      await commit.opened;
    });
    await wrote.opened;
    expect(await keys()).toEqual([]);
    commit.open();
    await writing;
    expect(await keys()).toEqual(['pending']);
  });

  it('refuses a transaction opened inside another (it would wait for itself), and the outer one goes on', async () => {
    await opened.db.transaction(async (tx) => {
      await insert(tx, 'outer');
      await expect(opened.db.transaction((inner) => insert(inner, 'inner'))).rejects.toThrow(NestedTransactionError);
    });
    expect(await keys()).toEqual(['outer']);
  });

  it('does not take a later transaction, begun from code that an earlier one started, for a nested one', async () => {
    const later = gate();
    let followUp: Promise<unknown> | undefined;
    await opened.db.transaction(async (tx) => {
      await insert(tx, 'first');
      followUp = later.opened.then(() => opened.db.transaction((next) => insert(next, 'second')));
    });
    later.open();
    await followUp;
    expect(await keys()).toEqual(['first', 'second']);
  });

  itSqlite('keeps the read connection to reads: a write there is refused', () => {
    expect(() => opened.db.read.get(sql`insert into login_failures (key) values ('sneaked') returning key`)).toThrow(
      /readonly/,
    );
  });
});

describe('what a transaction leaves outside the database (onRollback)', () => {
  let opened: OpenedDb;
  const insert = (tx: Tx, key: string) => tx.insert(tablesFor(tx, loginLimiterTables).loginFailures).values({ key });

  beforeEach(async () => {
    opened = await openTestDb();
  });
  afterEach(() => opened.close());

  it('is undone when the transaction rolls back, and kept when it commits', async () => {
    const undone: string[] = [];
    await opened.db
      .transaction(async (tx) => {
        await insert(tx, 'lost');
        onRollback(tx, () => undone.push('lost'));
        throw new Error('half-way');
      })
      .catch(() => undefined);
    await opened.db.transaction(async (tx) => {
      await insert(tx, 'kept');
      onRollback(tx, () => undone.push('kept'));
    });
    await opened.db.transaction((tx) => insert(tx, 'next'));
    expect(undone).toEqual(['lost']);
  });
});

/** PostgreSQL's writers run side by side; how they settle a collision on one row. */
(ON_POSTGRES ? describe : describe.skip)('write transactions on PostgreSQL (src/db/postgres-database.ts)', () => {
  let opened: OpenedDb;
  const table = (q: Reader | Tx) => tablesFor(q, loginLimiterTables).loginFailures;
  const bump = (tx: Tx) =>
    tx
      .update(table(tx))
      .set({ points: sql`${table(tx).points} + 1` })
      .where(eq(table(tx).key, 'k'));

  beforeEach(async () => {
    opened = await openTestDb();
    await opened.db.transaction((tx) => tx.insert(table(tx)).values({ key: 'k', points: 0 }));
  });
  afterEach(() => opened.close());

  /** A transaction that reads the row, lets another change it and commit, then changes it too. */
  async function collide(options?: TransactionOptions): Promise<{ attempts: number; undone: number; points: number }> {
    const read = gate();
    const changed = gate();
    let attempts = 0;
    let undone = 0;
    const loser = opened.db.transaction(async (tx) => {
      attempts++;
      onRollback(tx, () => undone++);
      await tx
        .select()
        .from(table(tx))
        .where(eq(table(tx).key, 'k'));
      if (attempts === 1) {
        read.open();
        await changed.opened;
      }
      await bump(tx);
    }, options);
    await read.opened;
    await opened.db.transaction(bump);
    changed.open();
    await loser;
    const [row] = await opened.db.read.select().from(table(opened.db.read));
    return { attempts, undone, points: row.points };
  }

  it('runs a SERIALIZABLE transaction again from the start when it cannot be serialized, undoing the first attempt', async () => {
    expect(await collide()).toEqual({ attempts: 2, undone: 1, points: 2 });
  });

  it('lets a READ COMMITTED one change the row as the other left it, without running again', async () => {
    expect(await collide({ isolation: 'read committed' })).toEqual({ attempts: 1, undone: 0, points: 2 });
  });

  it('does not pass off a transaction a caught failure aborted for a committed one', async () => {
    const attempt = opened.db.transaction(async (tx) => {
      await bump(tx);
      await tx
        .insert(table(tx))
        .values({ key: 'k' })
        .catch(() => undefined);
    });
    await expect(attempt).rejects.toThrow(AbortedTransactionError);
    const [row] = await opened.db.read.select().from(table(opened.db.read));
    expect(row.points).toBe(0);
  });

  it('runs a periodic job on one process at a time: a second one skips it while the first runs it', async () => {
    const fresh = await freshLocation();
    const [one, two] = [await openDatabase(fresh.location), await openDatabase(fresh.location)];
    try {
      const running = gate();
      const release = gate();
      const first = one.db.runAlone('sweep', async () => {
        running.open();
        await release.opened;
      });
      await running.opened;
      expect(await two.db.runAlone('sweep', () => Promise.resolve())).toBe(false);
      expect(await two.db.runAlone('another job', () => Promise.resolve())).toBe(true);
      release.open();
      expect(await first).toBe(true);
      expect(await two.db.runAlone('sweep', () => Promise.resolve())).toBe(true);
    } finally {
      await one.close();
      await two.close();
      await fresh.remove();
    }
  });
});
