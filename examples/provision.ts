/**
 * The provisioning walk (issue 17): a tenant admin raises a resource change that asks for two
 * servers; TELECOM reads the plan (does it fit the quota and the cloud's capacity?), accepts and dispatches it; the OPERATOR
 * takes the work, and Canopy opens the servers; the tenant watches them come up, each naming the
 * ticket it came from; the ticket is completed. Then the admin removes the servers again, so the
 * walk can be run twice.
 */
import type { Canopy } from './client';
import { Networks, DeleteServer } from './walk.documents';
import { ProvisionedServer, ProvisioningOutcome, ProvisioningPlan, RaiseProvisioning } from './provision.documents';

export async function provisionServers(
  admin: Canopy,
  telecom: Canopy,
  operator: Canopy,
  place: { networkName: string; imageId: string },
): Promise<void> {
  const tenantId = admin.tenantId!;
  const { tenant } = await admin.send(Networks, { tenantId });
  const network = tenant.networks.nodes.find((n) => n.name === place.networkName);
  if (!network) throw new Error(`No network ${place.networkName} in the tenant (EXAMPLE_NETWORK)`);
  const servers = [{ count: 2, flavorName: 'm1.tiny', imageId: place.imageId, networkIds: [network.id], name: 'web' }];
  const { ticket } = (
    await admin.send(RaiseProvisioning, {
      input: { action: 'CREATE', name: 'Two web servers', content: 'For the shop launch.', request: { servers } },
    })
  ).tenantTicketAction;
  console.log(
    `Ticket ${ticket.id} asks for ${(ticket.request?.servers ?? []).map((s) => `${s.count} × ${s.flavorName}`).join(', ')}`,
  );

  const { plan } = (await telecom.send(ProvisioningPlan, { id: ticket.id })).ticket;
  const instances = plan?.quota.find((q) => q.resource === 'instances');
  console.log(
    `Plan: ${plan?.servers} servers; instances ${instances?.used} in use + ${instances?.growth} of ${instances?.newLimit}: ${plan?.fitsQuota ? 'fits' : 'does not fit'} the quota`,
  );
  // The cloud's free capacity: true, false (some resource short), or null when the cloud does not tell.
  const capacity = { true: 'fits', false: 'does not fit', null: 'cannot tell' }[String(plan?.fitsCapacity ?? null)];
  const short = plan?.capacity.filter((c) => c.fits === false).map((c) => `${c.resource} ${c.need} > ${c.free}`);
  console.log(`Capacity: ${capacity}${short?.length ? ` (short: ${short.join(', ')})` : ''}`);
  await telecom.telecom(ticket.id, 'ACCEPT', 'Within the contract.');
  await telecom.telecom(ticket.id, 'SEND');
  await operator.operator(ticket.id, 'ACCEPT_PLATFORM_DEAL', 'Opening them now.');
  const { ticket: done } = await admin.send(ProvisioningOutcome, { id: ticket.id });
  console.log(`Ticket ${ticket.id}: ${done.status.code}, ${done.outcome?.state}`);

  const ids = done.outcome?.createdServers.map((s) => s.id) ?? [];
  for (const id of ids) {
    const server = await untilBuilt(admin, id);
    console.log(
      `${server.name.replace(/-[0-9a-f]{4}$/, '-…')} ${server.status} ${server.flavor?.name}, from ticket ${server.ticket?.id}`,
    );
  }
  await operator.operator(ticket.id, 'SEND', 'Both servers are running.');
  const completed = await telecom.telecom(ticket.id, 'CONFIRM', 'Customer confirmed.');
  console.log(`Ticket ${ticket.id}: ${completed.status.code}`);

  for (const serverId of ids) await admin.send(DeleteServer, { input: { tenantId, serverId } });
  console.log(`Removed the ${ids.length} servers of ticket ${ticket.id}`);
}

/** Reads the server until it has left BUILD (at once on the sim, seconds on OpenStack). */
async function untilBuilt(admin: Canopy, id: string) {
  const deadline = Date.now() + 180_000;
  for (;;) {
    const { server } = await admin.send(ProvisionedServer, { id });
    if (server.status !== 'BUILD' || Date.now() > deadline) return server;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}
