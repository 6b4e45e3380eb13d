import fs from 'node:fs';
import path from 'node:path';
import { MIGRATIONS_DIR } from '../../src/paths';
import { GqlClient } from '../helpers/client';
import { CreateServer, TenantQuota, UpdateQuota } from '../helpers/cloud.documents';
import { makeNetwork } from '../helpers/cloud';
import { CreateGroup, GetGroup, Login, Logout, Viewer } from '../helpers/documents';
import { freshLocation, pgRows, TestLocation } from '../helpers/database';
import { CanopyProcess, spawnCanopy } from '../helpers/process';
import { GetTicket } from '../helpers/tickets.documents';
import { attempt, Move, raise } from '../helpers/tickets.driver';
import { CATALOG } from '../helpers/target';
import { buildWorld, World } from '../helpers/world';

/**
 * Three Canopy replicas on one PostgreSQL database (`npm run test:pg` only): the test's own server
 * and two more processes, with requests spread over them. What one replica writes, every other
 * sees; rules hold across them as they do inside one.
 */
describe('three replicas on one PostgreSQL database', () => {
  let w: World;
  let others: CanopyProcess[];
  /** The same persona, once per replica. */
  const everywhere = (client: GqlClient): GqlClient[] => [
    client,
    ...others.map((o) => new GqlClient(o.url, client.token)),
  ];

  beforeAll(async () => {
    w = await buildWorld();
    others = await Promise.all([spawnCanopy(w.server.dbFile), spawnCanopy(w.server.dbFile)]);
  });
  afterAll(async () => {
    for (const other of others) other.stop();
    await w.close();
  });

  it('a session made on one replica works on the others, and a logout on one ends it on all at once', async () => {
    const anon = new GqlClient(others[0].url);
    const { login } = await anon.ok(Login, {
      input: { identification: 'mike#acme', password: 'correct-horse-battery' },
    });
    const [a, b, c] = everywhere(anon.withToken(login.token));
    for (const replica of [a, b, c]) expect((await replica.ok(Viewer)).viewer?.name).toBe('mike');
    await b.ok(Logout);
    for (const replica of [a, b, c]) expect((await replica.ok(Viewer)).viewer).toBeNull();
  });

  it('failed logins spread over the replicas count together toward one lockout', async () => {
    const anons = [w.server.url, ...others.map((o) => o.url)].map((url) => new GqlClient(url));
    const codes: (string | undefined)[] = [];
    // The default limit is 5 failures per account (PRODUCT.md "Configuration"); spread 7 over three replicas.
    for (let i = 0; i < 7; i++)
      codes.push(
        (await anons[i % 3].fail(Login, { input: { identification: 'olga#acme', password: `wrong-${i}` } })).extensions
          ?.code,
      );
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes.slice(5)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
    // Even the right password is refused now, on every replica.
    for (const anon of anons)
      expect(
        (await anon.fail(Login, { input: { identification: 'olga#acme', password: 'correct-horse-battery' } }))
          .extensions?.code,
      ).toBe('RATE_LIMITED');
  });

  it('one ticket moved through two replicas at once, 20 times: exactly one winner and one event each time', async () => {
    const [here, there] = everywhere(w.telecom);
    const yes: Move = { role: 'TELECOM', action: 'ACCEPT', result: true };
    const no: Move = { role: 'TELECOM', action: 'ACCEPT', result: false };
    for (let round = 0; round < 20; round++) {
      const t = await raise(w.member, 1, w.a.id);
      const outcomes = await Promise.all([attempt(here, t.id, yes), attempt(there, t.id, no)]);
      expect(outcomes.filter((o) => o.ticket)).toHaveLength(1);
      expect(outcomes.filter((o) => !o.ticket).map((o) => o.code)).toEqual(['CONFLICT']);
      expect((await w.admin.ok(GetTicket, { id: t.id })).ticket.events).toHaveLength(2);
    }
  });

  it('servers created at once through all three replicas never pass the quota, and no two get one address', async () => {
    const networkId = await makeNetwork(w.b.admin, w.b.id, 'replicas', 7);
    await w.admin.ok(UpdateQuota, { input: { tenantId: w.b.id, instances: 5, cores: 100, ramMb: 1_000_000 } });
    const admins = everywhere(w.b.admin);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        admins[i % 3].request(CreateServer, {
          input: {
            tenantId: w.b.id,
            name: `r${i}`,
            imageId: CATALOG.bootImage,
            instanceType: 'm1.tiny',
            networkIds: [networkId],
          },
        }),
      ),
    );
    const created = results.filter((r) => r.data?.createServer);
    expect(created).toHaveLength(5);
    expect(results.filter((r) => !r.data?.createServer).map((r) => r.errors?.[0].extensions?.code)).toEqual(
      Array(7).fill('QUOTA_EXCEEDED'),
    );
    const quota = (await w.admin.ok(TenantQuota, { id: w.b.id })).tenant.quota;
    expect(quota.instances).toEqual({ limit: 5, used: 5 });
    const addresses = created.flatMap((r) => r.data!.createServer.server.addresses.map((a) => a.ip));
    expect(addresses).toHaveLength(5);
    expect(new Set(addresses).size).toBe(5);
  });

  it('a replica SIGKILLed in the middle of a burst loses no write it acknowledged', async () => {
    const victim = await spawnCanopy(w.server.dbFile);
    const admins = [
      w.a.admin,
      new GqlClient(victim.url, w.a.admin.token),
      new GqlClient(others[0].url, w.a.admin.token),
    ];
    const acknowledged: string[] = [];
    const burst = Array.from({ length: 60 }, async (_, i) => {
      const response = await admins[i % 3]
        .request(CreateGroup, { input: { parentGroupId: w.a.rootGroupId, name: `burst-${i}` } })
        .catch(() => undefined); // the killed replica's requests end without an answer
      const id = response?.data?.createGroup.group.id;
      if (id) acknowledged.push(id);
    });
    setTimeout(() => victim.child.kill('SIGKILL'), 20);
    await Promise.all(burst);
    expect(acknowledged.length).toBeGreaterThan(20);
    for (const id of acknowledged) expect((await w.a.admin.ok(GetGroup, { id })).group?.id).toBe(id);
  });
});

