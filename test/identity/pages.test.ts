import { GroupUserPageQuery, TenantPageQuery } from '../gql/graphql';
import { UpdateTenant } from '../helpers/documents';
import { GroupUserPage, TenantPage } from '../helpers/pages.documents';
import { startTestServer, TestServer } from '../helpers/server';
import { GqlClient } from '../helpers/client';
import { createTenant, createUser, login, TenantFixture } from '../helpers/world';

/** `tenants` and `group.users` as connections (issue 15): pages, filters, sort, bad cursors. */
describe('tenant and group user pages', () => {
  let server: TestServer;
  let admin: GqlClient;
  let acme: TenantFixture;
  beforeAll(async () => {
    server = await startTestServer();
    admin = await login(server, 'admin', server.adminPassword);
    acme = await createTenant(admin, server, 'ab-acme');
    await createTenant(admin, server, 'ab-zeta');
    const off = await createTenant(admin, server, 'other');
    await admin.ok(UpdateTenant, { input: { tenantId: off.id, enabled: false } });
    for (const name of ['carol', 'bob', 'dave']) await createUser(acme.admin, acme.rootGroupId, name);
  });
  afterAll(() => server.close());

  it('pages tenants by name both ways, and filters by name and enabled', async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { tenants }: TenantPageQuery = await admin.ok(TenantPage, {
        first: 1,
        after,
        orderBy: { field: 'NAME', direction: 'DESC' },
      });
      names.push(...tenants.nodes.map((t) => t.name));
      expect(tenants.totalCount).toBe(3);
      if (!tenants.pageInfo.hasNextPage) break;
      after = tenants.pageInfo.endCursor;
    }
    expect(names).toEqual(['other', 'ab-zeta', 'ab-acme']);
    const ab = await admin.ok(TenantPage, { filter: { nameContains: 'AB-' } });
    expect(ab.tenants.nodes.map((t) => t.name)).toEqual(['ab-acme', 'ab-zeta']);
    const disabled = await admin.ok(TenantPage, { filter: { enabled: false } });
    expect(disabled.tenants).toMatchObject({ nodes: [{ name: 'other', enabled: false }], totalCount: 1 });
    // A tenant user sees its own tenant only.
    expect((await acme.admin.ok(TenantPage, {})).tenants.nodes.map((t) => t.name)).toEqual(['ab-acme']);
  });

  it("pages a group's users", async () => {
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { group }: GroupUserPageQuery = await acme.admin.ok(GroupUserPage, {
        id: acme.rootGroupId,
        first: 2,
        after,
        orderBy: { field: 'NAME', direction: 'ASC' },
      });
      names.push(...group.users.nodes.map((u) => u.name));
      if (!group.users.pageInfo.hasNextPage) break;
      after = group.users.pageInfo.endCursor;
    }
    expect(names).toEqual(['admin', 'bob', 'carol', 'dave']);
  });

  it('refuses bad cursors and first out of range', async () => {
    const code = async (variables: object) => (await admin.fail(TenantPage, variables)).extensions?.code;
    expect(await code({ after: 'nope' })).toBe('BAD_USER_INPUT');
    const { tenants } = await admin.ok(TenantPage, { first: 1 });
    expect(await code({ after: tenants.pageInfo.endCursor, orderBy: { field: 'NAME', direction: 'DESC' } })).toBe(
      'BAD_USER_INPUT',
    );
    expect(await code({ first: 0 })).toBe('BAD_USER_INPUT');
    expect(await code({ first: 501 })).toBe('BAD_USER_INPUT');
  });
});
