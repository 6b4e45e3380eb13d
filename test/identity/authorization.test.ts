import { GqlClient } from '../helpers/client';
import * as doc from '../helpers/documents';
import { buildWorld, createGroup, createUser, PASSWORD, World } from '../helpers/world';

/**
 * Every identity operation against every persona (PRODUCT.md "Actors and roles"). A row says what
 * each persona gets: 'ok' or an error code. Targets live in tenant A (see test/helpers/world.ts):
 * `team` is administered by the group admin, `squad` is its subgroup holding the member, `other` is
 * a sibling of `team` outside the group admin's care; the other-tenant persona is a user of tenant B.
 */
type Persona = 'admin' | 'telecom' | 'operator' | 'tenantAdmin' | 'groupAdmin' | 'member' | 'otherTenant' | 'anonymous';
type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'CONFLICT';
type Expectations = Record<Persona, Outcome>;

const PERSONAS: Persona[] = [
  'admin',
  'telecom',
  'operator',
  'tenantAdmin',
  'groupAdmin',
  'member',
  'otherTenant',
  'anonymous',
];

/** Shorthands for the common shapes of a row. */
const row = (
  admin: Outcome,
  staff: Outcome,
  tenantAdmin: Outcome,
  groupAdmin: Outcome,
  member: Outcome,
  otherTenant: Outcome,
): Expectations => ({
  admin,
  telecom: staff,
  operator: staff,
  tenantAdmin,
  groupAdmin,
  member,
  otherTenant,
  anonymous: 'UNAUTHENTICATED',
});
const MANAGE_TEAM = row('ok', 'FORBIDDEN', 'ok', 'ok', 'FORBIDDEN', 'NOT_FOUND');
const MANAGE_OUTSIDE_TEAM = row('ok', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND');
const READ_OUTSIDE_TEAM = row('ok', 'ok', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND');
const ADMIN_ONLY_IN_A = row('ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND');
const DELETE_USER_IN_A = row('ok', 'FORBIDDEN', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND');

interface Case {
  name: string;
  expect: Expectations;
  /** Runs the operation as `client`; `n` makes names unique per persona. */
  run(w: World, client: GqlClient, n: string): Promise<{ errors?: { extensions?: { code?: string } }[] }>;
}

const cases: Case[] = [
  {
    name: 'viewer',
    expect: { ...row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'), anonymous: 'ok' },
    run: (_w, c) => c.request(doc.Viewer),
  },
  {
    name: 'logout',
    expect: { ...row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'), anonymous: 'ok' },
    run: (w, _c) => new GqlClient(w.server.url).request(doc.Logout),
  },
  {
    name: 'tenant(A)',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'NOT_FOUND'),
    run: (w, c) => c.request(doc.GetTenant, { id: w.a.id }),
  },
  { name: 'tenants', expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'ok'), run: (_w, c) => c.request(doc.ListTenants) },
  {
    name: 'createTenant',
    expect: row('ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'),
    run: (_w, c, n) => c.request(doc.CreateTenant, { input: { name: `new-tenant-${n}` } }),
  },
  {
    name: 'updateTenant(A)',
    expect: ADMIN_ONLY_IN_A,
    run: (w, c) => c.request(doc.UpdateTenant, { input: { tenantId: w.a.id, description: 'changed' } }),
  },
  {
    name: 'platformRootGroup',
    expect: row('ok', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'),
    run: (_w, c) => c.request(doc.PlatformRootGroup),
  },
  {
    name: 'group(root of A)',
    expect: row('ok', 'ok', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND'),
    run: (w, c) => c.request(doc.GetGroup, { id: w.a.rootGroupId }),
  },
  {
    name: 'group(team)',
    expect: row('ok', 'ok', 'ok', 'ok', 'FORBIDDEN', 'NOT_FOUND'),
    run: (w, c) => c.request(doc.GetGroup, { id: w.team }),
  },
  {
    name: "group(squad), the member's own",
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'NOT_FOUND'),
    run: (w, c) => c.request(doc.GetGroup, { id: w.squad }),
  },
  { name: 'group(other)', expect: READ_OUTSIDE_TEAM, run: (w, c) => c.request(doc.GetGroup, { id: w.otherGroup }) },
  {
    name: 'group(platform root)',
    expect: row('ok', 'ok', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'),
    run: (w, c) => c.request(doc.GetGroup, { id: w.platformRootId }),
  },
  {
    name: 'createGroup(in team)',
    expect: MANAGE_TEAM,
    run: (w, c, n) => c.request(doc.CreateGroup, { input: { parentGroupId: w.team, name: `sub-${n}` } }),
  },
  {
    name: 'createGroup(in other)',
    expect: MANAGE_OUTSIDE_TEAM,
    run: (w, c, n) => c.request(doc.CreateGroup, { input: { parentGroupId: w.otherGroup, name: `sub-${n}` } }),
  },
  {
    name: 'createGroup(in platform root)',
    expect: row('ok', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'),
    run: (w, c, n) => c.request(doc.CreateGroup, { input: { parentGroupId: w.platformRootId, name: `staff-${n}` } }),
  },
  {
    name: 'updateGroup(squad)',
    expect: MANAGE_TEAM,
    run: (w, c) => c.request(doc.UpdateGroup, { input: { groupId: w.squad, description: 'changed' } }),
  },
  {
    name: 'updateGroup(other)',
    expect: MANAGE_OUTSIDE_TEAM,
    run: (w, c) => c.request(doc.UpdateGroup, { input: { groupId: w.otherGroup, description: 'changed' } }),
  },
  {
    name: 'deleteGroup(empty group in team)',
    expect: MANAGE_TEAM,
    run: async (w, c, n) =>
      c.request(doc.DeleteGroup, { input: { groupId: await createGroup(w.admin, w.team, `doomed-${n}`) } }),
  },
  {
    name: 'createUser(in team)',
    expect: MANAGE_TEAM,
    run: (w, c, n) => c.request(doc.CreateUser, { input: { groupId: w.team, name: `user-${n}`, password: PASSWORD } }),
  },
  {
    name: 'createUser(in other)',
    expect: MANAGE_OUTSIDE_TEAM,
    run: (w, c, n) =>
      c.request(doc.CreateUser, { input: { groupId: w.otherGroup, name: `user-${n}`, password: PASSWORD } }),
  },
  {
    name: 'createUser(staff)',
    expect: row('ok', 'FORBIDDEN', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND'),
    run: (w, c, n) =>
      c.request(doc.CreateUser, {
        input: { groupId: w.platformRootId, name: `staff-${n}`, password: PASSWORD, staffRole: 'OPERATOR' },
      }),
  },
  {
    name: 'user(member)',
    expect: row('ok', 'ok', 'ok', 'ok', 'ok', 'NOT_FOUND'),
    run: (w, c) => c.request(doc.GetUser, { id: w.memberId }),
  },
  {
    name: 'user(user in other)',
    expect: READ_OUTSIDE_TEAM,
    run: (w, c) => c.request(doc.GetUser, { id: w.outsiderId }),
  },
  {
    name: 'user(tenant admin of A)',
    expect: row('ok', 'ok', 'ok', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND'),
    run: (w, c) => c.request(doc.GetUser, { id: w.a.adminId }),
  },
  {
    name: 'updateUser(member, squad)',
    expect: MANAGE_TEAM,
    run: (w, c) =>
      c.request(doc.UpdateUser, { input: { userId: w.memberId, groupId: w.squad, description: 'changed' } }),
  },
  {
    name: 'updateUser(user in other)',
    expect: MANAGE_OUTSIDE_TEAM,
    run: (w, c) =>
      c.request(doc.UpdateUser, { input: { userId: w.outsiderId, groupId: w.otherGroup, description: 'changed' } }),
  },
  {
    name: 'updateUser(pull user in other into team)',
    expect: MANAGE_OUTSIDE_TEAM,
    run: async (w, c, n) =>
      c.request(doc.UpdateUser, {
        input: { userId: await createUser(w.admin, w.otherGroup, `pulled-${n}`), groupId: w.team },
      }),
  },
  {
    name: 'removeUser(from squad, keeping team)',
    expect: MANAGE_TEAM,
    run: async (w, c, n) => {
      const userId = await createUser(w.admin, w.team, `leaver-${n}`);
      await w.admin.ok(doc.UpdateUser, { input: { userId, groupId: w.squad } });
      return c.request(doc.RemoveUser, { input: { userId, groupId: w.squad } });
    },
  },
  {
    name: 'removeUser(delete a user in squad)',
    expect: DELETE_USER_IN_A,
    run: async (w, c, n) =>
      c.request(doc.RemoveUser, { input: { userId: await createUser(w.admin, w.squad, `goner-${n}`) } }),
  },
];

describe('identity authorization, per persona', () => {
  let w: World;
  let clients: Record<Persona, GqlClient>;

  beforeAll(async () => {
    w = await buildWorld();
    clients = {
      admin: w.admin,
      telecom: w.telecom,
      operator: w.operator,
      tenantAdmin: w.a.admin,
      groupAdmin: w.groupAdmin,
      member: w.member,
      otherTenant: w.bMember,
      anonymous: w.anon,
    };
  });
  afterAll(() => w.close());

  const table = cases.flatMap((c) => PERSONAS.map((persona) => [c.name, persona, c.expect[persona], c] as const));
  it.each(table)('%s as %s → %s', async (_name, persona, expected, c) => {
    const response = await c.run(w, clients[persona], `${persona}-${Math.random().toString(36).slice(2, 8)}`);
    const outcome = response.errors?.length ? response.errors[0].extensions?.code : 'ok';
    expect(outcome).toBe(expected);
  });

  it('tenants lists only its own tenant to a tenant user', async () => {
    expect((await w.member.ok(doc.ListTenants)).tenants.nodes.map((t) => t.id)).toEqual([w.a.id]);
    expect((await w.bMember.ok(doc.ListTenants)).tenants.nodes.map((t) => t.id)).toEqual([w.b.id]);
  });

  it('group(id) fields show only what the viewer may see', async () => {
    const asMember = (await w.member.ok(doc.GetGroup, { id: w.squad })).group;
    expect(asMember.parent).toBeNull(); // team is not the member's to see
    expect(asMember.users.nodes.map((u) => u.name)).toEqual(['mike']);
    const asGroupAdmin = (await w.groupAdmin.ok(doc.GetGroup, { id: w.team })).group;
    expect(asGroupAdmin.parent).toBeNull(); // the root is above the group admin
    expect(asGroupAdmin.children.map((c) => c.id)).toContain(w.squad);
    const root = (await w.a.admin.ok(doc.GetGroup, { id: w.a.rootGroupId })).group;
    expect(root.children.map((c) => c.name)).toEqual(expect.arrayContaining(['team', 'other']));
  });
});
