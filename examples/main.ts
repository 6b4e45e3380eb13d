/**
 * The example: a tenant user logs in, reads its tenant's servers page, opens the console of a
 * running server; its tenant admin makes it a server it can reach (walk.ts: key pair, port 22,
 * floating IP, console); then it raises a resource change that TELECOM and OPERATOR staff carry
 * to COMPLETED; finally a ticket that asks for two servers is carried out by Canopy itself
 * (provision.ts). Run it against a server filled by `canopy demo`:
 *
 *   CANOPY_PASSWORD=<the demo password> node -r @swc-node/register examples/main.ts
 *
 * Other servers: CANOPY_URL, EXAMPLE_TENANT_USER, EXAMPLE_TENANT_ADMIN, EXAMPLE_NETWORK, EXAMPLE_IMAGE,
 * EXAMPLE_TELECOM, EXAMPLE_OPERATOR (see README.md).
 */
import { Canopy } from './client';
import { provisionServers } from './provision';
import { walkToReachableServer } from './walk';
import type { ExampleTicketFragment } from './gql/graphql';

async function main(env: NodeJS.ProcessEnv): Promise<void> {
  const url = env.CANOPY_URL ?? 'http://127.0.0.1:4000';
  const password = env.CANOPY_PASSWORD;
  if (!password) throw new Error('Set CANOPY_PASSWORD (the password `canopy demo` printed)');

  const user = await Canopy.logIn(url, env.EXAMPLE_TENANT_USER ?? 'sam#acme', password);
  if (!user.tenantId) throw new Error('EXAMPLE_TENANT_USER must be a tenant user (name#tenant)');
  const tenant = await user.servers(user.tenantId);
  console.log(`${user.name} sees ${tenant.servers.nodes.length} servers of ${tenant.name}:`);
  for (const s of tenant.servers.nodes) {
    const addresses = s.addresses.map((a) => `${a.networkName} ${a.ip}`).join(', ');
    const volumes = s.volumes.map((v) => `${v.name} ${v.sizeGb} GB`).join(', ') || 'no volumes';
    console.log(
      `  ${s.name} ${s.status} ${s.serverType} ${s.flavor?.name ?? '?'} ${s.image?.name ?? '?'} [${addresses}] (${volumes})${s.assignedUser ? ` for ${s.assignedUser.name}` : ''}`,
    );
  }
  const running = tenant.servers.nodes.find((s) => s.status === 'ACTIVE');
  if (running) {
    const remote = await user.openConsole(running.id, 'NOVNC');
    // The URL's token is a credential: show where the console is, not the token.
    const { origin, pathname } = new URL(remote.url);
    console.log(`Console of ${running.name}: ${remote.type} at ${origin}${pathname}, open until ${remote.expiresAt}`);
  } else console.log('No ACTIVE server to open a console of');

  const tenantAdmin = await Canopy.logIn(url, env.EXAMPLE_TENANT_ADMIN ?? `admin#${tenant.name}`, password);
  await walkToReachableServer(tenantAdmin, user, {
    networkName: env.EXAMPLE_NETWORK ?? 'office',
    imageId: env.EXAMPLE_IMAGE ?? 'cirros-0.6.2-x86_64',
  });

  const telecom = await Canopy.logIn(url, env.EXAMPLE_TELECOM ?? 'wang.fang', password);
  const operator = await Canopy.logIn(url, env.EXAMPLE_OPERATOR ?? 'chen.jie', password);
  let ticket = await user.raiseResourceChange('Add 100 GB to the database volume', 'The database volume is 90% full.');
  show(ticket);
  ticket = show(await telecom.telecom(ticket.id, 'ACCEPT', 'Approved by the customer manager.'));
  ticket = show(await telecom.telecom(ticket.id, 'SEND'));
  ticket = show(await operator.operator(ticket.id, 'ACCEPT_PLATFORM_DEAL'));
  ticket = show(await operator.operator(ticket.id, 'SEND', 'Volume extended online.'));
  ticket = show(await telecom.telecom(ticket.id, 'CONFIRM', 'Customer confirmed.'));
  console.log(`Ticket ${ticket.id} history:`);
  for (const e of ticket.events)
    console.log(
      `  ${e.role} ${e.actor?.name ?? '?'} ${e.action}${e.result === false ? ' (no)' : ''} → ${e.toStatus.code}${e.extra ? `: ${e.extra}` : ''}`,
    );

  await provisionServers(tenantAdmin, telecom, operator, {
    networkName: env.EXAMPLE_NETWORK ?? 'office',
    imageId: env.EXAMPLE_IMAGE ?? 'cirros-0.6.2-x86_64',
  });
}

function show(ticket: ExampleTicketFragment): ExampleTicketFragment {
  console.log(`Ticket ${ticket.id} "${ticket.title}": ${ticket.status.code} (${ticket.status.name})`);
  return ticket;
}

main(process.env).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
