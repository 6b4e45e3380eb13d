import { GqlClient } from '../helpers/client';
import { CreateUser, Login, Logout, UpdateTenant, UpdateUser, Viewer } from '../helpers/documents';
import { startTestServer, TestServer } from '../helpers/server';
import { createTenant, createUser, login, PASSWORD } from '../helpers/world';

describe('login, logout, viewer', () => {
  let server: TestServer;
  let anon: GqlClient;
  let admin: GqlClient;

  beforeAll(async () => {
    server = await startTestServer();
    anon = new GqlClient(server.url);
    admin = await login(server, 'admin', server.adminPassword);
  });
  afterAll(() => server.close());

  it('logs the bootstrap ADMIN in by bare name and returns a token, expiry and viewer', async () => {
    const response = await anon.request(Login, { input: { identification: 'admin', password: server.adminPassword } });
    expect(response.errors).toBeUndefined();
    const login = response.data!.login;
    expect(login.token).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 random bits, base64url
    expect(new Date(login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    expect(login.viewer).toMatchObject({ name: 'admin', staffRole: 'ADMIN', tenant: null });
  });

  it('sets an HttpOnly SameSite cookie that authenticates later requests', async () => {
    const response = await anon.request(Login, { input: { identification: 'admin', password: server.adminPassword } });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/canopy_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const session = cookie.split(';')[0];
    const viewer = await new GqlClient(server.url, undefined, { cookie: session }).ok(Viewer);
    expect(viewer.viewer?.name).toBe('admin');
  });

  it('answers an unknown user and a wrong password alike', async () => {
    const unknown = await anon.fail(Login, { input: { identification: 'nobody', password: 'whatever-password' } });
    const wrong = await anon.fail(Login, { input: { identification: 'admin', password: 'wrong-password' } });
    const unknownTenant = await anon.fail(Login, {
      input: { identification: 'admin#no-such-tenant', password: 'whatever-password' },
    });
    for (const error of [unknown, wrong, unknownTenant]) {
      expect(error.extensions?.code).toBe('UNAUTHENTICATED');
      expect(error.message).toBe(unknown.message);
    }
  });

  it('gives viewer null without a session, and UNAUTHENTICATED for operations that need one', async () => {
    expect((await anon.ok(Viewer)).viewer).toBeNull();
    expect(
      await new GqlClient(server.url, 'not-a-real-token').code(CreateUser, {
        input: { groupId: '1', name: 'x', password: PASSWORD },
      }),
    ).toBe('UNAUTHENTICATED');
  });

  it('logout revokes the token', async () => {
    const client = await login(server, 'admin', server.adminPassword);
    expect((await client.ok(Logout)).logout.ok).toBe(true);
    expect((await client.ok(Viewer)).viewer).toBeNull();
  });

  it('logs tenant users in as name#tenant; the same name in two tenants is two users', async () => {
    const a = await createTenant(admin, server, 'alpha');
    const b = await createTenant(admin, server, 'beta');
    await createUser(a.admin, a.rootGroupId, 'sam');
    await createUser(b.admin, b.rootGroupId, 'sam');
    const samA = (await (await login(server, 'sam#alpha')).ok(Viewer)).viewer!;
    const samB = (await (await login(server, 'sam#beta')).ok(Viewer)).viewer!;
    expect(samA.tenant?.name).toBe('alpha');
    expect(samB.tenant?.name).toBe('beta');
    expect(samA.id).not.toBe(samB.id);
    expect(await anon.code(Login, { input: { identification: 'sam', password: PASSWORD } })).toBe('UNAUTHENTICATED');
  });

  it('a disabled user cannot log in and its live sessions stop at once', async () => {
    const t = await createTenant(admin, server, 'gamma');
    const userId = await createUser(t.admin, t.rootGroupId, 'dora');
    const dora = await login(server, 'dora#gamma');
    await t.admin.ok(UpdateUser, { input: { userId, groupId: t.rootGroupId, enabled: false } });
    expect((await dora.ok(Viewer)).viewer).toBeNull();
    expect(await anon.code(Login, { input: { identification: 'dora#gamma', password: PASSWORD } })).toBe(
      'UNAUTHENTICATED',
    );
    await t.admin.ok(UpdateUser, { input: { userId, groupId: t.rootGroupId, enabled: true } });
    expect((await (await login(server, 'dora#gamma')).ok(Viewer)).viewer?.name).toBe('dora');
  });

  it("a disabled tenant's users cannot log in and their sessions stop at once", async () => {
    const t = await createTenant(admin, server, 'delta');
    await admin.ok(UpdateTenant, { input: { tenantId: t.id, enabled: false } });
    expect((await t.admin.ok(Viewer)).viewer).toBeNull();
    expect(await anon.code(Login, { input: { identification: 'admin#delta', password: PASSWORD } })).toBe(
      'UNAUTHENTICATED',
    );
    await admin.ok(UpdateTenant, { input: { tenantId: t.id, enabled: true } });
    expect((await (await login(server, 'admin#delta')).ok(Viewer)).viewer?.name).toBe('admin');
  });

  it('a tenant admin changing its own password with updateUser stays logged in; its other sessions end', async () => {
    const t = await createTenant(admin, server, 'zeta');
    const here = t.admin;
    const elsewhere = await login(server, 'admin#zeta');
    await here.ok(UpdateUser, {
      input: { userId: t.adminId, groupId: t.rootGroupId, password: 'my-own-new-password' },
    });
    expect((await here.ok(Viewer)).viewer?.name).toBe('admin');
    expect((await elsewhere.ok(Viewer)).viewer).toBeNull();
  });

  it("a changed password ends the user's sessions", async () => {
    const t = await createTenant(admin, server, 'epsilon');
    const userId = await createUser(t.admin, t.rootGroupId, 'pat');
    const pat = await login(server, 'pat#epsilon');
    await t.admin.ok(UpdateUser, { input: { userId, groupId: t.rootGroupId, password: 'a-brand-new-password' } });
    expect((await pat.ok(Viewer)).viewer).toBeNull();
    expect((await (await login(server, 'pat#epsilon', 'a-brand-new-password')).ok(Viewer)).viewer?.name).toBe('pat');
  });
});
