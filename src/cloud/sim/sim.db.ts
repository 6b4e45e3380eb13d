import { randomUUID } from 'node:crypto';
import { Db } from '../../db/client';

/** The database handle or an open transaction: the simulated cloud's parts run the same code in both. */
export type SimDb = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export function uuid(): string {
  return randomUUID();
}
