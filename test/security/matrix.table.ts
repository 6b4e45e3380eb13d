import { makeNetwork, makeServer, waitForServer } from '../helpers/cloud';
import * as cloud from '../helpers/cloud.documents';
import { CreateServerConsole } from '../helpers/console.documents';
import { GqlClient } from '../helpers/client';
import * as identity from '../helpers/documents';
import * as fip from '../helpers/floating-ips.documents';
import * as keys from '../helpers/key-pairs.documents';
import * as sg from '../helpers/security-groups.documents';
import { AuditEvents, ChangePassword } from '../helpers/security.documents';
import {
  ServerTicket,
  TenantNetworks,
  TenantRootGroup,
  TenantRouters,
  TenantVolumes,
  TicketStatuses,
  UserMemberships,
} from '../helpers/security.matrix.documents';
import * as tickets from '../helpers/tickets.documents';
import { SERVER_CHANGED, subscriptionOutcome, TICKET_CHANGED, VOLUME_CHANGED } from '../helpers/live';
import { raise, ticketIn } from '../helpers/tickets.driver';
import { createGroup, createUser, PASSWORD, TenantFixture, World } from '../helpers/world';

/**
 * The authorization matrix: for every Query and Mutation field, and every object field of Tenant,
 * Group, Server and User that leads to more data, how to call it against tenant A's objects (and
 * B's), and what each persona gets. matrix.test.ts fails for a schema field missing here.
 */
export const PERSONAS = [
  'admin',
  'telecom',
  'operator',
  'tenantAdmin',
  'groupAdmin',
  'member',
  'otherTenant',
  'anonymous',
] as const;
export type Persona = (typeof PERSONAS)[number];
/** An error code, `ok`, or HIDDEN: answered, with the field null because the viewer may not see it. */
export type Outcome = string;

/** One tenant's targets. A: `group` is the group admin's team, `memberGroup` the member's squad. */
export interface Side {
  tenant: TenantFixture;
  group: string;
  memberGroup: string;
  memberId: string;
  member: GqlClient;
  network: string;
  router: string;
  /** PRIVATE, assigned to the member. */
  server: string;
  /** PRIVATE, unassigned. */
  spareServer: string;
  /** A type-1 ticket the member raised, SUBMITTED. */
  ticket: string;
}

export interface MatrixWorld {
  w: World;
  a: Side;
  b: Side;
  externalNetworkId: string;
  /** The password each persona logged in with (changePassword needs it). */
  passwords: Record<Persona, string>;
  /** A fresh number, for unique names and non-overlapping CIDRs. */
  next(): number;
}

type Response = { errors?: Array<{ extensions?: { code?: string } }>; data?: unknown };
export interface Entry {
  expect: Record<Persona, Outcome>;
  run(m: MatrixWorld, client: GqlClient, side: Side, persona: Persona): Promise<Response>;
  /** False for operations that name no tenant's object (catalogue, own lists, login). */
  crossTenant?: false;
  /** True when the answer hides what the viewer may not see (a null field). */
  hidden?(data: unknown): boolean;
}

const CODES: Record<string, Outcome> = { ok: 'ok', F: 'FORBIDDEN', NF: 'NOT_FOUND', U: 'UNAUTHENTICATED', H: 'HIDDEN' };
/** Eight outcomes in PERSONAS order: ok, F (FORBIDDEN), NF (NOT_FOUND), U (UNAUTHENTICATED), H (HIDDEN). */
function x(outcomes: string): Record<Persona, Outcome> {
  const list = outcomes.split(' ');
  if (list.length !== PERSONAS.length) throw new Error(`eight outcomes expected: ${outcomes}`);
  return Object.fromEntries(PERSONAS.map((p, i) => [p, CODES[list[i]]])) as Record<Persona, Outcome>;
}

