import { makeNetwork, makeServer } from '../helpers/cloud';
import {
  AssignServer,
  CreateNetwork,
  CreateServer,
  CreateVolume,
  GetServer,
  Networks,
  SecurityGroups,
  ServerAction,
  ServersPage,
  TenantQuota,
  Volumes,
} from '../helpers/cloud.documents';
import { GqlClient } from '../helpers/client';
import { CATALOG } from '../helpers/target';
import { buildWorld, World } from '../helpers/world';

/** Who may see and do what with a tenant's cloud resources, persona by persona (Keystone's protection tests). */
describe('rights on cloud resources', () => {
  let w: World;
  let networkId: string;
  let privateMine: string;
  let privateOther: string;
  let shared: string;
  beforeAll(async () => {
    w = await buildWorld();
    networkId = await makeNetwork(w.a.admin, w.a.id, 'lan');
    privateMine = await makeServer(w.a.admin, w.a.id, networkId, { name: 'mine' });
    privateOther = await makeServer(w.a.admin, w.a.id, networkId, { name: 'not-mine' });
    shared = await makeServer(w.a.admin, w.a.id, networkId, { name: 'shared', serverType: 'SHARED' });
    await w.a.admin.ok(AssignServer, { input: { serverId: privateMine, userId: w.memberId } });
  });
  afterAll(() => w.close());

  const personas = (): Record<string, GqlClient> => ({
    admin: w.admin,
    telecom: w.telecom,
    operator: w.operator,
    tenantAdmin: w.a.admin,
    groupAdmin: w.groupAdmin,
    member: w.member,
    otherTenant: w.b.admin,
    otherMember: w.bMember,
  });
  const outcome = async (
    run: (client: GqlClient) => Promise<{ errors?: Array<{ extensions?: { code?: string } }> }>,
  ) => {
    const result: Record<string, string> = {};
    for (const [name, client] of Object.entries(personas()))
      result[name] = (await run(client)).errors?.[0]?.extensions?.code ?? 'ok';
    return result;
  };

  it('the servers page: all servers for staff and tenant admins; SHARED and own PRIVATE for members; NOT_FOUND for another tenant', async () => {
    const names: Record<string, string> = {};
    for (const [persona, client] of Object.entries(personas())) {
      const response = await client.request(ServersPage, { tenantId: w.a.id });
      names[persona] =
        response.errors?.[0]?.extensions?.code ??
        (response
          .data!.tenant.servers.nodes.map((s) => s.name)
          .sort()
          .join(',') ||
          '-');
    }
    const all = 'mine,not-mine,shared';
    expect(names).toEqual({
      admin: all,
      telecom: all,
      operator: all,
      tenantAdmin: all,
      groupAdmin: 'shared',
      member: 'mine,shared',
      otherTenant: 'NOT_FOUND',
      otherMember: 'NOT_FOUND',
    });
  });

  it("server(id) of a colleague's PRIVATE server is FORBIDDEN, of another tenant NOT_FOUND", async () => {
    expect(await outcome((c) => c.request(GetServer, { id: privateOther }))).toEqual({
      admin: 'ok',
      telecom: 'ok',
      operator: 'ok',
      tenantAdmin: 'ok',
      groupAdmin: 'FORBIDDEN',
      member: 'FORBIDDEN',
      otherTenant: 'NOT_FOUND',
      otherMember: 'NOT_FOUND',
    });
  });

  it('server commands: admins and the members who see the server; read-only staff FORBIDDEN', async () => {
    const reboot = (serverId: string) => (c: GqlClient) =>
      c.request(ServerAction, { input: { serverId, command: 'REBOOT' } });
    expect(await outcome(reboot(privateMine))).toEqual({
      admin: 'ok',
      telecom: 'FORBIDDEN',
      operator: 'FORBIDDEN',
      tenantAdmin: 'ok',
      groupAdmin: 'FORBIDDEN',
      member: 'ok',
      otherTenant: 'NOT_FOUND',
      otherMember: 'NOT_FOUND',
    });
    expect(await outcome(reboot(shared))).toEqual({
      admin: 'ok',
      telecom: 'FORBIDDEN',
      operator: 'FORBIDDEN',
      tenantAdmin: 'ok',
      groupAdmin: 'ok',
      member: 'ok',
      otherTenant: 'NOT_FOUND',
      otherMember: 'NOT_FOUND',
    });
  });

  it('creating servers, networks and volumes: the tenant admin and ADMIN only', async () => {
    const make = {
      server: (c: GqlClient) =>
        c.request(CreateServer, {
          input: { tenantId: w.a.id, imageId: CATALOG.bootImage, instanceType: 'm1.tiny', networkIds: [networkId] },
        }),
      network: (c: GqlClient) =>
        c.request(CreateNetwork, {
          input: { tenantId: w.a.id, name: `n-${Math.random()}`, cidr: '10.77.0.0/24', gateway: '10.77.0.1' },
        }),
      volume: (c: GqlClient) => c.request(CreateVolume, { input: { tenantId: w.a.id, sizeGb: 1 } }),
    };
    const expected = {
      admin: 'ok',
      telecom: 'FORBIDDEN',
      operator: 'FORBIDDEN',
      tenantAdmin: 'ok',
      groupAdmin: 'FORBIDDEN',
      member: 'FORBIDDEN',
      otherTenant: 'NOT_FOUND',
      otherMember: 'NOT_FOUND',
    };
    for (const run of Object.values(make)) expect(await outcome(run)).toEqual(expected);
  });

  it('networks, volumes and the quota: staff and the tenant admin read them', async () => {
    const expected = {
      admin: 'ok',
      telecom: 'ok',
      operator: 'ok',
      tenantAdmin: 'ok',
      groupAdmin: 'FORBIDDEN',
      member: 'FORBIDDEN',
      otherTenant: 'NOT_FOUND',
      otherMember: 'NOT_FOUND',
    };
    expect(await outcome((c) => c.request(Networks, { tenantId: w.a.id }))).toEqual(expected);
    expect(await outcome((c) => c.request(Volumes, { tenantId: w.a.id }))).toEqual(expected);
    expect(await outcome((c) => c.request(TenantQuota, { id: w.a.id }))).toEqual(expected);
  });

  it('security groups: every user of the tenant reads them, a member must know what reaches its servers (issue 14)', async () => {
    expect(await outcome((c) => c.request(SecurityGroups, { tenantId: w.a.id }))).toEqual({
      admin: 'ok',
      telecom: 'ok',
      operator: 'ok',
      tenantAdmin: 'ok',
      groupAdmin: 'ok',
      member: 'ok',
      otherTenant: 'NOT_FOUND',
      otherMember: 'NOT_FOUND',
    });
  });

  it('assignment: the tenant admin and ADMIN only', async () => {
    expect(
      await outcome((c) => c.request(AssignServer, { input: { serverId: privateOther, userId: w.groupAdminId } })),
    ).toEqual({
      admin: 'ok',
      telecom: 'FORBIDDEN',
      operator: 'FORBIDDEN',
      tenantAdmin: 'ok',
      groupAdmin: 'FORBIDDEN',
      member: 'FORBIDDEN',
      otherTenant: 'NOT_FOUND',
      otherMember: 'NOT_FOUND',
    });
  });
});
