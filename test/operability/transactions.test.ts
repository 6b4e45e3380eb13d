import { asc, sql } from 'drizzle-orm';
import { loginFailures } from '../../src/auth/login-limiter.tables';
import { openDb, OpenedDb } from '../../src/db/client';
import { NestedTransactionError, Tx } from '../../src/db/database';

/** A promise the test settles itself, so an order is forced by the test and never by timing. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Lets every queued callback and promise continuation run that can run now. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('write transactions on SQLite (src/db/sqlite-database.ts)', () => {
  let opened: OpenedDb;
  const insert = (tx: Tx, key: string) => tx.insert(loginFailures).values({ key });
  const keys = async () =>
    (
      await opened.db.read
        .select()
        .from(loginFailures)
        .orderBy(asc(sql`rowid`))
    ).map((row) => row.key);

  beforeEach(() => {
    opened = openDb(':memory:');
  });
  afterEach(() => opened.close());

  it('runs concurrent async transactions one at a time, in the order they were asked for', async () => {
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
    expect(opened.sqlite!.inTransaction).toBe(false);
    await opened.db.transaction((tx) => insert(tx, 'y1'));
    expect(await keys()).toEqual(['y1']);
  });

  it('rolls back a callback whose SQL fails (a constraint) and hands on the database error', async () => {
    await expect(
      opened.db.transaction(async (tx) => {
        await insert(tx, 'dup');
        await insert(tx, 'dup');
      }),
    ).rejects.toMatchObject({ code: 'SQLITE_CONSTRAINT_PRIMARYKEY' });
    expect(await keys()).toEqual([]);
  });

  it('shows reads only committed rows, never those of a transaction still open', async () => {
    const wrote = gate();
    const commit = gate();
    const writing = opened.db.transaction(async (tx) => {
      await insert(tx, 'pending');
      expect((await tx.select().from(loginFailures)).map((row) => row.key)).toEqual(['pending']);
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

  it('keeps the read connection to reads: a write there is refused', () => {
    expect(() => opened.db.read.get(sql`insert into login_failures (key) values ('sneaked') returning key`)).toThrow(
      /readonly/,
    );
  });
});
