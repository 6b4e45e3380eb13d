import { startChild } from '../lib/child';
import { acmeAdminToken, load } from '../lib/load';
import { table } from '../lib/table';
import { ADMIN_PASSWORD, tempDb, USER_PASSWORD } from '../lib/tempdb';

/**
 * Item 3: logins per second at the chosen argon2 cost, and the p99 of other queries while logins
 * run at full rate. Target: p99 under 50 ms (hashing runs on libuv's pool, never on the loop).
 */
export async function loginLoad(seconds: number): Promise<{ markdown: string; p99: number }> {
  const db = tempDb('login');
  const canopy = await startChild('serve.ts', {
    CANOPY_DB: db.file,
    CANOPY_PORT: '0',
    CANOPY_ADMIN_PASSWORD: ADMIN_PASSWORD,
  });
  try {
    const token = await acmeAdminToken(canopy.url, ADMIN_PASSWORD, USER_PASSWORD);
    const quiet = await load({
      url: canopy.url,
      token,
      query: '{ viewer { name tenant { name } } }',
      connections: 2,
      seconds,
    });
    const [logins, others] = await Promise.all([
      load({
        url: canopy.url,
        query: 'mutation($i: LoginInput!) { login(input: $i) { token } }',
        variables: { i: { identification: 'admin#acme', password: USER_PASSWORD } },
        connections: 8,
        seconds,
      }),
      load({ url: canopy.url, token, query: '{ viewer { name tenant { name } } }', connections: 2, seconds }),
    ]);
    const markdown = table(
      ['load', 'requests/s', 'p50 ms', 'p99 ms', 'errors'],
      [
        ['logins at full rate (argon2id 19 MiB, t=2)', logins.rps, logins.p50, logins.p99, logins.errors],
        ['viewer queries alongside them', others.rps, others.p50, others.p99, others.errors],
        ['viewer queries alone (reference)', quiet.rps, quiet.p50, quiet.p99, quiet.errors],
      ],
    );
    return { markdown, p99: others.p99 };
  } finally {
    await canopy.stop();
    db.remove();
  }
}
