/**
 * The walk to a server its user can reach (issue 14): a tenant admin generates a key pair, opens
 * TCP 22 in a security group, makes a server with both on a network routed to an external network,
 * assigns it to the user and allocates a floating IP; the user puts the IP on it and opens its
 * console. Then the admin removes it all again, so the walk can be run twice.
 */
import { ClientError } from 'graphql-request';
import type { Canopy } from './client';
import {
  AddSecurityGroupRule,
  AllocateFloatingIp,
  AssignServer,
  AssociateFloatingIp,
  CreateKeyPair,
  CreateSecurityGroup,
  CreateServer,
  DeleteKeyPair,
  DeleteSecurityGroup,
  DeleteServer,
  Networks,
  ReachableServer,
  ReleaseFloatingIp,
} from './walk.documents';

export async function walkToReachableServer(
  admin: Canopy,
  user: Canopy,
  place: { networkName: string; imageId: string },
): Promise<void> {
  const tenantId = admin.tenantId!;
  // The private key comes back once and Canopy keeps none: a real client saves it now (never logs it).
  const { keyPair, privateKey } = (await admin.send(CreateKeyPair, { input: { name: 'example-key', type: 'ED25519' } }))
    .createKeyPair;
  console.log(
    `Key pair ${keyPair.name}: ${keyPair.type} ${keyPair.fingerprint} (private key returned once: ${privateKey ? 'yes' : 'no'})`,
  );

  const group = (await admin.send(CreateSecurityGroup, { input: { tenantId, name: 'example-ssh' } }))
    .createSecurityGroup.securityGroup;
  const { rule } = (
    await admin.send(AddSecurityGroupRule, {
      input: {
        securityGroupId: group.id,
        direction: 'INGRESS',
        protocol: 'tcp',
        portMin: 22,
        portMax: 22,
        remoteCidr: '0.0.0.0/0',
      },
    })
  ).addSecurityGroupRule;
  console.log(
    `Security group ${group.name}: ${rule.direction} ${rule.protocol} ${rule.portMin}-${rule.portMax} from ${rule.remoteCidr}`,
  );

  const { tenant, externalNetworks } = await admin.send(Networks, { tenantId });
  const network = tenant.networks.nodes.find((n) => n.name === place.networkName);
  if (!network) throw new Error(`No network ${place.networkName} in the tenant (EXAMPLE_NETWORK)`);
  const server = (
    await admin.send(CreateServer, {
      input: {
        tenantId,
        name: 'bastion',
        imageId: place.imageId,
        instanceType: 'm1.tiny',
        networkIds: [network.id],
        keyPairId: keyPair.id,
        securityGroups: [group.name],
      },
    })
  ).createServer.server;
  await waitUntilActive(admin, server.id);
  await admin.send(AssignServer, { input: { serverId: server.id, userId: user.id } });
  const allocated = (
    await admin.send(AllocateFloatingIp, { input: { tenantId, externalNetworkId: externalNetworks[0].id } })
  ).allocateFloatingIp.floatingIp;

  // The user may put an IP on, and open the console of, a server assigned to it.
  const fip = (await user.send(AssociateFloatingIp, { input: { floatingIpId: allocated.id, serverId: server.id } }))
    .associateFloatingIp.floatingIp;
  console.log(`Floating IP ${fip.address} on ${server.name} (${fip.fixedAddress}), put there by ${user.name}`);
  const seen = (await user.send(ReachableServer, { id: server.id })).server;
  const groups = seen.securityGroups.map((g) => g.name).join(', ');
  console.log(
    `${seen.name} ${seen.status}: key ${seen.keyName} ${seen.keyFingerprint}, groups ${groups}, ssh to ${seen.floatingIps.map((f) => f.address).join(', ')}`,
  );
  const remote = await user.openConsole(server.id, 'NOVNC');
  // The URL's token is a credential: show the console's host, not the URL.
  console.log(
    `Console of ${server.name}: ${remote.type} on ${new URL(remote.url).host}, open until ${remote.expiresAt}`,
  );

  await admin.send(ReleaseFloatingIp, { input: { floatingIpId: allocated.id } }); // disassociates on the way
  await admin.send(DeleteServer, { input: { tenantId, serverId: server.id } });
  await deleteGroupOnceFree(admin, group.id);
  await admin.send(DeleteKeyPair, { input: { keyPairId: keyPair.id } });
  console.log(`Removed ${server.name}, its floating IP, ${group.name} and ${keyPair.name}`);
}

async function waitUntilActive(client: Canopy, id: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { status } = (await client.send(ReachableServer, { id })).server;
    if (status === 'ACTIVE') return;
    if (status !== 'BUILD' || Date.now() > deadline) throw new Error(`Server ${id} is ${status}, not ACTIVE`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** OpenStack frees a deleted server's port a moment later; until then the group is in use (CONFLICT). */
async function deleteGroupOnceFree(client: Canopy, securityGroupId: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await client.send(DeleteSecurityGroup, { input: { securityGroupId } });
      return;
    } catch (error) {
      const conflict = error instanceof ClientError && error.response.errors?.[0]?.extensions?.code === 'CONFLICT';
      if (!conflict || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}
