import { createHash } from 'node:crypto';
import { LoginLimiter } from '../../src/auth/login-limiter';
import { GqlClient } from '../helpers/client';
import { freshLocation } from '../helpers/database';
import { postRaw } from '../helpers/raw';
import { Login, Viewer } from '../helpers/documents';
import { ChangePassword } from '../helpers/security.documents';
import { startTestServer, TestServer } from '../helpers/server';
import { rowCount, sqlRows } from '../helpers/sql';
import { createTenant, createUser, login, PASSWORD } from '../helpers/world';

describe('brute-force protection on login', () => {
  let server: TestServer;
  let anon: GqlClient;

  beforeAll(async () => {
    server = await startTestServer({
      env: {
        CANOPY_LOGIN_MAX_FAILURES: '3',
        CANOPY_LOGIN_MAX_FAILURES_PER_SOURCE: '10',
        CANOPY_LOGIN_LOCKOUT_SECONDS: '3600',
      },
    });
    anon = new GqlClient(server.url);
    const admin = await login(server, 'admin', server.adminPassword);
    const t = await createTenant(admin, server, 'acme');
    await createUser(t.admin, t.rootGroupId, 'carol');
    await createUser(t.admin, t.rootGroupId, 'dave');
  });
  afterAll(() => server.close());

  // The window is an hour so no test races it; its end is reached by moving the stored expiry
  // (rate-limiter-flexible reads the system clock itself, so no Clock can be handed in).
  const endWindows = () => sqlRows(server, 'update login_failures set expire = ?', [new Date(Date.now() - 1)]);
  const attempt = (identification: string, password: string) =>
    anon.fail(Login, { input: { identification, password } }).catch(() => ({ extensions: { code: 'ok' } }));

  it('locks an account after its failures, even for the right password, then lets it in after the window', async () => {
    for (let i = 0; i < 3; i++)
      expect((await attempt('carol#acme', 'wrong-password')).extensions?.code).toBe('UNAUTHENTICATED');
    const locked = await anon.fail(Login, { input: { identification: 'carol#acme', password: PASSWORD } });
    expect(locked.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(locked.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect((await attempt('dave#acme', PASSWORD)).extensions?.code).toBe('ok'); // another account is unaffected
    await endWindows();
    await login(server, 'carol#acme');
  });

  it('limits unknown accounts exactly like real ones', async () => {
    const real: (string | undefined)[] = [];
    const unknown: (string | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      real.push((await attempt('dave#acme', 'wrong-password')).extensions?.code);
      unknown.push((await attempt('nobody#acme', 'wrong-password')).extensions?.code);
    }
    expect(unknown).toEqual(real);
    expect(real).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
  });

  it('limits one source across many accounts', async () => {
    await endWindows();
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 11; i++) codes.push((await attempt(`spray-${i}`, 'wrong-password')).extensions?.code);
    expect(codes.slice(0, 10).every((c) => c === 'UNAUTHENTICATED')).toBe(true);
    expect(codes[10]).toBe('RATE_LIMITED');
  });
});

describe('login failures kept in the database', () => {
  it('are not forgiven by a restart, and old windows are swept', async () => {
    const fresh = await freshLocation();
    const dbFile = fresh.location;
    const env = { CANOPY_LOGIN_MAX_FAILURES: '2', CANOPY_LOGIN_LOCKOUT_SECONDS: '3600' };
    const fail = async (server: TestServer) =>
      (
        await new GqlClient(server.url).fail(Login, {
          input: { identification: 'admin', password: 'a-wrong-guess-123' },
        })
      ).extensions?.code;
    try {
      const first = await startTestServer({ dbFile, env });
      expect([await fail(first), await fail(first)]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED']);
      await first.close();
      const second = await startTestServer({ dbFile, env });
      const locked = await new GqlClient(second.url).fail(Login, {
        input: { identification: 'admin', password: second.adminPassword },
      });
      expect(locked.extensions).toMatchObject({ code: 'RATE_LIMITED' });
      const rows = () => rowCount(second, 'login_failures');
      expect(await rows()).toBe(2); // the account's and the source's
      const limiter = new LoginLimiter(second.canopy.deps.db, {
        maxFailuresPerAccount: 2,
        maxFailuresPerSource: 2,
        lockoutSeconds: 3600,
      });
      await limiter.sweep(Date.now());
      expect(await rows()).toBe(2); // still in their window
      await limiter.sweep(Date.now() + 2 * 3_600_000);
      expect(await rows()).toBe(0);
      await second.close();
    } finally {
      await fresh.remove();
    }
  });
});

describe('the source of a login behind a proxy', () => {
  const failFrom = async (server: TestServer, forwardedFor: string) => {
    const body = JSON.stringify({
      query: 'mutation($i: LoginInput!) { login(input: $i) { token } }',
      variables: { i: { identification: `spray-${Math.random()}`, password: 'wrong-password' } },
    });
    return (await postRaw(server.url, body, { 'x-forwarded-for': forwardedFor })).json().errors?.[0].extensions?.code;
  };

  it('is the forwarded address only when CANOPY_TRUST_PROXY trusts the proxy', async () => {
    const env = { CANOPY_LOGIN_MAX_FAILURES_PER_SOURCE: '2', CANOPY_LOGIN_LOCKOUT_SECONDS: '3600' };
    const trusting = await startTestServer({ env: { ...env, CANOPY_TRUST_PROXY: 'loopback' } });
    const direct = await startTestServer({ env });
    try {
      expect([
        await failFrom(trusting, '198.51.100.1'),
        await failFrom(trusting, '198.51.100.1'),
        await failFrom(trusting, '198.51.100.1'),
      ]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
      expect(await failFrom(trusting, '198.51.100.2')).toBe('UNAUTHENTICATED');
      // Not trusted, the header is the client's word: every address is the one socket's.
      expect([
        await failFrom(direct, '198.51.100.1'),
        await failFrom(direct, '198.51.100.2'),
        await failFrom(direct, '198.51.100.3'),
      ]).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'RATE_LIMITED']);
    } finally {
      await trusting.close();
      await direct.close();
    }
  });
});

describe('sessions and password change', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
    const admin = await login(server, 'admin', server.adminPassword);
    const t = await createTenant(admin, server, 'acme');
    await createUser(t.admin, t.rootGroupId, 'erin');
  });
  afterAll(() => server.close());

  it('changePassword keeps this session, ends the others, and checks the current password and the policy', async () => {
    const here = await login(server, 'erin#acme');
    const elsewhere = await login(server, 'erin#acme');
    expect(
      await here.code(ChangePassword, {
        input: { currentPassword: 'wrong-password', newPassword: 'another-long-one' },
      }),
    ).toBe('UNAUTHENTICATED');
    expect(
      (await here.fail(ChangePassword, { input: { currentPassword: PASSWORD, newPassword: 'x-ERIN-123' } })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(
      (await here.fail(ChangePassword, { input: { currentPassword: PASSWORD, newPassword: 'short' } })).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    expect(
      (await here.ok(ChangePassword, { input: { currentPassword: PASSWORD, newPassword: 'another-long-one' } }))
        .changePassword.ok,
    ).toBe(true);
    expect((await here.ok(Viewer)).viewer?.name).toBe('erin');
    expect((await elsewhere.ok(Viewer)).viewer).toBeNull();
    await login(server, 'erin#acme', 'another-long-one');
    expect(
      await new GqlClient(server.url).code(ChangePassword, {
        input: { currentPassword: 'a', newPassword: 'another-long-one' },
      }),
    ).toBe('UNAUTHENTICATED');
  });

  it('a session ends when idle too long or past its absolute expiry', async () => {
    const idle = await login(server, 'admin', server.adminPassword);
    const old = await login(server, 'admin', server.adminPassword);
    const hash = (token: string) => createHash('sha256').update(token).digest('hex');
    await sqlRows(server, 'update sessions set last_seen_at = ? where token_hash = ?', [
      new Date(Date.now() - 61 * 60_000),
      hash(idle.token!),
    ]);
    await sqlRows(server, 'update sessions set expires_at = ? where token_hash = ?', [
      new Date(Date.now() - 1000),
      hash(old.token!),
    ]);
    expect((await idle.ok(Viewer)).viewer).toBeNull();
    expect((await old.ok(Viewer)).viewer).toBeNull();
  });
});
