import { OpenStackDriver } from '../../src/cloud/openstack/driver';
import { canopyCounts, makeNetwork, waitForServer } from '../helpers/cloud';
import {
  AssignServer,
  ConnectRouterNetwork,
  CreateRouter,
  CreateServer,
  DeleteServer,
} from '../helpers/cloud.documents';
import { CreateServerConsole } from '../helpers/console.documents';
import {
  AllocateFloatingIp,
  AssociateFloatingIp,
  DisassociateFloatingIp,
  ExternalNetworks,
  ReleaseFloatingIp,
  TenantFloatingIps,
} from '../helpers/floating-ips.documents';
import { CreateKeyPair, DeleteKeyPair, MyKeyPairs } from '../helpers/key-pairs.documents';
import {
  AddSecurityGroupRule,
  CreateSecurityGroup,
  DeleteSecurityGroup,
  TenantSecurityGroups,
} from '../helpers/security-groups.documents';
import { CATALOG, ON_OPENSTACK } from '../helpers/target';
import { WalkServer } from '../helpers/walk.documents';
import { buildWorld, World } from '../helpers/world';

/**
 * Issue 14's walk, through GraphQL over HTTP on either cloud: a key, a routed network, a group
 * opening port 22, a server with both, a floating IP on it (associated by the member it is
 * assigned to), its console; then everything removed in reverse.
 */
