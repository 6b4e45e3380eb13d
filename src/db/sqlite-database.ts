import { AsyncLocalStorage } from 'node:async_hooks';
import type SQLite from 'better-sqlite3';
import { Database, NestedTransactionError, Reader, transactionEnded, Tx } from './database';
import { Mutex } from './mutex';

/**
 * SQLite behind the Database interface: one write connection behind an in-process mutex, so an
 * async transaction (BEGIN IMMEDIATE … awaited callback … COMMIT) has the connection to itself
 * until it ends, and a separate read connection, which in WAL mode sees committed data only.
 * docs/DATABASE.md says why and what it costs.
 */
export class SqliteDatabase implements Database {
  readonly dialect = 'sqlite';
  private readonly mutex = new Mutex();
  /** Which transaction the running code belongs to, to refuse re-entry instead of deadlocking on the mutex. */
  private readonly context = new AsyncLocalStorage<symbol>();
  private holder: symbol | undefined;
  private readonly begin: SQLite.Statement;
  private readonly commit: SQLite.Statement;
  private readonly rollback: SQLite.Statement;

  constructor(
    private readonly writeConnection: SQLite.Database,
    private readonly writer: Tx,
    private readonly readConnection: SQLite.Database,
    readonly read: Reader,
  ) {
    // Straight on the connection, not through drizzle: the statement counts stay those of the SQL repositories write.
    this.begin = writeConnection.prepare('BEGIN IMMEDIATE');
    this.commit = writeConnection.prepare('COMMIT');
    this.rollback = writeConnection.prepare('ROLLBACK');
  }

  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const current = this.context.getStore();
    if (current !== undefined && current === this.holder) return Promise.reject(new NestedTransactionError());
    return this.mutex.run(() => {
      const token = Symbol('transaction');
      this.holder = token;
      return this.context
        .run(token, () => this.inTransaction(work))
        .finally(() => {
          this.holder = undefined;
          // Promise hooks cost every promise while a storage is on (src/audit/audit.context.ts): off between transactions.
          this.context.disable();
        });
    });
  }

  /** One writer at a time already: BEGIN IMMEDIATE excludes the other processes on the file. */
  async runAlone(_job: string, work: (tx: Tx) => Promise<void>): Promise<boolean> {
    await this.transaction(work);
    return true;
  }

  /** A rejected promise, not a throw, when the file cannot be read: callers await it either way. */
  ping(): Promise<void> {
    return new Promise((resolve) => {
      this.readConnection.prepare('select 1').get();
      resolve();
    });
  }

  private async inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    this.begin.run();
    try {
      const result = await work(this.writer);
      this.commit.run();
      transactionEnded(this.writer, true);
      return result;
    } catch (error) {
      if (this.writeConnection.inTransaction) this.rollback.run();
      transactionEnded(this.writer, false);
      throw error;
    }
  }
}
