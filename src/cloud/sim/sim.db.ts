import { randomUUID } from 'node:crypto';
import { Database, Reader, Tx } from '../../db/database';

/**
 * The read connection or an open transaction: the simulated cloud's parts run the same code in both.
 * Its SQL stays synchronous (better-sqlite3's `.get()`, `.all()`, `.run()`) inside the async
 * transactions for now; the PostgreSQL step makes it await like the repositories (docs/DATABASE.md).
 */
export type SimDb = Reader | Tx;

export function uuid(): string {
  return randomUUID();
}

/** A transaction with synchronous SQL inside: a throw rolls it back like a rejection. */
export function simTransaction<T>(db: Database, work: (tx: Tx) => T): Promise<T> {
  return db.transaction((tx) => Promise.resolve(work(tx)));
}
