import { generatePassword } from '../auth/password';
import { Config } from '../config';
import { openDatabase } from '../db/client';
import { startCanopy } from '../http/server';
import { IdentityRepo } from '../identity/identity.repo';
import { createLogger } from '../observability/logger';
import { DemoClient } from './demo.client';
import { DEMO_STAFF, DEMO_TENANTS, DemoPowerState, DemoTenant } from './demo.data';
import { demoTickets } from './demo.tickets';

const POWER_COMMAND: Record<DemoPowerState, string | undefined> = {
  ACTIVE: undefined,
  PAUSED: 'PAUSE',
  SHUTOFF: 'STOP',
  SUSPENDED: 'SUSPEND',
};

/**
 * Fills a new database with the demo operator (demo.data.ts) through a Canopy started on loopback
 * for the purpose, and answers what a newcomer needs: the logins and their password.
 */
export async function runDemo(base: Config, chosenPassword?: string): Promise<string> {
  await assertNew(base.dbPath);
  const password = chosenPassword ?? demoPassword();
  const adminPassword = base.adminPassword ?? password;
  // Builds settle at once, so the demo can pause, stop and suspend servers it has just created.
  const config: Config = { ...base, adminPassword, port: 0, host: '127.0.0.1', simBuildDelayMs: 0 };
  const canopy = await startCanopy(config, { logger: createLogger('silent'), announce: () => undefined });
  try {
    const anon = new DemoClient(canopy.url);
    const admin = await anon.login('admin', adminPassword);
    const root = (await admin.run<{ platformRootGroup: { id: string } }>('{ platformRootGroup { id } }'))
      .platformRootGroup.id;
    for (const staff of DEMO_STAFF) await admin.make('createUser', { groupId: root, password, ...staff }, 'user');
    const [external] = (await admin.run<{ externalNetworks: { id: string }[] }>('{ externalNetworks { id } }'))
      .externalNetworks;
    const tenants = [];
    for (const spec of DEMO_TENANTS) tenants.push(await demoTenant(admin, anon, spec, password, external.id));
    const tickets = await demoTickets({
      telecom: await anon.login('wang.fang', password),
      operator: await anon.login('chen.jie', password),
      tenants,
    });
    return report(base, password, adminPassword === password, tickets);
  } finally {
    await canopy.close();
  }
}

/** The demo never mixes with real data: a database the server has already started on is refused. */
async function assertNew(dbPath: string): Promise<void> {
  const { db, close } = await openDatabase(dbPath);
  try {
    if (await new IdentityRepo(db).platformRootGroup())
      throw new Error(
        `${dbPath} is not a new database; run the demo on a new file (CANOPY_DB=./data/demo.db canopy demo)`,
      );
  } finally {
    await close();
  }
}

/** One password for every demo login; it must not contain any demo user's name (the password policy). */
function demoPassword(): string {
  const names = [
    ...DEMO_STAFF.map((s) => s.name),
    ...DEMO_TENANTS.flatMap((t) => [t.name, ...t.users.map((u) => u.name)]),
  ];
  for (;;) {
    const password = generatePassword();
    if (!names.some((name) => password.toLowerCase().includes(name))) return password;
  }
}

