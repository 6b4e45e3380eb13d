import { GqlClient } from '../helpers/client';
import { CreateUser, GetGroup, GetUser, RemoveUser, UpdateUser, Viewer } from '../helpers/documents';
import { startTestServer, TestServer } from '../helpers/server';
import { createGroup, createTenant, createUser, login, PASSWORD, TenantFixture } from '../helpers/world';

describe('users', () => {
  let server: TestServer;
  let admin: GqlClient;
  let t: TenantFixture;
  let u: TenantFixture;
  let platformRootId: string;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await login(server, 'admin', server.adminPassword);
    t = await createTenant(admin, server, 'acme');
    u = await createTenant(admin, server, 'umbrella');
    platformRootId = (await admin.ok(GetUser, { id: (await admin.ok(Viewer)).viewer!.id })).user.groups[0].id;
  });
  afterAll(() => server.close());

  it('creates a user in a group, enabled by default, with its membership', async () => {
    const { createUser: created } = await t.admin.ok(CreateUser, {
      input: { groupId: t.rootGroupId, name: 'ann', password: PASSWORD, description: 'Accounts', isAdmin: true },
    });
    expect(created.user).toMatchObject({
      name: 'ann',
      description: 'Accounts',
      enabled: true,
      staffRole: null,
      tenant: { id: t.id },
      memberships: [{ isAdmin: true, group: { id: t.rootGroupId } }],
    });
  });

  it('refuses a duplicate name in the tenant (CONFLICT) but not in another tenant', async () => {
    const group = await createGroup(t.admin, t.rootGroupId, 'dup');
    await createUser(t.admin, group, 'zed');
    expect(await t.admin.code(CreateUser, { input: { groupId: t.rootGroupId, name: 'zed', password: PASSWORD } })).toBe(
      'CONFLICT',
    );
    await createUser(u.admin, u.rootGroupId, 'zed');
  });

  it('creates staff only in a platform group, with a staffRole, by an ADMIN', async () => {
    const staff = await admin.ok(CreateUser, {
      input: { groupId: platformRootId, name: 'terry', password: PASSWORD, staffRole: 'TELECOM' },
    });
    expect(staff.createUser.user).toMatchObject({ staffRole: 'TELECOM', tenant: null });
    expect(
      (await admin.fail(CreateUser, { input: { groupId: platformRootId, name: 'nobody', password: PASSWORD } }))
        .extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'staffRole' });
    expect(
      (
        await admin.fail(CreateUser, {
          input: { groupId: t.rootGroupId, name: 'fake-staff', password: PASSWORD, staffRole: 'ADMIN' },
        })
      ).extensions,
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'staffRole' });
    expect(
      await t.admin.code(CreateUser, {
        input: { groupId: t.rootGroupId, name: 'fake-staff', password: PASSWORD, staffRole: 'ADMIN' },
      }),
    ).toBe('BAD_USER_INPUT');
    expect((await (await login(server, 'terry')).ok(Viewer)).viewer?.staffRole).toBe('TELECOM');
  });

  it('refuses bad input on the right field', async () => {
    for (const [input, field] of [
      [{ groupId: t.rootGroupId, name: 'ok', password: 'short' }, 'password'],
      [{ groupId: t.rootGroupId, name: 'a#b', password: PASSWORD }, 'name'],
      [{ groupId: 'x', name: 'ok', password: PASSWORD }, 'groupId'],
    ] as const) {
      expect((await t.admin.fail(CreateUser, { input })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await t.admin.code(CreateUser, { input: { groupId: '424242', name: 'ok', password: PASSWORD } })).toBe(
      'NOT_FOUND',
    );
  });

  it('updateUser edits the user and its membership of the group, adding it when missing', async () => {
    const sales = await createGroup(t.admin, t.rootGroupId, 'sales');
    const id = await createUser(t.admin, t.rootGroupId, 'bea');
    const { updateUser } = await t.admin.ok(UpdateUser, {
      input: { userId: id, groupId: sales, name: 'beatrice', description: 'Sales lead', isAdmin: true },
    });
    expect(updateUser.user).toMatchObject({ name: 'beatrice', description: 'Sales lead', enabled: true });
    expect(updateUser.user.memberships).toEqual(
      expect.arrayContaining([
        { isAdmin: false, group: { id: t.rootGroupId } },
        { isAdmin: true, group: { id: sales } },
      ]),
    );
    expect(await t.admin.code(UpdateUser, { input: { userId: id, groupId: sales, name: 'ann' } })).toBe('CONFLICT');
    expect(await admin.code(UpdateUser, { input: { userId: id, groupId: u.rootGroupId } })).toBe('BAD_USER_INPUT');
    expect(await t.admin.code(UpdateUser, { input: { userId: '999999', groupId: sales } })).toBe('NOT_FOUND');
  });

  it('removeUser with a group removes that membership; the last one cannot go', async () => {
    const extra = await createGroup(t.admin, t.rootGroupId, 'extra');
    const id = await createUser(t.admin, t.rootGroupId, 'cal');
    await t.admin.ok(UpdateUser, { input: { userId: id, groupId: extra } });
    expect((await t.admin.ok(RemoveUser, { input: { userId: id, groupId: extra } })).removeUser).toEqual({
      removedUserId: id,
      deleted: false,
    });
    expect((await t.admin.ok(GetGroup, { id: extra })).group.users.nodes).toEqual([]);
    expect(await t.admin.code(RemoveUser, { input: { userId: id, groupId: extra } })).toBe('CONFLICT');
    expect(await t.admin.code(RemoveUser, { input: { userId: id, groupId: t.rootGroupId } })).toBe('CONFLICT');
  });

  it('removeUser without a group deletes the user and its sessions', async () => {
    const id = await createUser(t.admin, t.rootGroupId, 'dan');
    const dan = await login(server, 'dan#acme');
    expect((await t.admin.ok(RemoveUser, { input: { userId: id } })).removeUser).toEqual({
      removedUserId: id,
      deleted: true,
    });
    expect((await dan.ok(Viewer)).viewer).toBeNull();
    expect(await t.admin.code(GetUser, { id })).toBe('NOT_FOUND');
    expect(await t.admin.code(RemoveUser, { input: { userId: id } })).toBe('NOT_FOUND');
  });

  it('never leaves a tenant without an enabled root admin, and nobody deletes itself', async () => {
    const lone = await createTenant(admin, server, 'lonely');
    expect(await lone.admin.code(RemoveUser, { input: { userId: lone.adminId } })).toBe('CONFLICT');
    expect(await admin.code(RemoveUser, { input: { userId: lone.adminId } })).toBe('CONFLICT');
    expect(
      await admin.code(UpdateUser, { input: { userId: lone.adminId, groupId: lone.rootGroupId, enabled: false } }),
    ).toBe('CONFLICT');
    expect(
      await admin.code(UpdateUser, { input: { userId: lone.adminId, groupId: lone.rootGroupId, isAdmin: false } }),
    ).toBe('CONFLICT');
    const second = await createUser(lone.admin, lone.rootGroupId, 'deputy', { isAdmin: true });
    expect((await admin.ok(RemoveUser, { input: { userId: lone.adminId } })).removeUser.deleted).toBe(true);
    const deputy = await login(server, 'deputy#lonely');
    expect(await deputy.code(RemoveUser, { input: { userId: second } })).toBe('CONFLICT');
  });

  it('user(id) reads a user with its tenant and groups', async () => {
    const id = await createUser(t.admin, t.rootGroupId, 'eve');
    expect((await t.admin.ok(GetUser, { id })).user).toMatchObject({
      name: 'eve',
      enabled: true,
      staffRole: null,
      tenant: { id: t.id },
      groups: [{ id: t.rootGroupId }],
    });
  });
});
