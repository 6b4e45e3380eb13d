import { Child, startChild } from '../lib/child';
import { acmeAdminToken, call, load, LoadResult } from '../lib/load';
import { table } from '../lib/table';
import { ADMIN_PASSWORD, tempDb, USER_PASSWORD } from '../lib/tempdb';

/** The small authenticated query: a session lookup, the viewer and its tenant. */
export const VIEWER_QUERY = '{ viewer { name tenant { name } } }';

/** Item 2: a small authenticated query against a bare Apollo Server answering constants. Target: ratio ≥ 0.5. */
export async function throughput(seconds: number): Promise<{ markdown: string; ratio: number }> {
  const db = tempDb('throughput');
  const { children, token } = await viewerReplicas(db.file, 1);
  const [canopy] = children;
  const bare = await startChild('bare.ts', {});
  try {
    const options = { query: VIEWER_QUERY, connections: 16, seconds };
    await load({ ...options, url: canopy.url, token, seconds: 3 }); // warm the JIT up first
    const ours = await measured(canopy, () => load({ ...options, url: canopy.url, token }));
    await load({ ...options, url: bare.url, seconds: 3 });
    const theirs = await measured(bare, () => load({ ...options, url: bare.url }));
    const ratio = ours.rps / theirs.rps;
    const markdown = table(
      ['server', 'requests/s', 'p50 ms', 'p99 ms', 'errors', 'server CPU ms per request'],
      [
        ['Canopy (authenticated viewer)', ours.rps, ours.p50, ours.p99, ours.errors, ours.cpuPerRequest],
        ['bare Apollo Server (constant)', theirs.rps, theirs.p50, theirs.p99, theirs.errors, theirs.cpuPerRequest],
        ['ratio (target ≥ 0.5)', ratio, '', '', '', theirs.cpuPerRequest / ours.cpuPerRequest],
      ],
    );
    return { markdown, ratio };
  } finally {
    await canopy.stop();
    await bare.stop();
    db.remove();
  }
}

/**
 * `count` Canopy children on the database at `location` (CANOPY_DB: a file or a postgres:// URL),
 * started together as replicas are; the platform ADMIN makes tenant `acme`, and every replica is
 * checked to answer the viewer query with its admin's token.
 */
export async function viewerReplicas(location: string, count: number): Promise<{ children: Child[]; token: string }> {
  const env = { CANOPY_DB: location, CANOPY_PORT: '0', CANOPY_ADMIN_PASSWORD: ADMIN_PASSWORD };
  const started = await Promise.allSettled(Array.from({ length: count }, () => startChild('serve.ts', env)));
  const children = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  try {
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
    const token = await acmeAdminToken(children[0].url, ADMIN_PASSWORD, USER_PASSWORD);
    for (const child of children) {
      const check = await call<{ viewer: { tenant: { name: string } } }>(child.url, VIEWER_QUERY, undefined, token);
      if (check.viewer.tenant.name !== 'acme') throw new Error('viewer query answered wrongly');
    }
    return { children, token };
  } catch (error) {
    for (const child of children) await child.stop();
    throw error;
  }
}

/**
 * A load run with the server's CPU time per request beside it: requests/s moves with whatever else
 * the machine does (the load generator shares it), CPU time per request much less.
 */
async function measured(
  server: Child,
  run: () => Promise<LoadResult>,
): Promise<LoadResult & { cpuPerRequest: number }> {
  const before = server.cpuMs();
  const result = await run();
  return { ...result, cpuPerRequest: (server.cpuMs() - before) / result.requests };
}