async function demoTenant(
  admin: DemoClient,
  anon: DemoClient,
  spec: DemoTenant,
  password: string,
  externalNetworkId: string,
) {
  const input = {
    name: spec.name,
    description: spec.description,
    customerManager: spec.customerManager,
    createDefaultNetwork: true,
    adminPassword: password,
  };
  const { tenant } = await admin.mutate<{ tenant: { id: string; rootGroup: { id: string } } }>(
    'createTenant',
    input,
    '{ tenant { id rootGroup { id } } }',
  );
  const tenantId = tenant.id;
  const client = await anon.login(`admin#${spec.name}`, password);

  const groups = new Map([['', tenant.rootGroup.id]]);
  for (const path of spec.groups) {
    const parentGroupId = groups.get(path.split('/').slice(0, -1).join('/'));
    groups.set(path, await client.make('createGroup', { parentGroupId, name: path.split('/').pop() }, 'group'));
  }
  const users = new Map<string, string>();
  for (const { group, ...user } of spec.users)
    users.set(user.name, await client.make('createUser', { groupId: groups.get(group), password, ...user }, 'user'));

  // A demo tenant has a handful of networks: the first page (50) holds them all.
  const query = 'query ($id: ID!) { tenant(id: $id) { networks { nodes { id name } } } }';
  const networks = new Map(
    (
      await client.run<{ tenant: { networks: { nodes: { id: string; name: string }[] } } }>(query, { id: tenantId })
    ).tenant.networks.nodes.map((n) => [n.name, n.id]),
  );
  const routerId = await client.make('createRouter', { name: spec.router, tenantId, externalNetworkId }, 'router');
  for (const network of spec.networks) {
    const networkId = await client.make('createNetwork', { tenantId, ...network }, 'network');
    networks.set(network.name, networkId);
    await client.make('connectRouterNetwork', { routerId, networkId, tenantId }, 'router');
  }

  const servers = new Map<string, string>();
  for (const server of spec.servers) {
    const input = {
      tenantId,
      name: server.name,
      imageId: server.image,
      instanceType: server.flavor,
      networkIds: [networks.get(server.network)],
      serverType: server.serverType,
    };
    const serverId = await client.make('createServer', input, 'server');
    servers.set(server.name, serverId);
    if (server.assignTo) await client.make('assignServer', { serverId, userId: users.get(server.assignTo) }, 'server');
    const command = POWER_COMMAND[server.state];
    if (command) await client.make('serverAction', { serverId, command }, 'server');
  }
  for (const volume of spec.volumes) {
    const volumeId = await client.make(
      'createVolume',
      { tenantId, name: volume.name, sizeGb: volume.sizeGb },
      'volume',
    );
    if (volume.attachTo)
      await client.make('attachVolume', { tenantId, serverId: servers.get(volume.attachTo), volumeId }, 'attachment');
  }
  return { id: tenantId, raiser: await anon.login(`${spec.ticketRaiser}#${spec.name}`, password) };
}

function report(config: Config, password: string, adminShares: boolean, tickets: number): string {
  const count = (pick: (t: DemoTenant) => unknown[]) => DEMO_TENANTS.reduce((n, t) => n + pick(t).length, 0);
  const lines = [
    `Filled ${config.dbPath} with the Canopy demo: ${DEMO_TENANTS.length} tenants, ${count((t) => t.groups)} groups below their root groups, ` +
      `${count((t) => t.users) + DEMO_TENANTS.length + DEMO_STAFF.length + 1} users, ${count((t) => t.servers)} servers, ${count((t) => t.volumes)} volumes, ${tickets} tickets.`,
    `Start Canopy on it (CANOPY_DB=${config.dbPath} npm start) and open /graphiql.`,
    '',
    `Password of every login below${adminShares ? '' : ' except admin (CANOPY_ADMIN_PASSWORD)'}: ${password}`,
    '',
    'Platform staff (log in with the bare name):',
    `  ${'admin'.padEnd(22)} ADMIN`,
    ...DEMO_STAFF.map((s) => `  ${s.name.padEnd(22)} ${s.staffRole.padEnd(9)} ${s.description}`),
    'Tenant users (log in as name#tenant):',
    ...DEMO_TENANTS.flatMap((t) => [
      `  ${`admin#${t.name}`.padEnd(22)} tenant admin of ${t.description}`,
      ...t.users.map(
        (u) =>
          `  ${`${u.name}#${t.name}`.padEnd(22)} ${u.isAdmin ? 'admin' : 'member'} of ${u.group} (${u.description})`,
      ),
    ]),
  ];
  return lines.join('\n');
}
