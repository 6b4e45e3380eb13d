import { GqlClient } from '../helpers/client';
import { DeleteGroup, GetGroup, PlatformRootGroup, UpdateGroup } from '../helpers/documents';
import { startTestServer, TestServer } from '../helpers/server';
import { createGroup, createTenant, createUser, login, TenantFixture } from '../helpers/world';

describe('groups', () => {
  let server: TestServer;
  let admin: GqlClient;
  let t: TenantFixture;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await login(server, 'admin', server.adminPassword);
    t = await createTenant(admin, server, 'acme');
  });
  afterAll(() => server.close());

  it('nests without a depth limit; group(id) shows parent, children, users and tenant', async () => {
    let parent = t.rootGroupId;
    const chain: string[] = [];
    for (let depth = 1; depth <= 12; depth++) {
      parent = await createGroup(t.admin, parent, `level-${depth}`);
      chain.push(parent);
    }
    await createUser(t.admin, chain[11], 'deep-user');
    const { group } = await t.admin.ok(GetGroup, { id: chain[10] });
    expect(group).toMatchObject({
      name: 'level-11',
      parent: { id: chain[9] },
      children: [{ id: chain[11], name: 'level-12' }],
      users: { nodes: [] },
      tenant: { name: 'acme' },
    });
    const deepest = (await t.admin.ok(GetGroup, { id: chain[11] })).group;
    expect(deepest.users.nodes.map((u) => u.name)).toEqual(['deep-user']);
    const root = (await t.admin.ok(GetGroup, { id: t.rootGroupId })).group;
    expect(root.parent).toBeNull();
    expect(root.children.map((c) => c.name)).toContain('level-1');
    expect(root.users.nodes.map((u) => u.name)).toEqual(['admin']);
  });

  it('refuses a duplicate name among siblings (CONFLICT) but allows it under another parent', async () => {
    const a = await createGroup(t.admin, t.rootGroupId, 'sales');
    const b = await createGroup(t.admin, t.rootGroupId, 'support');
    expect(await t.admin.code(UpdateGroup, { input: { groupId: b, name: 'sales' } })).toBe('CONFLICT');
    await expect(createGroup(t.admin, t.rootGroupId, 'sales')).rejects.toThrow(/CONFLICT/);
    await createGroup(t.admin, a, 'emea');
    await createGroup(t.admin, b, 'emea');
  });

  it('updates name and description', async () => {
    const id = await createGroup(t.admin, t.rootGroupId, 'ops');
    const { updateGroup } = await t.admin.ok(UpdateGroup, {
      input: { groupId: id, name: 'operations', description: 'Runs things' },
    });
    expect(updateGroup.group).toEqual({ id, name: 'operations', description: 'Runs things' });
  });

  it('deletes only an empty, non-root group', async () => {
    const parent = await createGroup(t.admin, t.rootGroupId, 'to-empty');
    const child = await createGroup(t.admin, parent, 'child');
    expect(await t.admin.code(DeleteGroup, { input: { groupId: parent } })).toBe('CONFLICT');
    const userId = await createUser(t.admin, child, 'occupant');
    expect(await t.admin.code(DeleteGroup, { input: { groupId: child } })).toBe('CONFLICT');
    expect(await t.admin.code(DeleteGroup, { input: { groupId: t.rootGroupId } })).toBe('CONFLICT');
    await t.admin.ok((await import('../helpers/documents')).RemoveUser, { input: { userId } });
    expect((await t.admin.ok(DeleteGroup, { input: { groupId: child } })).deleteGroup.deletedGroupId).toBe(child);
    expect((await t.admin.ok(DeleteGroup, { input: { groupId: parent } })).deleteGroup.deletedGroupId).toBe(parent);
    expect(await t.admin.code(GetGroup, { id: parent })).toBe('NOT_FOUND');
    expect(await t.admin.code(DeleteGroup, { input: { groupId: parent } })).toBe('NOT_FOUND');
  });

  it('refuses bad input with BAD_USER_INPUT on the field, and unknown parents with NOT_FOUND', async () => {
    expect((await t.admin.fail(UpdateGroup, { input: { groupId: t.rootGroupId, name: '' } })).extensions).toMatchObject(
      { code: 'BAD_USER_INPUT', field: 'name' },
    );
    expect((await t.admin.fail(DeleteGroup, { input: { groupId: '-3' } })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'groupId',
    });
    await expect(createGroup(t.admin, '987654', 'orphan')).rejects.toThrow(/NOT_FOUND/);
  });

  it('platformRootGroup is the staff tree, with the first ADMIN in it', async () => {
    const { platformRootGroup } = await admin.ok(PlatformRootGroup);
    expect(platformRootGroup.users.nodes).toEqual([expect.objectContaining({ name: 'admin', staffRole: 'ADMIN' })]);
  });
});