const ANYONE = x('ok ok ok ok ok ok ok ok');
const SIGNED_IN = x('ok ok ok ok ok ok ok U');
const SEES_TENANT = x('ok ok ok ok ok ok NF U');
const TENANT_RESOURCES = x('ok ok ok ok F F NF U');
const MANAGE_RESOURCES = x('ok F F ok F F NF U');
const ADMIN_ONLY = x('ok F F F F F NF U');
const MANAGE_TEAM = x('ok F F ok ok F NF U');
const READ_TEAM = x('ok ok ok ok ok F NF U');
const SEES_MEMBERS_SERVER = x('ok ok ok ok F ok NF U');
/** Whoever may command the member's server: not read-only staff, not the group admin (who does not see it). */
const COMMANDS_MEMBERS_SERVER = x('ok F F ok F ok NF U');
const TENANT_USERS = x('F F F ok ok ok ok U');
const TELECOM_QUEUE = x('ok ok F F F F F U');
const OPERATOR_QUEUE = x('ok F ok F F F F U');
/** The side's member's own key pairs: its alone; a user another tenant's viewer cannot see is NOT_FOUND. */
const OWNER_ONLY_LIST = x('F F F F F ok NF U');
const OWNER_ONLY = x('NF NF NF NF NF ok NF U');

const actors = (m: MatrixWorld, side: Side) => ({ TENANT: side.member, TELECOM: m.w.telecom, OPERATOR: m.w.operator });
const freshNetwork = (m: MatrixWorld, side: Side) => {
  const n = m.next();
  return makeNetwork(m.w.admin, side.tenant.id, `net-${n}`, n);
};
const freshVolume = async (m: MatrixWorld, side: Side) =>
  (await m.w.admin.ok(cloud.CreateVolume, { input: { tenantId: side.tenant.id } })).createVolume.volume.id;
const freshServer = (m: MatrixWorld, side: Side) =>
  makeServer(m.w.admin, side.tenant.id, side.network, { name: `rs-${m.next()}` });
const resizedServer = async (m: MatrixWorld, side: Side) => {
  const serverId = await freshServer(m, side);
  await m.w.admin.ok(cloud.ResizeServer, { input: { serverId, flavorName: 'm1.small' } });
  await waitForServer(m.w.admin, serverId, undefined, ['RESIZE']);
  return serverId;
};
const connected = async (m: MatrixWorld, side: Side) => {
  const networkId = await freshNetwork(m, side);
  await m.w.admin.ok(cloud.ConnectRouterNetwork, { input: { routerId: side.router, networkId } });
  return networkId;
};

/** A fresh group of the side's tenant, made by the platform ADMIN. */
const freshGroup = async (m: MatrixWorld, side: Side) =>
  (
    await m.w.admin.ok(sg.CreateSecurityGroup, {
      input: { tenantId: side.tenant.id, name: `sg-${m.next()}` },
    })
  ).createSecurityGroup.securityGroup;

/**
 * A fresh floating IP of the side's tenant, by the platform ADMIN; `onServer` maps it to the
 * member's server, first releasing the one already there (a port takes one IP per external network).
 */
const freshFloatingIp = async (m: MatrixWorld, side: Side, onServer = false) => {
  const { floatingIps } = await m.w.admin.ok(fip.TenantFloatingIps, { tenantId: side.tenant.id });
  for (const old of floatingIps.nodes.filter((f) => f.server?.id === side.server))
    await m.w.admin.ok(fip.ReleaseFloatingIp, { input: { floatingIpId: old.id } });
  const { floatingIp } = (
    await m.w.admin.ok(fip.AllocateFloatingIp, {
      input: { tenantId: side.tenant.id, externalNetworkId: m.externalNetworkId },
    })
  ).allocateFloatingIp;
  if (onServer)
    await m.w.admin.ok(fip.AssociateFloatingIp, { input: { floatingIpId: floatingIp.id, serverId: side.server } });
  return floatingIp.id;
};

const catalogue: Entry = { expect: SIGNED_IN, crossTenant: false, run: (_m, c) => c.request(cloud.Catalog) };
const serverField: Entry = {
  expect: SEES_MEMBERS_SERVER,
  run: (_m, c, s) => c.request(cloud.GetServer, { id: s.server }),
};
const teamField: Entry = { expect: READ_TEAM, run: (_m, c, s) => c.request(identity.GetGroup, { id: s.group }) };
const memberField: Entry = { expect: SEES_TENANT, run: (_m, c, s) => c.request(identity.GetUser, { id: s.memberId }) };

