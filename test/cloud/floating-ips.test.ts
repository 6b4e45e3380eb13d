import { ConflictError } from '../../src/errors';
import { makeNetwork, makeServer } from '../helpers/cloud';
import {
  AssignServer,
  ConnectRouterNetwork,
  CreateRouter,
  DeleteServer,
  DisconnectRouterNetwork,
  GetServer,
  UpdateQuota,
} from '../helpers/cloud.documents';
import { GqlClient } from '../helpers/client';
import {
  AllocateFloatingIp,
  AssociateFloatingIp,
  DisassociateFloatingIp,
  ExternalNetworks,
  FloatingIpQuota,
  ReleaseFloatingIp,
  ServerFloatingIps,
  TenantFloatingIps,
} from '../helpers/floating-ips.documents';
import { describeSim, ON_OPENSTACK } from '../helpers/target';
import { buildWorld, World } from '../helpers/world';

/**
 * Floating IPs on either cloud (issue 14): allocate from an external network, associate through
 * a router of the tenant (Neutron's rule, refused alike on both clouds), disassociate, release.
 */
describe('floating IPs', () => {
  let w: World;
  let publicId: string;
  let lanId: string;
  let darkId: string;
  let routerId: string;
  /** On `lan` (routed once the router is connected), `dark` (never routed), and one assigned to the member. */
  let webId: string;
  let darkServerId: string;
  let memberServerId: string;
  let bNetworkId: string;
  let bServerId: string;

  beforeAll(async () => {
    w = await buildWorld();
    publicId = (await w.a.admin.ok(ExternalNetworks)).externalNetworks.find((n) => n.name === 'public')!.id;
    lanId = await makeNetwork(w.a.admin, w.a.id, 'lan', 41);
    darkId = await makeNetwork(w.a.admin, w.a.id, 'dark', 42);
    bNetworkId = await makeNetwork(w.b.admin, w.b.id, 'blan', 43);
    [webId, darkServerId, memberServerId, bServerId] = await Promise.all([
      makeServer(w.a.admin, w.a.id, lanId, { name: 'web' }),
      makeServer(w.a.admin, w.a.id, darkId, { name: 'hidden' }),
      makeServer(w.a.admin, w.a.id, lanId, { name: 'mikes', serverType: 'PRIVATE' }),
      makeServer(w.b.admin, w.b.id, bNetworkId, { name: 'bweb' }),
    ]);
    await w.a.admin.ok(AssignServer, { input: { serverId: memberServerId, userId: w.memberId } });
    routerId = (
      await w.a.admin.ok(CreateRouter, { input: { tenantId: w.a.id, name: 'edge', externalNetworkId: publicId } })
    ).createRouter.router.id;
  });
  afterAll(() => w.close());

  const allocate = async (client: GqlClient, tenantId: string) =>
    (await client.ok(AllocateFloatingIp, { input: { tenantId, externalNetworkId: publicId } })).allocateFloatingIp
      .floatingIp;
  const list = async (client: GqlClient, tenantId: string) =>
    (await client.ok(TenantFloatingIps, { tenantId })).floatingIps.nodes;
  const associate = (floatingIpId: string, serverId: string, fixedAddress?: string) => ({
    input: { floatingIpId, serverId, ...(fixedAddress === undefined ? {} : { fixedAddress }) },
  });
  const serverIps = async (client: GqlClient, id: string) =>
    (await client.ok(ServerFloatingIps, { id })).server.floatingIps;
  const addressOf = async (id: string) => (await w.a.admin.ok(GetServer, { id })).server.addresses[0].ip;
  const used = async (client: GqlClient, id: string) =>
    (await client.ok(FloatingIpQuota, { id })).tenant.quota.floatingIps.used;

  it('allocates an address of an external network, unassociated, and lists it', async () => {
    const fip = await allocate(w.a.admin, w.a.id);
    expect(fip).toMatchObject({
      status: 'DOWN',
      fixedAddress: null,
      server: null,
      externalNetworkId: publicId,
      externalNetwork: { id: publicId, name: 'public' },
    });
    expect(fip.address).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect((await list(w.a.admin, w.a.id)).map((f) => f.id)).toEqual([fip.id]);
    expect(await list(w.b.admin, w.b.id)).toEqual([]);
    expect(await used(w.a.admin, w.a.id)).toBe(1);
  });

  it("refuses a network that is not external, another tenant's network and another tenant", async () => {
    const code = (client: GqlClient, tenantId: string, externalNetworkId: string) =>
      client.code(AllocateFloatingIp, { input: { tenantId, externalNetworkId } });
    expect(await code(w.a.admin, w.a.id, lanId)).toBe('BAD_USER_INPUT');
    expect(await code(w.a.admin, w.a.id, bNetworkId)).toBe('NOT_FOUND');
    expect(await code(w.a.admin, w.a.id, '00000000-0000-4000-8000-000000000000')).toBe('NOT_FOUND');
    expect(await code(w.a.admin, w.b.id, publicId)).toBe('NOT_FOUND');
    expect(await used(w.a.admin, w.a.id)).toBe(1);
  });

  it('refuses to associate without a router from the server network to the external network (CONFLICT)', async () => {
    const [fip] = await list(w.a.admin, w.a.id);
    const refused = await w.a.admin.fail(AssociateFloatingIp, associate(fip.id, webId));
    expect(refused.extensions?.code).toBe('CONFLICT');
    expect(refused.message).toMatch(/router/i);
    expect(refused.message).toContain('lan');
    expect(refused.message).toContain('public');
    expect((await list(w.a.admin, w.a.id))[0].fixedAddress).toBeNull();
  });

  it("associates through the tenant's router; the IP and the server show each other", async () => {
    await w.a.admin.ok(ConnectRouterNetwork, { input: { routerId, networkId: lanId } });
    const [fip] = await list(w.a.admin, w.a.id);
    const { associateFloatingIp } = await w.a.admin.ok(AssociateFloatingIp, associate(fip.id, webId));
    const fixed = await addressOf(webId);
    expect(associateFloatingIp.floatingIp).toMatchObject({ id: fip.id, fixedAddress: fixed, server: { id: webId } });
    // No L3 agent wires it on the devcloud: Neutron reports DOWN there; the sim says ACTIVE.
    expect(associateFloatingIp.floatingIp.status).toEqual(
      ON_OPENSTACK ? expect.stringMatching(/ACTIVE|DOWN/) : 'ACTIVE',
    );
    expect(await serverIps(w.a.admin, webId)).toEqual([{ id: fip.id, address: fip.address, fixedAddress: fixed }]);
    expect(await serverIps(w.a.admin, darkServerId)).toEqual([]);
  });

  it('refuses a second associate of the same IP, with this server or another (CONFLICT)', async () => {
    const [fip] = await list(w.a.admin, w.a.id);
    expect(await w.a.admin.code(AssociateFloatingIp, associate(fip.id, webId))).toBe('CONFLICT');
    expect(await w.a.admin.code(AssociateFloatingIp, associate(fip.id, memberServerId))).toBe('CONFLICT');
    expect((await list(w.a.admin, w.a.id))[0].server).toEqual({ id: webId, name: 'web' });
  });

  it('refuses an address the server does not have, and a chosen address on an unrouted network', async () => {
    const spare = await allocate(w.a.admin, w.a.id);
    expect(await w.a.admin.code(AssociateFloatingIp, associate(spare.id, webId, '10.99.0.9'))).toBe('BAD_USER_INPUT');
    expect(
      await w.a.admin.code(AssociateFloatingIp, associate(spare.id, darkServerId, await addressOf(darkServerId))),
    ).toBe('CONFLICT');
    await w.a.admin.ok(ReleaseFloatingIp, { input: { floatingIpId: spare.id } });
  });

  it("treats another tenant's IP and server as unknown (NOT_FOUND)", async () => {
    const [fip] = await list(w.a.admin, w.a.id);
    const bFip = await allocate(w.b.admin, w.b.id);
    expect(await w.b.admin.code(DisassociateFloatingIp, { input: { floatingIpId: fip.id } })).toBe('NOT_FOUND');
    expect(await w.b.admin.code(ReleaseFloatingIp, { input: { floatingIpId: fip.id } })).toBe('NOT_FOUND');
    expect(await w.b.admin.code(AssociateFloatingIp, associate(fip.id, bServerId))).toBe('NOT_FOUND');
    expect(await w.a.admin.code(AssociateFloatingIp, associate(bFip.id, webId))).toBe('NOT_FOUND');
    expect(await w.b.admin.code(AssociateFloatingIp, associate(bFip.id, memberServerId))).toBe('NOT_FOUND');
    expect(await w.bMember.code(TenantFloatingIps, { tenantId: w.a.id })).toBe('NOT_FOUND');
    await w.b.admin.ok(ReleaseFloatingIp, { input: { floatingIpId: bFip.id } });
  });

  it("is refused by the cloud itself without a route: Neutron's ExternalGatewayForFloatingIPNotFound, the sim's rule (CONFLICT)", async () => {
    const spare = await allocate(w.a.admin, w.a.id);
    const [row] = await w.server.canopy.deps.computeRepo.serversByIds([Number(darkServerId)]);
    const refused = w.server.cloud.associateFloatingIp(spare.id, {
      serverId: row.cloudId,
      fixedAddress: await addressOf(darkServerId),
    });
    await expect(refused).rejects.toBeInstanceOf(ConflictError);
    await w.a.admin.ok(ReleaseFloatingIp, { input: { floatingIpId: spare.id } });
  });

  it('keeps the router connected while a floating IP is routed through it (CONFLICT)', async () => {
    expect(await w.a.admin.code(DisconnectRouterNetwork, { input: { routerId, networkId: lanId } })).toBe('CONFLICT');
  });

  it('disassociates: the IP stays allocated, the server has none', async () => {
    const [fip] = await list(w.a.admin, w.a.id);
    const { disassociateFloatingIp } = await w.a.admin.ok(DisassociateFloatingIp, { input: { floatingIpId: fip.id } });
    expect(disassociateFloatingIp.floatingIp).toMatchObject({ id: fip.id, fixedAddress: null, server: null });
    expect(await serverIps(w.a.admin, webId)).toEqual([]);
    expect(await used(w.a.admin, w.a.id)).toBe(1);
  });

  it('lets a member associate with and disassociate from its own server; only admins allocate and release', async () => {
    const [fip] = await list(w.member, w.a.id);
    expect(await w.member.code(AllocateFloatingIp, { input: { tenantId: w.a.id, externalNetworkId: publicId } })).toBe(
      'FORBIDDEN',
    );
    expect(await w.member.code(ReleaseFloatingIp, { input: { floatingIpId: fip.id } })).toBe('FORBIDDEN');
    expect(await w.member.code(AssociateFloatingIp, associate(fip.id, webId))).toBe('FORBIDDEN');
    expect(await w.telecom.code(AssociateFloatingIp, associate(fip.id, memberServerId))).toBe('FORBIDDEN');
    const { associateFloatingIp } = await w.member.ok(AssociateFloatingIp, associate(fip.id, memberServerId));
    expect(associateFloatingIp.floatingIp.server).toEqual({ id: memberServerId, name: 'mikes' });
    await w.member.ok(DisassociateFloatingIp, { input: { floatingIpId: fip.id } });
  });

  it('releases an associated IP (it is disassociated on the way)', async () => {
    const [fip] = await list(w.a.admin, w.a.id);
    await w.a.admin.ok(AssociateFloatingIp, associate(fip.id, webId));
    const { releaseFloatingIp } = await w.a.admin.ok(ReleaseFloatingIp, { input: { floatingIpId: fip.id } });
    expect(releaseFloatingIp.releasedFloatingIpId).toBe(fip.id);
    expect(await list(w.a.admin, w.a.id)).toEqual([]);
    expect(await serverIps(w.a.admin, webId)).toEqual([]);
    expect(await used(w.a.admin, w.a.id)).toBe(0);
    expect(await w.a.admin.code(ReleaseFloatingIp, { input: { floatingIpId: fip.id } })).toBe('NOT_FOUND');
  });

  it("leaves a deleted server's IP allocated and unassociated, as Neutron does", async () => {
    const fip = await allocate(w.a.admin, w.a.id);
    const doomed = await makeServer(w.a.admin, w.a.id, lanId, { name: 'doomed' });
    await w.a.admin.ok(AssociateFloatingIp, associate(fip.id, doomed));
    await w.a.admin.ok(DeleteServer, { input: { tenantId: w.a.id, serverId: doomed } });
    const after = await waitUnassociated(w.a.admin, w.a.id, fip.id);
    expect(after).toMatchObject({ id: fip.id, address: fip.address, fixedAddress: null, server: null });
  });

  it('enforces the floatingIps quota, shown with its usage', async () => {
    await w.admin.ok(UpdateQuota, { input: { tenantId: w.a.id, floatingIps: 1 } });
    expect((await w.a.admin.ok(FloatingIpQuota, { id: w.a.id })).tenant.quota.floatingIps).toEqual({
      limit: 1,
      used: 1,
    });
    expect(await w.a.admin.code(AllocateFloatingIp, { input: { tenantId: w.a.id, externalNetworkId: publicId } })).toBe(
      'QUOTA_EXCEEDED',
    );
    expect(await w.admin.code(UpdateQuota, { input: { tenantId: w.a.id, floatingIps: 0 } })).toBe('CONFLICT');
    await w.admin.ok(UpdateQuota, { input: { tenantId: w.a.id, floatingIps: 50 } });
    expect(await used(w.a.admin, w.a.id)).toBe(1);
  });

  describeSim('under faults', () => {
    afterEach(() => w.server.sim.faults.clear());

    it.each(['getNetworks', 'allocateFloatingIp'])(
      'a fault at %s of allocate leaves nothing allocated',
      async (step) => {
        const before = await list(w.a.admin, w.a.id);
        w.server.sim.faults.failOn(step);
        expect(
          await w.a.admin.code(AllocateFloatingIp, { input: { tenantId: w.a.id, externalNetworkId: publicId } }),
        ).toBe('UPSTREAM_UNAVAILABLE');
        expect(await list(w.a.admin, w.a.id)).toEqual(before);
      },
    );

    it.each(['getFloatingIps', 'getServers', 'listRouters', 'associateFloatingIp'])(
      'a fault at %s of associate leaves the IP unassociated',
      async (step) => {
        const [fip] = await list(w.a.admin, w.a.id);
        w.server.sim.faults.failOn(step);
        expect(await w.a.admin.code(AssociateFloatingIp, associate(fip.id, webId))).toBe('UPSTREAM_UNAVAILABLE');
        expect((await list(w.a.admin, w.a.id))[0]).toMatchObject({ id: fip.id, fixedAddress: null, server: null });
        expect(await serverIps(w.a.admin, webId)).toEqual([]);
      },
    );
  });
});

/** Nova deletes a server's ports a moment after it answers; Neutron then disassociates the IP. */
async function waitUnassociated(client: GqlClient, tenantId: string, id: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await client.ok(TenantFloatingIps, { tenantId })).floatingIps.nodes.find((f) => f.id === id);
    if (!found || found.fixedAddress === null || Date.now() > deadline) return found;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
