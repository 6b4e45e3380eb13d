import { startTestServer, TestServer } from '../helpers/server';
import { describeSim } from '../helpers/target';
import { graphqlWalk, restWalk, snapshot } from './walk';

/** The seed's flow over REST and over GraphQL, each on a fresh Canopy: the same state afterwards. */
describeSim('the seed flow over REST and over GraphQL', () => {
  let viaRest: TestServer;
  let viaGraphql: TestServer;
  beforeAll(async () => {
    [viaRest, viaGraphql] = await Promise.all([startTestServer(), startTestServer()]);
  });
  afterAll(async () => {
    await Promise.all([viaRest?.close(), viaGraphql?.close()]);
  });

  it('leaves the same tenants, groups, users, networks, routers, servers, volumes and tickets', async () => {
    await restWalk(viaRest.url, viaRest.adminPassword);
    await graphqlWalk(viaGraphql.url, viaGraphql.adminPassword);
    const [rest, graphql] = await Promise.all([
      snapshot(viaRest.url, viaRest.adminPassword),
      snapshot(viaGraphql.url, viaGraphql.adminPassword),
    ]);
    expect(rest).toEqual(graphql);
    // A walk that did nothing would match too: the state has what the flow made.
    expect(JSON.stringify(rest)).toContain('"name":"web"');
    expect(rest.state[0]).toMatchObject({ tenants: { nodes: [{ name: 'walk', customerManager: 'Wang' }] } });
    expect(JSON.stringify(rest.state)).toContain('"code":"COMPLETED"');
  });
});