export const MATRIX: Record<string, Entry> = {
  // ---- queries
  'Query.viewer': { expect: ANYONE, crossTenant: false, run: (_m, c) => c.request(identity.Viewer) },
  'Query.tenants': { expect: SIGNED_IN, crossTenant: false, run: (_m, c) => c.request(identity.ListTenants) },
  'Query.tenant': { expect: SEES_TENANT, run: (_m, c, s) => c.request(identity.GetTenant, { id: s.tenant.id }) },
  'Query.platformRootGroup': {
    expect: x('ok ok ok F F F F U'),
    crossTenant: false,
    run: (_m, c) => c.request(identity.PlatformRootGroup),
  },
  'Query.group': { expect: READ_TEAM, run: (_m, c, s) => c.request(identity.GetGroup, { id: s.group }) },
  'Query.user': { expect: SEES_TENANT, run: (_m, c, s) => c.request(identity.GetUser, { id: s.memberId }) },
  'Query.server': { expect: SEES_MEMBERS_SERVER, run: (_m, c, s) => c.request(cloud.GetServer, { id: s.server }) },
  'Query.networks': {
    expect: TENANT_RESOURCES,
    run: (_m, c, s) => c.request(cloud.Networks, { tenantId: s.tenant.id }),
  },
  'Query.routers': { expect: TENANT_RESOURCES, run: (_m, c, s) => c.request(cloud.Routers, { tenantId: s.tenant.id }) },
  'Query.volumes': { expect: TENANT_RESOURCES, run: (_m, c, s) => c.request(cloud.Volumes, { tenantId: s.tenant.id }) },
  'Query.securityGroups': {
    expect: SEES_TENANT,
    run: (_m, c, s) => c.request(sg.TenantSecurityGroups, { tenantId: s.tenant.id }),
  },
  'Query.floatingIps': {
    expect: SEES_TENANT,
    run: (_m, c, s) => c.request(fip.TenantFloatingIps, { tenantId: s.tenant.id }),
  },
  'Query.flavors': catalogue,
  'Query.images': catalogue,
  'Query.availabilityZones': catalogue,
  'Query.externalNetworks': catalogue,
  'Query.ticket': {
    expect: x('ok ok NF ok NF ok NF U'),
    run: (_m, c, s) => c.request(tickets.GetTicket, { id: s.ticket }),
  },
  'Query.ticketTypes': { expect: SIGNED_IN, crossTenant: false, run: (_m, c) => c.request(tickets.TicketTypes) },
  'Query.ticketStatuses': { expect: SIGNED_IN, crossTenant: false, run: (_m, c) => c.request(TicketStatuses) },
  'Query.myTickets': { expect: TENANT_USERS, crossTenant: false, run: (_m, c) => c.request(tickets.MyTickets) },
  'Query.tenantTickets': { expect: TENANT_USERS, crossTenant: false, run: (_m, c) => c.request(tickets.TenantTickets) },
  'Query.ticketsToConfirm': {
    expect: TENANT_USERS,
    crossTenant: false,
    run: (_m, c) => c.request(tickets.TicketsToConfirm),
  },
  'Query.ticketsToReview': {
    expect: TELECOM_QUEUE,
    crossTenant: false,
    run: (_m, c) => c.request(tickets.TicketsToReview),
  },
  'Query.telecomTickets': {
    expect: TELECOM_QUEUE,
    crossTenant: false,
    run: (_m, c) => c.request(tickets.TelecomTickets),
  },
  'Query.ticketsToReceive': {
    expect: OPERATOR_QUEUE,
    crossTenant: false,
    run: (_m, c) => c.request(tickets.TicketsToReceive),
  },
  'Query.ticketsToHandle': {
    expect: OPERATOR_QUEUE,
    crossTenant: false,
    run: (_m, c) => c.request(tickets.TicketsToHandle),
  },
  'Query.maintainTickets': {
    expect: OPERATOR_QUEUE,
    crossTenant: false,
    run: (_m, c) => c.request(tickets.MaintainTickets),
  },
  'Query.auditEvents': {
    expect: x('ok F F ok F F NF U'),
    run: (_m, c, s) => c.request(AuditEvents, { filter: { tenantId: s.tenant.id } }),
  },

  // ---- object fields that lead to more of a tenant's data
  'Tenant.servers': { expect: SEES_TENANT, run: (_m, c, s) => c.request(cloud.ServersPage, { tenantId: s.tenant.id }) },
  'Tenant.networks': { expect: TENANT_RESOURCES, run: (_m, c, s) => c.request(TenantNetworks, { id: s.tenant.id }) },
  'Tenant.routers': { expect: TENANT_RESOURCES, run: (_m, c, s) => c.request(TenantRouters, { id: s.tenant.id }) },
  'Tenant.volumes': { expect: TENANT_RESOURCES, run: (_m, c, s) => c.request(TenantVolumes, { id: s.tenant.id }) },
  'Tenant.quota': { expect: TENANT_RESOURCES, run: (_m, c, s) => c.request(cloud.TenantQuota, { id: s.tenant.id }) },
  'Tenant.rootGroup': {
    expect: x('ok ok ok ok H H NF U'),
    run: (_m, c, s) => c.request(TenantRootGroup, { id: s.tenant.id }),
    hidden: (data) => (data as { tenant: { rootGroup: unknown } }).tenant.rootGroup === null,
  },
  'Group.children': teamField,
  'Group.parent': teamField,
  'Group.users': teamField,
  'Group.tenant': teamField,
  'User.groups': memberField,
  'User.tenant': memberField,
  'User.keyPairs': {
    expect: OWNER_ONLY_LIST,
    run: (_m, c, s) => c.request(keys.UserKeyPairs, { id: s.memberId }),
  },
  'User.memberships': { expect: SEES_TENANT, run: (_m, c, s) => c.request(UserMemberships, { id: s.memberId }) },
  'Server.addresses': serverField,
  'Server.assignedUser': serverField,
  'Server.attachments': serverField,
  'Server.flavor': serverField,
  'Server.image': serverField,
  'Server.networks': serverField,
  'Server.securityGroups': serverField,
  'Server.floatingIps': serverField,
  'Server.tenant': serverField,
  'Server.volumes': serverField,
  // Null for a server no ticket made, and for a viewer who may not see the ticket (test/cloud/ticket-requests.test.ts).
  'Server.ticket': { expect: SEES_MEMBERS_SERVER, run: (_m, c, s) => c.request(ServerTicket, { id: s.server }) },

  // ---- mutations: identity
  'Mutation.login': {
    expect: ANYONE,
    crossTenant: false,
    run: (_m, c) => c.request(identity.Login, { input: { identification: 'lena#acme', password: PASSWORD } }),
  },
  // Subscriptions, as they start (each event is checked again when delivered: test/live/).
  'Subscription.serverChanged': {
    expect: SEES_TENANT,
    run: (m, c, s) => subscriptionOutcome(m.w.server.url, c.token, SERVER_CHANGED, { tenantId: s.tenant.id }),
  },
  'Subscription.volumeChanged': {
    expect: TENANT_RESOURCES,
    run: (m, c, s) => subscriptionOutcome(m.w.server.url, c.token, VOLUME_CHANGED, { tenantId: s.tenant.id }),
  },
  'Subscription.ticketChanged': {
    expect: SIGNED_IN,
    crossTenant: false,
    run: (m, c) => subscriptionOutcome(m.w.server.url, c.token, TICKET_CHANGED),
  },
  'Mutation.logout': {
    expect: ANYONE,
    crossTenant: false,
    run: (m) => new GqlClient(m.w.server.url).request(identity.Logout),
  },
  'Mutation.changePassword': {
    expect: SIGNED_IN,
    crossTenant: false,
    run: (m, c, _s, p) =>
      c.request(ChangePassword, {
        input: { currentPassword: m.passwords[p], newPassword: `another-horse-battery-${m.next()}` },
      }),
  },
  'Mutation.createTenant': {
    expect: x('ok F F F F F F U'),
    crossTenant: false,
    run: (m, c) => c.request(identity.CreateTenant, { input: { name: `tenant-${m.next()}` } }),
  },
  'Mutation.updateTenant': {
    expect: ADMIN_ONLY,
    run: (_m, c, s) => c.request(identity.UpdateTenant, { input: { tenantId: s.tenant.id, description: 'changed' } }),
  },
  'Mutation.createGroup': {
    expect: MANAGE_TEAM,
    run: (m, c, s) => c.request(identity.CreateGroup, { input: { parentGroupId: s.group, name: `group-${m.next()}` } }),
  },
  'Mutation.updateGroup': {
    expect: MANAGE_TEAM,
    run: (_m, c, s) => c.request(identity.UpdateGroup, { input: { groupId: s.memberGroup, description: 'changed' } }),
  },
  'Mutation.deleteGroup': {
    expect: MANAGE_TEAM,
    run: async (m, c, s) =>
      c.request(identity.DeleteGroup, {
        input: { groupId: await createGroup(s.tenant.admin, s.group, `doomed-${m.next()}`) },
      }),
  },
  'Mutation.createUser': {
    expect: MANAGE_TEAM,
    run: (m, c, s) =>
      c.request(identity.CreateUser, { input: { groupId: s.group, name: `user-${m.next()}`, password: PASSWORD } }),
  },
  'Mutation.updateUser': {
    expect: MANAGE_TEAM,
    run: (_m, c, s) =>
      c.request(identity.UpdateUser, { input: { userId: s.memberId, groupId: s.memberGroup, description: 'changed' } }),
  },
  'Mutation.removeUser': {
    expect: x('ok F F ok F F NF U'),
    run: async (m, c, s) =>
      c.request(identity.RemoveUser, {
        input: { userId: await createUser(s.tenant.admin, s.memberGroup, `goner-${m.next()}`) },
      }),
  },

  // ---- mutations: key pairs (each persona's own; the side's member's for delete)
  'Mutation.createKeyPair': {
    expect: SIGNED_IN,
    crossTenant: false,
    run: (m, c) => c.request(keys.CreateKeyPair, { input: { name: `key-${m.next()}` } }),
  },
  'Mutation.deleteKeyPair': {
    expect: OWNER_ONLY,
    run: async (m, c, s) => {
      const { createKeyPair } = await s.member.ok(keys.CreateKeyPair, { input: { name: `key-${m.next()}` } });
      return c.request(keys.DeleteKeyPair, { input: { keyPairId: createKeyPair.keyPair.id } });
    },
  },

  // ---- mutations: cloud resources
  'Mutation.createServer': {
    expect: MANAGE_RESOURCES,
    run: (_m, c, s) =>
      c.request(cloud.CreateServer, {
        input: {
          tenantId: s.tenant.id,
          imageId: 'cirros-0.6.2-x86_64',
          instanceType: 'm1.tiny',
          networkIds: [s.network],
        },
      }),
  },
  'Mutation.deleteServer': {
    expect: MANAGE_RESOURCES,
    run: async (_m, c, s) =>
      c.request(cloud.DeleteServer, {
        input: { tenantId: s.tenant.id, serverId: await makeServer(s.tenant.admin, s.tenant.id, s.network) },
      }),
  },
  'Mutation.serverAction': {
    expect: x('ok F F ok F ok NF U'),
    run: (_m, c, s) => c.request(cloud.ServerAction, { input: { serverId: s.server, command: 'REBOOT' } }),
  },
  // As serverAction: those who may command the server (its member, not the group admin or read-only staff).
  'Mutation.createServerConsole': {
    expect: x('ok F F ok F ok NF U'),
    run: (_m, c, s) => c.request(CreateServerConsole, { input: { serverId: s.server, type: 'SERIAL' } }),
  },
  // A fresh ACTIVE server each time (resized by the ADMIN first for confirm and revert), so one
  // persona's success leaves the next a server in the state its call needs.
  'Mutation.resizeServer': {
    expect: MANAGE_RESOURCES,
    run: async (m, c, s) =>
      c.request(cloud.ResizeServer, { input: { serverId: await freshServer(m, s), flavorName: 'm1.small' } }),
  },
  'Mutation.confirmResize': {
    expect: MANAGE_RESOURCES,
    run: async (m, c, s) => c.request(cloud.ConfirmResize, { input: { serverId: await resizedServer(m, s) } }),
  },
  'Mutation.revertResize': {
    expect: MANAGE_RESOURCES,
    run: async (m, c, s) => c.request(cloud.RevertResize, { input: { serverId: await resizedServer(m, s) } }),
  },
  'Mutation.assignServer': {
    expect: MANAGE_RESOURCES,
    run: (_m, c, s) => c.request(cloud.AssignServer, { input: { serverId: s.spareServer, userId: s.memberId } }),
  },
  'Mutation.unassignServer': {
    expect: MANAGE_RESOURCES,
    run: (_m, c, s) => c.request(cloud.UnassignServer, { input: { serverId: s.spareServer } }),
  },
  'Mutation.updateQuota': {
    expect: ADMIN_ONLY,
    run: (_m, c, s) => c.request(cloud.UpdateQuota, { input: { tenantId: s.tenant.id, volumes: 1000 } }),
  },
  'Mutation.createNetwork': {
    expect: MANAGE_RESOURCES,
    run: (m, c, s) => {
      const n = m.next();
      return c.request(cloud.CreateNetwork, {
        input: { tenantId: s.tenant.id, name: `net-${n}`, cidr: `10.${n}.0.0/24`, gateway: `10.${n}.0.1` },
      });
    },
  },
  'Mutation.deleteNetwork': {
    expect: MANAGE_RESOURCES,
    run: async (m, c, s) => c.request(cloud.DeleteNetwork, { input: { networkId: await freshNetwork(m, s) } }),
  },
  'Mutation.createRouter': {
    expect: MANAGE_RESOURCES,
    run: (m, c, s) =>
      c.request(cloud.CreateRouter, {
        input: { tenantId: s.tenant.id, name: `router-${m.next()}`, externalNetworkId: m.externalNetworkId },
      }),
  },
  'Mutation.deleteRouter': {
    expect: MANAGE_RESOURCES,
    run: async (m, c, s) => {
      const { createRouter } = await m.w.admin.ok(cloud.CreateRouter, {
        input: { tenantId: s.tenant.id, name: `router-${m.next()}`, externalNetworkId: m.externalNetworkId },
      });
      return c.request(cloud.DeleteRouter, { input: { routerId: createRouter.router.id } });
    },
  },
  'Mutation.connectRouterNetwork': {
    expect: MANAGE_RESOURCES,
    run: async (m, c, s) =>
      c.request(cloud.ConnectRouterNetwork, { input: { routerId: s.router, networkId: await freshNetwork(m, s) } }),
  },
  'Mutation.disconnectRouterNetwork': {
    expect: MANAGE_RESOURCES,
    run: async (m, c, s) =>
      c.request(cloud.DisconnectRouterNetwork, { input: { routerId: s.router, networkId: await connected(m, s) } }),
  },
  'Mutation.createSecurityGroup': {
    expect: MANAGE_RESOURCES,
    run: (m, c, s) => c.request(sg.CreateSecurityGroup, { input: { tenantId: s.tenant.id, name: `sg-${m.next()}` } }),
  },
  'Mutation.deleteSecurityGroup': {
    expect: MANAGE_RESOURCES,
    run: async (m, c, s) =>
      c.request(sg.DeleteSecurityGroup, { input: { securityGroupId: (await freshGroup(m, s)).id } }),
  },
  'Mutation.addSecurityGroupRule': {
    expect: MANAGE_RESOURCES,
    run: async (m, c, s) =>
      c.request(sg.AddSecurityGroupRule, {
        input: { securityGroupId: (await freshGroup(m, s)).id, direction: 'INGRESS', protocol: 'tcp', portMin: 22 },
      }),
  },
  'Mutation.removeSecurityGroupRule': {
    expect: MANAGE_RESOURCES,
    run: async (m, c, s) =>
      c.request(sg.RemoveSecurityGroupRule, { input: { ruleId: (await freshGroup(m, s)).rules[0].id } }),
  },
  'Mutation.setServerSecurityGroups': {
    expect: MANAGE_RESOURCES,
    run: async (m, c, s) =>
      c.request(sg.SetServerSecurityGroups, {
        input: { serverId: s.spareServer, securityGroupIds: [(await freshGroup(m, s)).id] },
      }),
  },
  'Mutation.allocateFloatingIp': {
    expect: MANAGE_RESOURCES,
    run: (m, c, s) =>
      c.request(fip.AllocateFloatingIp, { input: { tenantId: s.tenant.id, externalNetworkId: m.externalNetworkId } }),
  },
  'Mutation.releaseFloatingIp': {
    expect: MANAGE_RESOURCES,
    run: async (m, c, s) => c.request(fip.ReleaseFloatingIp, { input: { floatingIpId: await freshFloatingIp(m, s) } }),
  },
  'Mutation.associateFloatingIp': {
    expect: COMMANDS_MEMBERS_SERVER,
    run: async (m, c, s) =>
      c.request(fip.AssociateFloatingIp, { input: { floatingIpId: await freshFloatingIp(m, s), serverId: s.server } }),
  },
  'Mutation.disassociateFloatingIp': {
    expect: COMMANDS_MEMBERS_SERVER,
    run: async (m, c, s) =>
      c.request(fip.DisassociateFloatingIp, { input: { floatingIpId: await freshFloatingIp(m, s, true) } }),
  },
  'Mutation.createVolume': {
    expect: MANAGE_RESOURCES,
    run: (_m, c, s) => c.request(cloud.CreateVolume, { input: { tenantId: s.tenant.id } }),
  },
  'Mutation.deleteVolume': {
    expect: MANAGE_RESOURCES,
    run: async (m, c, s) =>
      c.request(cloud.DeleteVolume, { input: { tenantId: s.tenant.id, volumeId: await freshVolume(m, s) } }),
  },
  'Mutation.extendVolume': {
    expect: MANAGE_RESOURCES,
    run: async (m, c, s) => c.request(cloud.ExtendVolume, { input: { volumeId: await freshVolume(m, s), sizeGb: 2 } }),
  },
  'Mutation.attachVolume': {
    expect: MANAGE_RESOURCES,
    run: async (m, c, s) =>
      c.request(cloud.AttachVolume, {
        input: { tenantId: s.tenant.id, serverId: s.spareServer, volumeId: await freshVolume(m, s) },
      }),
  },
  'Mutation.detachVolume': {
    expect: MANAGE_RESOURCES,
    run: async (m, c, s) => {
      const input = { tenantId: s.tenant.id, serverId: s.spareServer, volumeId: await freshVolume(m, s) };
      const { attachVolume } = await m.w.admin.ok(cloud.AttachVolume, { input });
      return c.request(cloud.DetachVolume, {
        input: { tenantId: s.tenant.id, serverId: s.spareServer, attachId: attachVolume.attachment.id },
      });
    },
  },

  // ---- mutations: tickets (a fresh ticket of the member's, walked to the status the move needs)
  'Mutation.createTicket': {
    expect: TENANT_USERS,
    crossTenant: false,
    run: (_m, c) => c.request(tickets.CreateTicket, { input: { title: 'matrix' } }),
  },
  'Mutation.tenantTicketAction': {
    expect: TENANT_USERS,
    crossTenant: false,
    run: (_m, c) => c.request(tickets.TenantTicketAction, { input: { name: 'matrix' } }),
  },
  'Mutation.cancelTicket': {
    expect: x('F F NF ok NF ok NF U'),
    run: async (_m, c, s) =>
      c.request(tickets.CancelTicket, { input: { ticketId: (await raise(s.member, 0, s.tenant.id)).id } }),
  },
  'Mutation.confirmTicket': {
    expect: x('F F F ok NF ok NF U'),
    run: async (m, c, s) =>
      c.request(tickets.ConfirmTicket, {
        input: { ticketId: (await ticketIn(actors(m, s), 0, 'PENDING_CONFIRM', s.tenant.id)).id },
      }),
  },
  'Mutation.reviewTicket': {
    expect: x('ok ok NF F NF F NF U'),
    run: async (_m, c, s) =>
      c.request(tickets.ReviewTicket, { input: { ticketId: (await raise(s.member, 0, s.tenant.id)).id } }),
  },
  'Mutation.receiveTicket': {
    expect: x('ok F ok F NF F NF U'),
    run: async (m, c, s) =>
      c.request(tickets.ReceiveTicket, {
        input: { ticketId: (await ticketIn(actors(m, s), 0, 'PENDING_RECEIVE', s.tenant.id)).id },
      }),
  },
  'Mutation.handleTicket': {
    expect: x('ok F ok F NF F NF U'),
    run: async (m, c, s) =>
      c.request(tickets.HandleTicket, {
        input: { ticketId: (await ticketIn(actors(m, s), 0, 'PENDING_HANDLE', s.tenant.id)).id },
      }),
  },
  'Mutation.telecomTicketAction': {
    expect: x('ok ok NF F NF F NF U'),
    run: async (_m, c, s) =>
      c.request(tickets.TelecomTicketAction, {
        input: { action: 'ACCEPT', ticketId: (await raise(s.member, 1, s.tenant.id)).id },
      }),
  },
  'Mutation.maintainTicketAction': {
    expect: x('ok F ok F NF F NF U'),
    run: async (_m, c, s) =>
      c.request(tickets.MaintainTicketAction, {
        input: { action: 'ERROR_REPORT_ACCEPT', ticketId: (await raise(s.member, 3, s.tenant.id)).id },
      }),
  },
};
