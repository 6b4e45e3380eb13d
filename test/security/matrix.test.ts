import { getNamedType, isObjectType } from 'graphql';
import { canopySchema } from '../../src/graph/schema';
import { makeNetwork, makeServer } from '../helpers/cloud';
import { AssignServer, Catalog, ConnectRouterNetwork, CreateRouter, UpdateQuota } from '../helpers/cloud.documents';
import { GqlClient } from '../helpers/client';
import { raise } from '../helpers/tickets.driver';
import { buildWorld, createGroup, createUser, PASSWORD, TenantFixture, World } from '../helpers/world';
import { Entry, MATRIX, MatrixWorld, Persona, PERSONAS, Side } from './matrix.table';

/** Types whose object fields lead from one visible object to more of a tenant's data. */
const TRAVERSED_TYPES = ['Tenant', 'Group', 'User', 'Server'];
/** Personas of tenant A, who must meet tenant B's objects as if they did not exist. */
const TENANT_A_PERSONAS: Persona[] = ['tenantAdmin', 'groupAdmin', 'member'];

/**
 * Every operation of the schema (subscriptions too) × every persona, against tenant A's objects, and tenant A's users
 * against tenant B's (Keystone's protection tests, generated from the schema itself).
 */
describe('authorization matrix, driven by the schema', () => {
  let m: MatrixWorld;
  let clients: Record<Persona, GqlClient>;

  beforeAll(async () => {
    const w = await buildWorld();
    const { externalNetworks } = await w.admin.ok(Catalog);
    let counter = 0;
    m = {
      w,
      externalNetworkId: externalNetworks[0].id,
      passwords: {
        ...(Object.fromEntries(PERSONAS.map((p) => [p, PASSWORD])) as Record<Persona, string>),
        admin: w.server.adminPassword,
      },
      next: () => ++counter,
      a: await side(w, w.a, w.team, w.squad, w.memberId, w.member, ++counter),
      b: await side(
        w,
        w.b,
        await createGroup(w.b.admin, w.b.rootGroupId, 'bteam'),
        w.b.rootGroupId,
        w.bMemberId,
        w.bMember,
        ++counter,
      ),
    };
    await createUser(w.a.admin, w.otherGroup, 'lena');
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
  }, 120_000);
  afterAll(() => m.w.close());

  it('has an entry for every query, mutation and traversed object field of the schema', async () => {
    const schema = await canopySchema();
    const required = [
      ...Object.keys(schema.getQueryType()!.getFields()).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`),
      ...Object.keys(schema.getSubscriptionType()!.getFields()).map((f) => `Subscription.${f}`),
      ...TRAVERSED_TYPES.flatMap((name) => {
        const type = schema.getType(name);
        if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
        return Object.values(type.getFields())
          .filter((field) => isObjectType(getNamedType(field.type)))
          .map((field) => `${name}.${field.name}`);
      }),
    ];
    expect(required.filter((key) => !(key in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((key) => !required.includes(key))).toEqual([]);
  });

  const outcome = (entry: Entry, response: Awaited<ReturnType<Entry['run']>>) => {
    if (response.errors?.length) return response.errors[0].extensions?.code;
    return entry.hidden?.(response.data) ? 'HIDDEN' : 'ok';
  };

  const own = Object.entries(MATRIX).flatMap(([key, entry]) =>
    PERSONAS.map((persona) => [key, persona, entry.expect[persona], entry] as const),
  );
  it.each(own)('%s on tenant A as %s → %s', async (_key, persona, expected, entry) => {
    expect(outcome(entry, await entry.run(m, clients[persona], m.a, persona))).toBe(expected);
  });

  const crossTenant = Object.entries(MATRIX)
    .filter(([, entry]) => entry.crossTenant !== false)
    .flatMap(([key, entry]) => TENANT_A_PERSONAS.map((persona) => [key, persona, entry] as const));
  it.each(crossTenant)('%s on tenant B as %s of tenant A → NOT_FOUND', async (_key, persona, entry) => {
    expect(outcome(entry, await entry.run(m, clients[persona], m.b, persona))).toBe('NOT_FOUND');
  });
});

/** A tenant's targets, with room in its quota for every server, network and volume the matrix makes. */
async function side(
  w: World,
  tenant: TenantFixture,
  group: string,
  memberGroup: string,
  memberId: string,
  member: GqlClient,
  n: number,
): Promise<Side> {
  const roomy = {
    instances: 1000,
    cores: 10_000,
    ramMb: 10_000_000,
    volumes: 1000,
    gigabytes: 10_000,
    networks: 1000,
    routers: 1000,
    securityGroups: 1000,
    securityGroupRules: 10_000,
    floatingIps: 1000,
  };
  await w.admin.ok(UpdateQuota, { input: { tenantId: tenant.id, ...roomy } });
  const network = await makeNetwork(tenant.admin, tenant.id, 'lan', 200 + n);
  const server = await makeServer(tenant.admin, tenant.id, network, { name: 'members' });
  await tenant.admin.ok(AssignServer, { input: { serverId: server, userId: memberId } });
  const { externalNetworks } = await w.admin.ok(Catalog);
  const { createRouter } = await tenant.admin.ok(CreateRouter, {
    input: { tenantId: tenant.id, name: 'edge', externalNetworkId: externalNetworks[0].id },
  });
  // The member's server is routed to the external network, so floating IPs can be associated with it.
  await tenant.admin.ok(ConnectRouterNetwork, { input: { routerId: createRouter.router.id, networkId: network } });
  return {
    tenant,
    group,
    memberGroup,
    memberId,
    member,
    network,
    router: createRouter.router.id,
    server,
    spareServer: await makeServer(tenant.admin, tenant.id, network, { name: 'spare' }),
    ticket: (await raise(member, 1, tenant.id)).id,
  };
}
