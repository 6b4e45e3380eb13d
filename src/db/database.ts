import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';

type Drizzle = BetterSQLite3Database;

/** The read side: committed data only, never another request's open transaction. */
export type Reader = Omit<Drizzle, 'transaction' | 'insert' | 'update' | 'delete' | 'run' | '$client'>;

/** An open write transaction: its reads see its own writes. It cannot open another one. */
export type Tx = Omit<Drizzle, 'transaction' | '$client'>;

export interface TransactionOptions {
  /**
   * PostgreSQL's isolation level; SQLite's writers run one at a time whatever it says. SERIALIZABLE
   * (the default) holds every rule checked inside the transaction, and the loser of a collision
   * runs again from the start. READ COMMITTED is for transactions checking nothing across their
   * statements, each atomic alone (an upsert counting a login failure): writers of one row then
   * wait for each other instead of failing, so a burst on one row is not a storm of retries.
   */
  isolation?: 'serializable' | 'read committed';
}

/**
 * What repositories see of the database, narrow so that the PostgreSQL backend can stand behind it
 * too (docs/DATABASE.md): reads on `read`, every write inside `transaction`.
 */
export interface Database {
  readonly dialect: 'sqlite' | 'postgres';
  readonly read: Reader;
  /**
   * Runs `work` as the only write transaction: commits when it resolves, rolls back everything when
   * it throws. Not re-entrant: `work` passes its `tx` down instead of opening another (refused).
   * Hold it for SQL only, never across a cloud call.
   */
  transaction<T>(work: (tx: Tx) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /**
   * Runs a periodic job (a sweep) as a write transaction, unless another process sharing the
   * database is running the same job right now: then it skips and resolves false. Replicas each
   * keep the timer; whichever comes first does the work.
   */
  runAlone(job: string, work: (tx: Tx) => Promise<void>): Promise<boolean>;
  /** Resolves when the database answers (for /readyz). */
  ping(): Promise<void>;
}

const rollbackHooks = new WeakMap<object, Array<() => void>>();

/**
 * Runs `undo` if the transaction `tx` belongs to ends without committing: rolled back, or (on
 * PostgreSQL) about to run again from the start. For what is kept outside the database about a
 * transaction's rows (the audit's mark that a mutation's record is written), which must not
 * outlive them.
 */
export function onRollback(tx: Tx, undo: () => void): void {
  const hooks = rollbackHooks.get(tx);
  if (hooks) hooks.push(undo);
  else rollbackHooks.set(tx, [undo]);
}

/** For the Database implementations, as each transaction (each attempt of one) ends. */
export function transactionEnded(tx: Tx, committed: boolean): void {
  const hooks = rollbackHooks.get(tx);
  rollbackHooks.delete(tx);
  if (!committed) hooks?.forEach((undo) => undo());
}

/** A transaction opened from inside another one, which would wait for itself forever. */
export class NestedTransactionError extends Error {
  constructor() {
    super('A write transaction was opened inside another one; pass the open transaction (tx) down instead');
    this.name = 'NestedTransactionError';
  }
}
