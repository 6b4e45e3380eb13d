import fs from 'node:fs';
import { startChild } from '../lib/child';
import { call, load, loginToken } from '../lib/load';
import { OperatorSize, seedOperator } from '../lib/seed-operator';
import { table } from '../lib/table';
import { ADMIN_PASSWORD, tempDb, USER_PASSWORD } from '../lib/tempdb';

export interface OperatorResult {
  label: string;
  size: OperatorSize;
  groupCheckP95: number;
  dbMb: number;
  startMs: number;
  rssMb: number;
}

/**
 * Items 4 and 5: a group admin reading a group seven levels below its own (the authorization
 * check walks no tree: it is a prefix test on materialised paths), the database's size on disk,
 * and the server's start time and memory with that data.
 */
export async function operator(label: string, size: OperatorSize, requests: number): Promise<OperatorResult> {
  const db = tempDb('operator');
  try {
    const { groupAdmin, deepestGroupId } = await seedOperator(db.file, size);
    const dbMb = (fs.statSync(db.file).size + (fs.existsSync(`${db.file}-wal`) ? fs.statSync(`${db.file}-wal`).size : 0)) / 1e6;
    const canopy = await startChild('serve.ts', { CANOPY_DB: db.file, CANOPY_PORT: '0', CANOPY_ADMIN_PASSWORD: ADMIN_PASSWORD });
    try {
      const token = await loginToken(canopy.url, groupAdmin, USER_PASSWORD);
      const query = `{ group(id: "${deepestGroupId}") { id name } }`;
      await call(canopy.url, query, undefined, token);
      await load({ url: canopy.url, token, query, connections: 1, amount: Math.min(200, requests) });
      const check = await load({ url: canopy.url, token, query, connections: 1, amount: requests });
      return { label, size, groupCheckP95: check.p95, dbMb, startMs: canopy.startMs, rssMb: canopy.rssMb() };
    } finally {
      await canopy.stop();
    }
  } finally {
    db.remove();
  }
}

export function operatorTable(results: OperatorResult[]): string {
  return table(
    ['operator', 'tenants', 'users', 'groups (depth)', 'group-admin check p95 ms', 'database MB', 'start ms', 'RSS MB'],
    results.map((r) => [r.label, r.size.tenants, r.size.users, `${r.size.groups} (${r.size.depth})`, r.groupCheckP95, r.dbMb, r.startMs, r.rssMb]),
  );
}
