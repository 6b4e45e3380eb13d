import { GqlClient } from '../helpers/client';
import { GetGroup, Viewer } from '../helpers/documents';
import { startTestServer, TestServer } from '../helpers/server';
import { createGroup, createTenant, createUser, login } from '../helpers/world';

/**
 * SQL statements per request, pinned as NetBox pins query counts: a change that makes these grow
 * (an N+1, or an authorization check that walks the tree) fails here.
 */
describe('SQL statements per request', () => {
  let server: TestServer;
  let groupAdmin: GqlClient;
  const chain: string[] = [];

  beforeAll(async () => {
    server = await startTestServer();
    const admin = await login(server, 'admin', server.adminPassword);
    const t = await createTenant(admin, server, 'deep');
    let parent = t.rootGroupId;
    for (let depth = 1; depth <= 10; depth++) {
      parent = await createGroup(t.admin, parent, `level-${depth}`);
      chain.push(parent);
      for (let i = 0; i < 5; i++) await createUser(t.admin, parent, `u${depth}-${i}`);
    }
    await createUser(t.admin, chain[0], 'boss', { isAdmin: true });
    groupAdmin = await login(server, 'boss#deep');
  });
  afterAll(() => server.close());

  async function statementsFor(run: () => Promise<unknown>): Promise<number> {
    const before = server.canopy.deps.db.statements.count;
    await run();
    return server.canopy.deps.db.statements.count - before;
  }

  it('viewer with tenant and memberships costs two statements', async () => {
    // authentication: the session joined with its user, tenant and memberships, one statement; the
    // viewer row, its tenant and its memberships are then answered from what authentication read;
    // the fields add the memberships' groups (one batch)
    expect(await statementsFor(() => groupAdmin.ok(Viewer))).toBe(2);
  });

  it('a group admin reading a group one level or ten levels down costs the same', async () => {
    const near = await statementsFor(() => groupAdmin.ok(GetGroup, { id: chain[1] }));
    const far = await statementsFor(() => groupAdmin.ok(GetGroup, { id: chain[9] }));
    expect(far).toBe(near);
    // session (with user, tenant and memberships), group, parent, children, members, members' memberships
    expect(near).toBe(6);
  });
});
