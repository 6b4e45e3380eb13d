import { Child, startChild } from '../lib/child';
import { acmeAdminToken, call, load, LoadResult } from '../lib/load';
import { table } from '../lib/table';
import { ADMIN_PASSWORD, tempDb, USER_PASSWORD } from '../lib/tempdb';

const QUERY = '{ viewer { name tenant { name } } }';

/** Item 2: a small authenticated query against a bare Apollo Server answering constants. Target: ratio ≥ 0.5. */
export async function throughput(seconds: number): Promise<{ markdown: string; ratio: number }> {
  const db = tempDb('throughput');
  const canopy = await startChild('serve.ts', {
    CANOPY_DB: db.file,
    CANOPY_PORT: '0',
    CANOPY_ADMIN_PASSWORD: ADMIN_PASSWORD,
  });
  const bare = await startChild('bare.ts', {});
  try {
    const token = await acmeAdminToken(canopy.url, ADMIN_PASSWORD, USER_PASSWORD);
    const check = await call<{ viewer: { tenant: { name: string } } }>(canopy.url, QUERY, undefined, token);
    if (check.viewer.tenant.name !== 'acme') throw new Error('viewer query answered wrongly');
    const options = { query: QUERY, connections: 16, seconds };
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
