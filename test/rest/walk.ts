import { dispatcher } from '../helpers/client';
import { RestClient } from '../helpers/rest';

/**
 * The seed's flow, walked once over REST and once over GraphQL (test/rest/parity.test.ts): login,
 * a tenant, groups, users, a network, a router, servers, commands, a volume attached and detached,
 * a dedicated server assigned, v1 and v2 tickets, logout. Both walks leave the same state.
 */
export const PASSWORD = 'walk-password-1234';

/** The id at `path` in an answer (`idOf(data, 'group')` is data.group.id). */
function idOf(data: unknown, ...path: Array<string | number>): string {
  const found = path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], data);
  return String((found as { id: unknown }).id);
}

/** A GraphQL request that must succeed: its data. */
export async function graphql<T = Record<string, unknown>>(
  url: string,
  token: string | undefined,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    dispatcher,
  } as RequestInit);
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data)
    throw new Error(`GraphQL ${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A mutation of Canopy's shape: `field(input: $input)` answering `selection`. */
function mutate(url: string, token: string, field: string, input: Record<string, unknown>, selection: string) {
  const type = `${field[0].toUpperCase()}${field.slice(1)}Input`;
  return graphql(url, token, `mutation ($input: ${type}!) { ${field}(input: $input) { ${selection} } }`, {
    input,
  }).then((data) => data[field]);
}

async function graphqlLogin(url: string, identification: string, password: string): Promise<string> {
  return ((await mutate(url, '', 'login', { identification, password }, 'token')) as { token: string }).token;
}

export async function imageId(url: string, token: string): Promise<string> {
  return idOf(await graphql<{ images: Array<{ id: string }> }>(url, token, '{ images { id } }'), 'images', 0);
}

export async function restWalk(url: string, adminPassword: string, rest = new RestClient(url)): Promise<RestClient> {
  const admin = await rest.login('admin', adminPassword);
  const created = await admin.ok('POST /keystone/tenants', {
    name: 'walk',
    description: 'the walk',
    customer_manager: 'Li',
    admin_password: PASSWORD,
  });
  const tenantId = Number(idOf(created, 'tenant'));
  await admin.ok(
    'POST /keystone/tenants/<int:tenant_id>',
    { description: 'the walk, updated' },
    `/keystone/tenants/${tenantId}`,
  );
  await admin.ok('POST /keystone/tenants', { tenant_id: tenantId, customer_manager: 'Wang' });
  await admin.ok('GET /keystone/tenants');
  await admin.ok('GET /keystone/tenants/<int:tenant_id>', {}, `/keystone/tenants/${tenantId}`);

  const owner = await rest.login('admin#walk', PASSWORD);
  const root = idOf(created, 'tenant', 'root_group');
  const ops = idOf(await owner.ok('POST /keystone/groups', { parent_group_id: root, name: 'ops' }), 'group');
  await owner.ok('PUT /keystone/groups/<int:group_id>', { description: 'operations' }, `/keystone/groups/${ops}`);
  const tmpGroup = idOf(await owner.ok('POST /keystone/groups', { parent_group_id: root, name: 'tmp' }), 'group');
  await owner.ok('POST /keystone/groups/<int:group_id>', { name: 'tmp2' }, `/keystone/groups/${tmpGroup}`);
  await owner.ok('GET /keystone/groups/<int:group_id>', {}, `/keystone/groups/${tmpGroup}`);
  await owner.ok('DELETE /keystone/groups/<int:group_id>', {}, `/keystone/groups/${tmpGroup}`);
  const sam = idOf(await owner.ok('POST /keystone/users', { group_id: ops, name: 'sam', password: PASSWORD }), 'user');
  await owner.ok(
    'PUT /keystone/users/<int:user_id>',
    { group_id: ops, description: 'on call' },
    `/keystone/users/${sam}`,
  );
  const temp = idOf(
    await owner.ok('POST /keystone/users', { group_id: ops, name: 'temp', password: PASSWORD }),
    'user',
  );
  await owner.ok('GET /keystone/users', { group_id: ops });
  await owner.ok('GET /keystone/users', { user_id: temp });
  await owner.ok('DELETE /keystone/users', { user_id: temp });

  const external = idOf(await owner.ok('GET /network/external_network'), 0);
  const lan = idOf(
    await owner.ok('POST /network/network', {
      tenant_id: tenantId,
      network_name: 'lan',
      gateway: '10.1.0.1',
      cidr: '10.1.0.0/24',
    }),
    'network',
  );
  const tmpNet = idOf(
    await owner.ok('POST /network/network', {
      tenant_id: tenantId,
      network_name: 'tmp',
      gateway: '10.2.0.1',
      cidr: '10.2.0.0/24',
    }),
    'network',
  );
  const router = idOf(await owner.ok('POST /network/router', { name: 'gw', external_network_id: external }), 'router');
  await owner.ok('POST /network/router_network', { router_id: router, network_id: lan });
  await owner.ok('POST /network/router_network', { router_id: router, network_id: tmpNet });
  await owner.ok('DELETE /network/router_network', { router_id: router, network_id: tmpNet });
  await owner.ok('GET /network/router_network', { router_id: router });
  await owner.ok('GET /network/router');
  await owner.ok('GET /network/network', { network_id: lan });
  await owner.ok('DELETE /network/network', { network_id: tmpNet });
  const tmpRouter = idOf(
    await owner.ok('POST /network/router', { name: 'tmp-gw', external_network_id: external }),
    'router',
  );
  await owner.ok('DELETE /network/router', { router_id: tmpRouter });

  const image = await imageId(url, owner.token!);
  const server = idOf(
    await owner.ok('POST /nova/servers', {
      tenant_id: tenantId,
      image_id: image,
      network_ids: [lan],
      instance_type: 'm1.small',
      instance_name: 'web',
      virtual_server_type: 1,
    }),
    'server',
  );
  const shared = idOf(
    await owner.ok('POST /nova/servers', {
      tenant_id: tenantId,
      image_id: image,
      network_ids: [lan],
      cpu: 1,
      memory: 512,
      instance_name: 'shared',
      virtual_server_type: 2,
    }),
    'server',
  );
  await owner.ok('DELETE /nova/servers', { tenant_id: tenantId, virtual_server_id: shared });
  await owner.ok('GET /nova/command/<command>/<int:server_id>', {}, `/nova/command/stop/${server}`);
  await owner.ok('GET /nova/command/<command>/<int:server_id>', {}, `/nova/command/start/${server}`);
  await owner.ok('POST /nova/virtual_server_assign', { server_id: server, user_id: sam });
  await owner.ok('DELETE /nova/virtual_server_assign', { server_id: server });
  await owner.ok('POST /nova/virtual_server_assign', { server_id: server, user_id: sam });
  const volume = idOf(
    await owner.ok('POST /storage/volumes', { tenant_id: tenantId, volume_size: 2, volume_name: 'data' }),
    'volume',
  );
  const spare = idOf(
    await owner.ok('POST /storage/volumes', { tenant_id: tenantId, volume_size: 1, volume_name: 'spare' }),
    'volume',
  );
  await owner.ok('DELETE /storage/volumes', { tenant_id: tenantId, volume_id: spare });
  const attached = await owner.ok('POST /storage/server_attach', {
    tenant_id: tenantId,
    virtual_server_id: server,
    volume_id: volume,
  });
  await owner.ok('DELETE /storage/server_attach', {
    tenant_id: tenantId,
    virtual_server_id: server,
    attach_id: idOf(attached, 'attachment'),
  });
  await owner.ok('POST /storage/server_attach', { tenant_id: tenantId, virtual_server_id: server, volume_id: volume });
  await owner.ok('GET /storage/volumes');

  const member = await rest.login('sam#walk', PASSWORD);
  const v1 = idOf(await member.ok('POST /ticket/user', { title: 'more disk', content: 'please' }), 'ticket');
  const dropped = idOf(await member.ok('POST /ticket/user', { title: 'never mind' }), 'ticket');
  await member.ok('DELETE /ticket/user', { ticket_id: dropped });
  await member.ok('GET /ticket/user');
  await admin.ok('GET /ticket/review');
  await admin.ok('POST /ticket/review', { ticket_id: v1, passwd: true });
  await admin.ok('GET /ticket/receive');
  await admin.ok('POST /ticket/receive', { ticket_id: v1 });
  await admin.ok('GET /ticket/handle');
  await admin.ok('POST /ticket/handle', { ticket_id: v1 });
  await member.ok('GET /ticket/confirm');
  await member.ok('POST /ticket/confirm', { ticket_id: v1 });

  await member.ok('GET /ticket/type');
  const v2 = idOf(
    await member.ok('POST /ticket/tenant', { action: 'create', ticket_name: 'bigger', ticket_content: 'cpu' }),
    'ticket',
  );
  await member.ok('POST /ticket/tenant', { action: 'error_report', ticket_name: 'broken' });
  await member.ok('GET /ticket/tenant', { ticket_type_id: [1, 3] });
  await admin.ok('GET /ticket/telecom', { status_id: [1] });
  await admin.ok('POST /ticket/telecom', { action: 'accept', result: true, ticket_id: v2 });
  await admin.ok('POST /ticket/telecom', { action: 'send', ticket_id: v2, extra: 'to ops' });
  await admin.ok('GET /ticket/maintain');
  await admin.ok('POST /ticket/maintain', { action: 'accept_platform_deal', result: true, ticket_id: v2 });
  await admin.ok('POST /ticket/maintain', { action: 'send', ticket_id: v2 });
  await admin.ok('POST /ticket/telecom', { action: 'confirm', result: true, ticket_id: v2 });
  await admin.ok('POST /ticket/telecom', {
    action: 'create',
    ticke_name: 'provision',
    ticket_content: 'a server',
    tenant_id: tenantId,
  });
  await member.ok('GET /auth/logout');
  return rest;
}

export async function graphqlWalk(url: string, adminPassword: string): Promise<void> {
  const admin = await graphqlLogin(url, 'admin', adminPassword);
  const created = await mutate(
    url,
    admin,
    'createTenant',
    { name: 'walk', description: 'the walk', customerManager: 'Li', adminPassword: PASSWORD },
    'tenant { id rootGroup { id } }',
  );
  const tenantId = idOf(created, 'tenant');
  await mutate(url, admin, 'updateTenant', { tenantId, description: 'the walk, updated' }, 'tenant { id }');
  await mutate(url, admin, 'updateTenant', { tenantId, customerManager: 'Wang' }, 'tenant { id }');

  const owner = await graphqlLogin(url, 'admin#walk', PASSWORD);
  const root = idOf(created, 'tenant', 'rootGroup');
  const ops = idOf(
    await mutate(url, owner, 'createGroup', { parentGroupId: root, name: 'ops' }, 'group { id }'),
    'group',
  );
  await mutate(url, owner, 'updateGroup', { groupId: ops, description: 'operations' }, 'group { id }');
  const tmpGroup = idOf(
    await mutate(url, owner, 'createGroup', { parentGroupId: root, name: 'tmp' }, 'group { id }'),
    'group',
  );
  await mutate(url, owner, 'updateGroup', { groupId: tmpGroup, name: 'tmp2' }, 'group { id }');
  await mutate(url, owner, 'deleteGroup', { groupId: tmpGroup }, 'deletedGroupId');
  const sam = idOf(
    await mutate(url, owner, 'createUser', { groupId: ops, name: 'sam', password: PASSWORD }, 'user { id }'),
    'user',
  );
  await mutate(url, owner, 'updateUser', { userId: sam, groupId: ops, description: 'on call' }, 'user { id }');
  const temp = idOf(
    await mutate(url, owner, 'createUser', { groupId: ops, name: 'temp', password: PASSWORD }, 'user { id }'),
    'user',
  );
  await mutate(url, owner, 'removeUser', { userId: temp }, 'deleted');

  const external = idOf(await graphql(url, owner, '{ externalNetworks { id } }'), 'externalNetworks', 0);
  const lan = idOf(
    await mutate(
      url,
      owner,
      'createNetwork',
      { tenantId, name: 'lan', gateway: '10.1.0.1', cidr: '10.1.0.0/24' },
      'network { id }',
    ),
    'network',
  );
  const tmpNet = idOf(
    await mutate(
      url,
      owner,
      'createNetwork',
      { tenantId, name: 'tmp', gateway: '10.2.0.1', cidr: '10.2.0.0/24' },
      'network { id }',
    ),
    'network',
  );
  const router = idOf(
    await mutate(url, owner, 'createRouter', { name: 'gw', externalNetworkId: external }, 'router { id }'),
    'router',
  );
  await mutate(url, owner, 'connectRouterNetwork', { routerId: router, networkId: lan }, 'router { id }');
  await mutate(url, owner, 'connectRouterNetwork', { routerId: router, networkId: tmpNet }, 'router { id }');
  await mutate(url, owner, 'disconnectRouterNetwork', { routerId: router, networkId: tmpNet }, 'router { id }');
  await mutate(url, owner, 'deleteNetwork', { networkId: tmpNet }, 'deletedNetworkId');
  const tmpRouter = idOf(
    await mutate(url, owner, 'createRouter', { name: 'tmp-gw', externalNetworkId: external }, 'router { id }'),
    'router',
  );
  await mutate(url, owner, 'deleteRouter', { routerId: tmpRouter }, 'deletedRouterId');

  const image = await imageId(url, owner);
  const server = idOf(
    await mutate(
      url,
      owner,
      'createServer',
      { tenantId, imageId: image, networkIds: [lan], instanceType: 'm1.small', name: 'web', serverType: 'PRIVATE' },
      'server { id }',
    ),
    'server',
  );
  const shared = idOf(
    await mutate(
      url,
      owner,
      'createServer',
      { tenantId, imageId: image, networkIds: [lan], cpu: 1, memoryMb: 512, name: 'shared', serverType: 'SHARED' },
      'server { id }',
    ),
    'server',
  );
  await mutate(url, owner, 'deleteServer', { tenantId, serverId: shared }, 'deletedServerId');
  await mutate(url, owner, 'serverAction', { serverId: server, command: 'STOP' }, 'server { id }');
  await mutate(url, owner, 'serverAction', { serverId: server, command: 'START' }, 'server { id }');
  await mutate(url, owner, 'assignServer', { serverId: server, userId: sam }, 'server { id }');
  await mutate(url, owner, 'unassignServer', { serverId: server }, 'server { id }');
  await mutate(url, owner, 'assignServer', { serverId: server, userId: sam }, 'server { id }');
  const volume = idOf(
    await mutate(url, owner, 'createVolume', { tenantId, sizeGb: 2, name: 'data' }, 'volume { id }'),
    'volume',
  );
  const spare = idOf(
    await mutate(url, owner, 'createVolume', { tenantId, sizeGb: 1, name: 'spare' }, 'volume { id }'),
    'volume',
  );
  await mutate(url, owner, 'deleteVolume', { tenantId, volumeId: spare }, 'deletedVolumeId');
  const attached = await mutate(
    url,
    owner,
    'attachVolume',
    { tenantId, serverId: server, volumeId: volume },
    'attachment { id }',
  );
  await mutate(
    url,
    owner,
    'detachVolume',
    { tenantId, serverId: server, attachId: idOf(attached, 'attachment') },
    'detachedAttachmentId',
  );
  await mutate(url, owner, 'attachVolume', { tenantId, serverId: server, volumeId: volume }, 'attachment { id }');

  const member = await graphqlLogin(url, 'sam#walk', PASSWORD);
  const v1 = idOf(
    await mutate(url, member, 'createTicket', { title: 'more disk', content: 'please' }, 'ticket { id }'),
    'ticket',
  );
  const dropped = idOf(await mutate(url, member, 'createTicket', { title: 'never mind' }, 'ticket { id }'), 'ticket');
  await mutate(url, member, 'cancelTicket', { ticketId: dropped }, 'ticket { id }');
  await mutate(url, admin, 'reviewTicket', { ticketId: v1, pass: true }, 'ticket { id }');
  await mutate(url, admin, 'receiveTicket', { ticketId: v1 }, 'ticket { id }');
  await mutate(url, admin, 'handleTicket', { ticketId: v1 }, 'ticket { id }');
  await mutate(url, member, 'confirmTicket', { ticketId: v1 }, 'ticket { id }');

  const v2 = idOf(
    await mutate(
      url,
      member,
      'tenantTicketAction',
      { action: 'CREATE', name: 'bigger', content: 'cpu' },
      'ticket { id }',
    ),
    'ticket',
  );
  await mutate(url, member, 'tenantTicketAction', { action: 'ERROR_REPORT', name: 'broken' }, 'ticket { id }');
  await mutate(url, admin, 'telecomTicketAction', { action: 'ACCEPT', result: true, ticketId: v2 }, 'ticket { id }');
  await mutate(url, admin, 'telecomTicketAction', { action: 'SEND', ticketId: v2, extra: 'to ops' }, 'ticket { id }');
  await mutate(
    url,
    admin,
    'maintainTicketAction',
    { action: 'ACCEPT_PLATFORM_DEAL', result: true, ticketId: v2 },
    'ticket { id }',
  );
  await mutate(url, admin, 'maintainTicketAction', { action: 'SEND', ticketId: v2 }, 'ticket { id }');
  await mutate(url, admin, 'telecomTicketAction', { action: 'CONFIRM', result: true, ticketId: v2 }, 'ticket { id }');
  await mutate(
    url,
    admin,
    'telecomTicketAction',
    { action: 'CREATE', name: 'provision', content: 'a server', tenantId },
    'ticket { id }',
  );
  await graphql(url, member, 'mutation { logout { ok } }');
}

/** What the walk leaves, without ids or times (the two walks' servers make their own). */
export async function snapshot(url: string, adminPassword: string): Promise<{ state: unknown[]; mine: unknown }> {
  const admin = await graphqlLogin(url, 'admin', adminPassword);
  const users = 'users(first: 10) { nodes { name description enabled groups { name } } }';
  // One query per part: all of it in one is past Canopy's cost limit.
  const parts = [
    `tenants(first: 5) {
       nodes { name description customerManager enabled
         rootGroup { name ${users} children { name description ${users} children { name } } }       }
     }`,
    `tenants(first: 5) {
       nodes { servers(first: 20) {
         nodes { name status serverType flavor { name } assignedUser { name } volumes { name }
           addresses { networkName ip }       }
       }       }
     }`,
    'tenants(first: 5) { nodes { networks(first: 20) { nodes { name cidr gateway subnets { cidr gateway dhcpEnabled } routers { name } } } } }',
    'tenants(first: 5) { nodes { routers(first: 20) { nodes { name externalNetwork { name } networks { name } } } } }',
    'tenants(first: 5) { nodes { volumes(first: 20) { nodes { name sizeGb status description attachments { device server { name } } } } } }',
    'telecomTickets(first: 20) { nodes { ...T } }',
    'maintainTickets(first: 20) { nodes { ...T } }',
  ];
  const ticket = `fragment T on Ticket { title content type { id } status { code } tenant { name } creator { name }
    events { action result role extra actor { name } fromStatus { code } toStatus { code } } }`;
  const state = await Promise.all(
    parts.map((part) => graphql(url, admin, `{ ${part} }${part.includes('...T') ? ticket : ''}`)),
  );
  const member = await graphqlLogin(url, 'sam#walk', PASSWORD);
  const mine = await graphql(
    url,
    member,
    '{ myTickets(first: 20) { nodes { title content status { code } events { action role } } } }',
  );
  return { state, mine };
}