const PG_MIGRATIONS = path.join(MIGRATIONS_DIR, 'pg');

describe('replicas starting at once on an empty PostgreSQL database', () => {
  let location: TestLocation;
  let replicas: CanopyProcess[] = [];
  beforeAll(async () => {
    location = await freshLocation();
  });
  afterAll(async () => {
    for (const replica of replicas) replica.stop();
    await location.remove();
  });

  it('all three serve; the schema is migrated once and there is one first ADMIN', async () => {
    const env = { CANOPY_ADMIN_PASSWORD: 'first-admin-password' };
    replicas = await Promise.all([1, 2, 3].map(() => spawnCanopy(location.location, env)));
    for (const replica of replicas) {
      const anon = new GqlClient(replica.url);
      const { login } = await anon.ok(Login, { input: { identification: 'admin', password: 'first-admin-password' } });
      expect((await anon.withToken(login.token).ok(Viewer)).viewer?.staffRole).toBe('ADMIN');
    }
    const count = async (sql: string) =>
      Number((await pgRows<{ n: string }>(location.location, `select count(*) as n from ${sql}`))[0].n);
    expect(await count('drizzle.__drizzle_migrations')).toBe(
      fs.readdirSync(PG_MIGRATIONS).filter((f) => f.endsWith('.sql')).length,
    );
    expect(await count('groups where tenant_id is null and parent_id is null')).toBe(1);
    expect(await count("users where staff_role = 'ADMIN'")).toBe(1);
  });
});
