import { GqlClient } from '../helpers/client';
import { CreateGroup, Login, Viewer } from '../helpers/documents';
import { PgCluster, startPrivateCluster } from '../helpers/pg-cluster';
import { CanopyProcess, spawnCanopy } from '../helpers/process';

/** Waits for `check` to pass, trying every 200 ms until the deadline. */
async function eventually(check: () => Promise<boolean>, deadlineMs: number): Promise<void> {
  const end = Date.now() + deadlineMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > end) throw new Error(`not true within ${deadlineMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * PostgreSQL stopped and started again under three replicas (`npm run test:pg` only; on a cluster
 * of the test's own): while it is gone, requests fail with UPSTREAM_UNAVAILABLE (HTTP 503 when not even
 * the session can be read) and /readyz says
 * the database is failing; once it is back, the same processes serve again, none restarted.
 */
describe('PostgreSQL restarting under load', () => {
  let cluster: PgCluster;
  const replicas: CanopyProcess[] = [];
  beforeAll(async () => {
    cluster = await startPrivateCluster();
    const env = { CANOPY_ADMIN_PASSWORD: 'restart-admin-password' };
    replicas.push(await spawnCanopy(cluster.url, env));
    replicas.push(...(await Promise.all([spawnCanopy(cluster.url, env), spawnCanopy(cluster.url, env)])));
  });
  afterAll(async () => {
    for (const replica of replicas) replica.stop();
    await cluster.remove();
  });

  it('requests fail cleanly while it is down and succeed again after, on every replica', async () => {
    const anon = new GqlClient(replicas[0].url);
    const { login } = await anon.ok(Login, { input: { identification: 'admin', password: 'restart-admin-password' } });
    const admins = replicas.map((r) => new GqlClient(r.url, login.token));
    const root = (await admins[0].ok(Viewer)).viewer!.memberships[0].group.id;

    let stopped = false;
    const codes = new Set<string>();
    let n = 0;
    const load = (async () => {
      while (!stopped) {
        const client = admins[n % 3];
        const response = await client
          .request(CreateGroup, { input: { parentGroupId: root, name: `load-${n++}` } })
          .catch(() => undefined); // no answer at all: a replica gone, which the end of the test reports
        if (!response) codes.add('no answer');
        for (const error of response?.errors ?? []) codes.add(error.extensions?.code ?? 'none');
        if (response && response.status >= 500 && !response.errors) codes.add(`HTTP ${response.status}`);
      }
    })();

    try {
      await cluster.stop();
      for (const replica of replicas) {
        await eventually(async () => {
          const ready = await fetch(`${replica.url}/readyz`);
          const body = (await ready.json()) as { checks: { database: string } };
          return ready.status === 503 && body.checks.database === 'failing';
        }, 20_000);
        const response = await new GqlClient(replica.url, login.token).request(Viewer);
        expect(response.status).toBe(503);
        expect(response.errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      }
      await cluster.start();
      for (const admin of admins) await eventually(async () => (await admin.ok(Viewer)).viewer !== null, 30_000);
    } finally {
      stopped = true;
      await load;
    }

    expect([...codes].filter((code) => code !== 'UPSTREAM_UNAVAILABLE')).toEqual([]);
    for (const replica of replicas) expect(replica.child.exitCode).toBeNull();
  });
});
