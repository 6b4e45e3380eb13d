import { GqlClient } from './client';
import { CreateGroup, CreateTenant, CreateUser, Login, PlatformRootGroup } from './documents';
import { startTestServer, TestServer } from './server';

export const PASSWORD = 'correct-horse-battery';

export async function login(server: { url: string }, identification: string, password = PASSWORD): Promise<GqlClient> {
  const anon = new GqlClient(server.url);
  const data = await anon.ok(Login, { input: { identification, password } });
  return anon.withToken(data.login.token);
}

export interface TenantFixture {
  id: string;
  name: string;
  rootGroupId: string;
  adminId: string;
  admin: GqlClient;
}

/**
 * Every persona of PRODUCT.md, logged in against one live server:
 * platform ADMIN, TELECOM, OPERATOR; in tenant A a tenant admin, a group admin of `team`
 * (whose subgroup is `squad`), a member of `squad` and a user of the sibling group `other`;
 * in tenant B its admin and a member (the "other tenant").
 */
export interface World {
  server: TestServer;
  anon: GqlClient;
  admin: GqlClient;
  telecom: GqlClient;
  operator: GqlClient;
  platformRootId: string;
  a: TenantFixture;
  team: string;
  squad: string;
  otherGroup: string;
  groupAdmin: GqlClient;
  groupAdminId: string;
  member: GqlClient;
  memberId: string;
  outsiderId: string;
  b: TenantFixture;
  bMember: GqlClient;
  bMemberId: string;
  close(): Promise<void>;
}

export async function createTenant(admin: GqlClient, server: { url: string }, name: string): Promise<TenantFixture> {
  const { createTenant } = await admin.ok(CreateTenant, { input: { name, adminPassword: PASSWORD } });
  return {
    id: createTenant.tenant.id,
    name,
    rootGroupId: createTenant.tenant.rootGroup!.id,
    adminId: createTenant.admin.id,
    admin: await login(server, `admin#${name}`),
  };
}

export async function createGroup(client: GqlClient, parentGroupId: string, name: string): Promise<string> {
  return (await client.ok(CreateGroup, { input: { parentGroupId, name } })).createGroup.group.id;
}

export async function createUser(
  client: GqlClient,
  groupId: string,
  name: string,
  extra: { isAdmin?: boolean } = {},
): Promise<string> {
  return (await client.ok(CreateUser, { input: { groupId, name, password: PASSWORD, ...extra } })).createUser.user.id;
}

/** `options` go to the test server (e.g. its env: CANOPY_DEBUG_CALLS, a sim of a given size). */
export async function buildWorld(options: Parameters<typeof startTestServer>[0] = {}): Promise<World> {
  const server = await startTestServer(options);
  const anon = new GqlClient(server.url);
  const admin = await login(server, 'admin', server.adminPassword);
  const platformRootId = (await admin.ok(PlatformRootGroup)).platformRootGroup.id;
  await admin.ok(CreateUser, {
    input: { groupId: platformRootId, name: 'tina', password: PASSWORD, staffRole: 'TELECOM' },
  });
  await admin.ok(CreateUser, {
    input: { groupId: platformRootId, name: 'otto', password: PASSWORD, staffRole: 'OPERATOR' },
  });

  const a = await createTenant(admin, server, 'acme');
  const team = await createGroup(a.admin, a.rootGroupId, 'team');
  const squad = await createGroup(a.admin, team, 'squad');
  const otherGroup = await createGroup(a.admin, a.rootGroupId, 'other');
  const groupAdminId = await createUser(a.admin, team, 'gina', { isAdmin: true });
  const memberId = await createUser(a.admin, squad, 'mike');
  const outsiderId = await createUser(a.admin, otherGroup, 'olga');

  const b = await createTenant(admin, server, 'globex');
  const bMemberId = await createUser(b.admin, b.rootGroupId, 'bob');

  return {
    server,
    anon,
    admin,
    telecom: await login(server, 'tina'),
    operator: await login(server, 'otto'),
    platformRootId,
    a,
    team,
    squad,
    otherGroup,
    groupAdmin: await login(server, 'gina#acme'),
    groupAdminId,
    member: await login(server, 'mike#acme'),
    memberId,
    outsiderId,
    b,
    bMember: await login(server, 'bob#globex'),
    bMemberId,
    close: () => server.close(),
  };
}
