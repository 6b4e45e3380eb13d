import { startChild } from '../lib/child';
import { acmeAdminToken, call, load, LoadResult } from '../lib/load';
import { table } from '../lib/table';
import { ADMIN_PASSWORD, tempDb, USER_PASSWORD } from '../lib/tempdb';

type Synchronous = 'FULL' | 'NORMAL';

/**
 * What durability costs: the same write (updateGroup, one SQLite transaction with its audit
 * record) at full rate with `CANOPY_DB_SYNCHRONOUS=FULL` (the default, an fsync per commit) and
 * `NORMAL` (WAL synced at checkpoints only). The database file lies under os.tmpdir(): on a
 * tmpfs, where fsync costs nothing, the two rows would look alike.
 */
export async function durability(seconds: number): Promise<{ markdown: string }> {
  const rows: (string | number)[][] = [];
  for (const mode of ['FULL', 'NORMAL'] as const) {
    const result = await writesAt(mode, seconds);
    rows.push([mode, result.rps, result.p50, result.p99, result.errors]);
  }
  const markdown = table(['CANOPY_DB_SYNCHRONOUS', 'writes/s', 'p50 ms', 'p99 ms', 'errors'], rows);
  return { markdown };
}

async function writesAt(mode: Synchronous, seconds: number): Promise<LoadResult> {
  const db = tempDb(`sync-${mode.toLowerCase()}`);
  const canopy = await startChild('serve.ts', {
    CANOPY_DB: db.file,
    CANOPY_PORT: '0',
    CANOPY_ADMIN_PASSWORD: ADMIN_PASSWORD,
    CANOPY_DB_SYNCHRONOUS: mode,
  });
  try {
    const token = await acmeAdminToken(canopy.url, ADMIN_PASSWORD, USER_PASSWORD);
    const viewer = await call<{ viewer: { tenant: { rootGroup: { id: string } } } }>(
      canopy.url,
      '{ viewer { tenant { rootGroup { id } } } }',
      undefined,
      token,
    );
    const created = await call<{ createGroup: { group: { id: string } } }>(
      canopy.url,
      'mutation($i: CreateGroupInput!) { createGroup(input: $i) { group { id } } }',
      { i: { parentGroupId: viewer.viewer.tenant.rootGroup.id, name: 'bench' } },
      token,
    );
    const write = 'mutation($i: UpdateGroupInput!) { updateGroup(input: $i) { group { id } } }';
    const variables = { i: { groupId: created.createGroup.group.id, description: 'written at full rate' } };
    // A GraphQL error is HTTP 200 and would not count as one in the load: the write must work first.
    await call(canopy.url, write, variables, token);
    return await load({ url: canopy.url, token, query: write, variables, connections: 4, seconds });
  } finally {
    await canopy.stop();
    db.remove();
  }
}