describe('the walk: a server a tenant can reach', () => {
  let w: World;
  let before: Record<string, number>;
  let key: { id: string; name: string; fingerprint: string };
  let groupId: string;
  let serverId: string;
  let fip: { id: string; address: string };

  beforeAll(async () => {
    w = await buildWorld();
    before = await canopyCounts(w.server);
  });
  afterAll(() => w.close());

  it('generates a key pair whose private key is returned once and never listed', async () => {
    const { createKeyPair } = await w.a.admin.ok(CreateKeyPair, { input: { name: 'walk' } });
    expect(createKeyPair.privateKey).toContain('PRIVATE KEY');
    key = createKeyPair.keyPair;
    const viewer = (await w.a.admin.ok(MyKeyPairs)).viewer!;
    expect(viewer.keyPairs.map((k) => k.id)).toEqual([key.id]);
    expect(JSON.stringify(viewer)).not.toContain('PRIVATE KEY');
  });

  it('makes a server with the key and a group opening TCP 22, on a network routed to public', async () => {
    const publicId = (await w.a.admin.ok(ExternalNetworks)).externalNetworks.find((n) => n.name === 'public')!.id;
    const networkId = await makeNetwork(w.a.admin, w.a.id, 'walk-lan', 51);
    const { createRouter } = await w.a.admin.ok(CreateRouter, {
      input: { tenantId: w.a.id, name: 'walk-edge', externalNetworkId: publicId },
    });
    await w.a.admin.ok(ConnectRouterNetwork, { input: { routerId: createRouter.router.id, networkId } });

    const { createSecurityGroup } = await w.a.admin.ok(CreateSecurityGroup, {
      input: { tenantId: w.a.id, name: 'ssh', description: 'SSH from anywhere' },
    });
    groupId = createSecurityGroup.securityGroup.id;
    await w.a.admin.ok(AddSecurityGroupRule, {
      input: {
        securityGroupId: groupId,
        direction: 'INGRESS',
        ethertype: 'IPV4',
        protocol: 'tcp',
        portMin: 22,
        portMax: 22,
        remoteCidr: '0.0.0.0/0',
      },
    });

    const { createServer } = await w.a.admin.ok(CreateServer, {
      input: {
        tenantId: w.a.id,
        name: 'bastion',
        imageId: CATALOG.bootImage,
        instanceType: 'm1.tiny',
        networkIds: [networkId],
        keyPairId: key.id,
        securityGroups: ['ssh'],
      },
    });
    serverId = createServer.server.id;
    expect((await waitForServer(w.a.admin, serverId)).status).toBe('ACTIVE');
    await w.a.admin.ok(AssignServer, { input: { serverId, userId: w.memberId } });

    const { allocateFloatingIp } = await w.a.admin.ok(AllocateFloatingIp, {
      input: { tenantId: w.a.id, externalNetworkId: publicId },
    });
    fip = allocateFloatingIp.floatingIp;
  });

  it('lets the member it is assigned to put the floating IP on it', async () => {
    const { associateFloatingIp } = await w.member.ok(AssociateFloatingIp, {
      input: { floatingIpId: fip.id, serverId },
    });
    expect(associateFloatingIp.floatingIp.server).toEqual({ id: serverId, name: 'bastion' });
  });

  it('reads the key, the port-22 group and the floating IP back in one query', async () => {
    const { server } = await w.member.ok(WalkServer, { id: serverId });
    expect(server).toMatchObject({ status: 'ACTIVE', keyName: 'walk', keyFingerprint: key.fingerprint });
    const group = server.securityGroups.find((g) => g.id === groupId);
    expect(group?.name).toBe('ssh');
    expect(group?.rules).toContainEqual(
      expect.objectContaining({
        direction: 'INGRESS',
        ethertype: 'IPV4',
        protocol: 'tcp',
        portMin: 22,
        portMax: 22,
        remoteCidr: '0.0.0.0/0',
      }),
    );
    expect(server.floatingIps).toEqual([{ id: fip.id, address: fip.address, fixedAddress: server.addresses[0].ip }]);
  });

  it('lets the member open a noVNC console with a URL and an expiry', async () => {
    const { createServerConsole } = await w.member.ok(CreateServerConsole, { input: { serverId, type: 'NOVNC' } });
    expect(createServerConsole.type).toBe('NOVNC');
    expect(new URL(createServerConsole.url).protocol).toMatch(/^https?:$/);
    expect(Date.parse(createServerConsole.expiresAt)).toBeGreaterThan(Date.now());
  });

  (ON_OPENSTACK ? it : it.skip)(
    "is so on Nova's and Neutron's side: the key, the port's group, the IP's port",
    async () => {
      const { session } = w.server.cloud as OpenStackDriver;
      const get = async <T>(service: 'compute' | 'network', urlPath: string): Promise<T> => {
        const response = await fetch((await session.endpoint(service)) + urlPath, {
          headers: { 'x-auth-token': (await session.token()).value, accept: 'application/json' },
        });
        return (await response.json()) as T;
      };
      const [row] = await w.server.canopy.deps.computeRepo.serversByIds([Number(serverId)]);
      const nova = await get<{ server: { key_name: string } }>('compute', `/servers/${row.cloudId}`);
      const live = (await w.server.cloud.getServers([row.cloudId])).get(row.cloudId)!;
      expect(nova.server.key_name).toMatch(/^canopy-[0-9a-f-]{36}$/);
      expect(nova.server.key_name).toBe(live.keyName);
      const { ports } = await get<{ ports: { id: string; security_groups: string[] }[] }>(
        'network',
        `/v2.0/ports?device_id=${row.cloudId}`,
      );
      expect(ports).toHaveLength(1);
      expect(ports[0].security_groups).toContain(groupId);
      const { floatingip } = await get<{ floatingip: { port_id: string } }>('network', `/v2.0/floatingips/${fip.id}`);
      expect(floatingip.port_id).toBe(ports[0].id);
    },
  );

  it('removes it all in reverse and leaves nothing behind', async () => {
    await w.member.ok(DisassociateFloatingIp, { input: { floatingIpId: fip.id } });
    await w.a.admin.ok(ReleaseFloatingIp, { input: { floatingIpId: fip.id } });
    await w.a.admin.ok(DeleteServer, { input: { tenantId: w.a.id, serverId } });
    await deleteGroupOnceFree(w, groupId);
    await w.a.admin.ok(DeleteKeyPair, { input: { keyPairId: key.id } });

    expect((await w.a.admin.ok(TenantFloatingIps, { tenantId: w.a.id })).floatingIps.nodes).toEqual([]);
    expect(
      (await w.a.admin.ok(TenantSecurityGroups, { tenantId: w.a.id })).securityGroups.map((g) => g.id),
    ).not.toContain(groupId);
    expect((await w.a.admin.ok(MyKeyPairs)).viewer!.keyPairs).toEqual([]);
    expect(await canopyCounts(w.server)).toEqual(before);
    // And on the cloud itself (the group's delete waited for Nova to free the server's port).
    const [tenant] = await w.server.canopy.deps.identityRepo.tenantsByIds([Number(w.a.id)]);
    const { cloud } = w.server;
    expect((await cloud.listServers([tenant.projectId])).get(tenant.projectId) ?? []).toEqual([]);
    expect((await cloud.listFloatingIps([tenant.projectId])).get(tenant.projectId) ?? []).toEqual([]);
    const groups = (await cloud.listSecurityGroups([tenant.projectId])).get(tenant.projectId) ?? [];
    expect(groups.map((g) => g.id)).not.toContain(groupId);
  });
});

/** Nova frees the server's port a moment after it answers the delete; until then Neutron holds the group (CONFLICT). */
async function deleteGroupOnceFree(w: World, securityGroupId: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { data, errors } = await w.a.admin.request(DeleteSecurityGroup, { input: { securityGroupId } });
    if (data) return;
    if (errors?.[0].extensions?.code !== 'CONFLICT' || Date.now() > deadline) throw new Error(errors?.[0].message);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
