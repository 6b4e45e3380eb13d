import { bi, ForbiddenError, Message, NotFoundError, UnauthenticatedError } from '../errors';
import { isRootPath, StaffRole, Viewer } from './viewer';
import { operatorVisibleStatusIds } from '../tickets/engine';
import { DELETED_STATUS_ID, TicketRole } from '../tickets/ticket.catalog';

/**
 * The one authorization policy: who may do what to which object. Services call it first, before
 * any other work. Rules (PRODUCT.md "Actors and roles"):
 * - another tenant's object is NOT_FOUND, never FORBIDDEN, so its existence does not leak;
 * - platform ADMIN may do everything; TELECOM and OPERATOR read tenants and what is in them;
 * - a tenant admin (admin of the root group) manages the whole tenant;
 * - a group admin manages its group's subtree (groups and the users wholly inside it);
 * - a member sees itself and its groups.
 */

/** What policy needs to know of a group: its tree (tenant, NULL for the platform's) and its path. */
export interface GroupFacts {
  id: number;
  tenantId: number | null;
  path: string;
}

/** What policy needs to know of a user: its tenant and the paths of all its groups. */
export interface UserFacts {
  id: number;
  tenantId: number | null;
  groupPaths: readonly string[];
}

/** What policy needs to know of a server. */
export interface ServerFacts {
  id: number;
  tenantId: number;
  serverType: 'PRIVATE' | 'SHARED';
  assignedUserId: number | null;
}

export function requireViewer(viewer: Viewer | undefined): Viewer {
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
}

export function isStaff(viewer: Viewer, ...roles: StaffRole[]): boolean {
  return viewer.staffRole !== null && (roles.length === 0 || roles.includes(viewer.staffRole));
}

export function isPlatformAdmin(viewer: Viewer): boolean {
  return viewer.staffRole === 'ADMIN';
}

export function isTenantAdmin(viewer: Viewer, tenantId: number | null): boolean {
  return tenantId !== null && viewer.tenantId === tenantId && viewer.adminPaths.some(isRootPath);
}

function inSubtreeOf(adminPaths: readonly string[], path: string): boolean {
  return adminPaths.some((adminPath) => path.startsWith(adminPath));
}

/** Tenant users meet another tenant's (or the platform's) objects as if they did not exist. */
export function assertVisibleTenant(viewer: Viewer, tenantId: number | null, kind: string, id: number | string): void {
  if (viewer.staffRole !== null) return;
  if (tenantId === null || tenantId !== viewer.tenantId) throw new NotFoundError(kind, id);
}

function allow(condition: boolean, message?: Message): void {
  if (!condition) throw new ForbiddenError(message);
}

export const policy = {
  staffOnly(viewer: Viewer, ...roles: StaffRole[]): void {
    allow(isStaff(viewer, ...roles));
  },

  readTenant(viewer: Viewer, tenantId: number): void {
    assertVisibleTenant(viewer, tenantId, 'Tenant', tenantId);
  },

  /** Creating tenants, and changing their name, manager or state, is the platform ADMIN's. */
  manageTenants(viewer: Viewer, tenantId?: number): void {
    if (tenantId !== undefined) assertVisibleTenant(viewer, tenantId, 'Tenant', tenantId);
    allow(isPlatformAdmin(viewer), bi('Only a platform ADMIN may create or change tenants', '只有平台管理员可以创建或修改租户'));
  },

  canReadGroup(viewer: Viewer, group: GroupFacts): boolean {
    if (viewer.staffRole !== null) return true;
    if (group.tenantId !== viewer.tenantId) return false;
    return inSubtreeOf(viewer.adminPaths, group.path) || viewer.groupIds.includes(group.id);
  },

  readGroup(viewer: Viewer, group: GroupFacts): void {
    assertVisibleTenant(viewer, group.tenantId, 'Group', group.id);
    allow(policy.canReadGroup(viewer, group));
  },

  canManageGroup(viewer: Viewer, group: GroupFacts): boolean {
    if (isPlatformAdmin(viewer)) return true;
    return group.tenantId !== null && group.tenantId === viewer.tenantId && inSubtreeOf(viewer.adminPaths, group.path);
  },

  /** Creating subgroups and users in it, renaming it, deleting it. */
  manageGroup(viewer: Viewer, group: GroupFacts): void {
    assertVisibleTenant(viewer, group.tenantId, 'Group', group.id);
    allow(policy.canManageGroup(viewer, group));
  },

  canReadUser(viewer: Viewer, user: UserFacts): boolean {
    if (viewer.staffRole !== null || viewer.userId === user.id) return true;
    if (user.tenantId !== viewer.tenantId) return false;
    return user.groupPaths.some((path) => inSubtreeOf(viewer.adminPaths, path));
  },

  readUser(viewer: Viewer, user: UserFacts): void {
    assertVisibleTenant(viewer, user.tenantId, 'User', user.id);
    allow(policy.canReadUser(viewer, user));
  },

  /** Changing a user needs every one of its groups in the viewer's care, so no one reaches above itself. */
  manageUser(viewer: Viewer, user: UserFacts): void {
    assertVisibleTenant(viewer, user.tenantId, 'User', user.id);
    if (isPlatformAdmin(viewer) || isTenantAdmin(viewer, user.tenantId)) return;
    allow(user.tenantId !== null && user.groupPaths.length > 0 && user.groupPaths.every((path) => inSubtreeOf(viewer.adminPaths, path)));
  },

  /** Deleting a user outright (removeUser without groupId) is for the platform ADMIN and tenant admins. */
  deleteUser(viewer: Viewer, user: UserFacts): void {
    assertVisibleTenant(viewer, user.tenantId, 'User', user.id);
    allow(isPlatformAdmin(viewer) || isTenantAdmin(viewer, user.tenantId), bi('Only a tenant admin or platform ADMIN may delete a user', '只有租户管理员或平台管理员可以删除用户'));
  },

  /** Staff roles are granted by the platform ADMIN only. */
  grantStaffRole(viewer: Viewer): void {
    allow(isPlatformAdmin(viewer), bi('Only a platform ADMIN may grant a staff role', '只有平台管理员可以授予平台角色'));
  },

  // ---- cloud resources (servers, networks, routers, volumes, quotas)
  /** Every server, network, router, volume and the quota of a tenant: staff, and the tenant's admins. */
  canReadTenantResources(viewer: Viewer, tenantId: number): boolean {
    return isStaff(viewer) || isTenantAdmin(viewer, tenantId);
  },

  readTenantResources(viewer: Viewer, tenantId: number, kind: string, id: number | string): void {
    assertVisibleTenant(viewer, tenantId, kind, id);
    allow(policy.canReadTenantResources(viewer, tenantId), bi('Only the tenant\'s admins and platform staff see its networks, routers, volumes and quota', '只有租户管理员和平台人员可以查看租户的网络、路由器、硬盘和配额'));
  },

  /** Creating, changing and deleting a tenant's resources: the tenant's admins and the platform ADMIN. */
  manageTenantResources(viewer: Viewer, tenantId: number, kind: string, id: number | string): void {
    assertVisibleTenant(viewer, tenantId, kind, id);
    allow(isPlatformAdmin(viewer) || isTenantAdmin(viewer, tenantId), bi('Only a tenant admin or platform ADMIN may change the tenant\'s cloud resources', '只有租户管理员或平台管理员可以修改租户的云资源'));
  },

  /** A member sees the tenant's SHARED servers and the PRIVATE ones assigned to it. */
  canReadServer(viewer: Viewer, server: ServerFacts): boolean {
    if (policy.canReadTenantResources(viewer, server.tenantId)) return true;
    return viewer.tenantId === server.tenantId && (server.serverType === 'SHARED' || server.assignedUserId === viewer.userId);
  },

  readServer(viewer: Viewer, server: ServerFacts): void {
    assertVisibleTenant(viewer, server.tenantId, 'Server', server.id);
    allow(policy.canReadServer(viewer, server));
  },

  /** PAUSE, STOP, …: whoever may see the server, except read-only staff (TELECOM, OPERATOR). */
  commandServer(viewer: Viewer, server: ServerFacts): void {
    policy.readServer(viewer, server);
    allow(viewer.staffRole === null || isPlatformAdmin(viewer), bi('TELECOM and OPERATOR staff have a read-only view of servers', '电信人员和运维人员对主机只有只读权限'));
  },

  /** Quotas are the platform's commercial terms: only its ADMIN changes them. */
  manageQuota(viewer: Viewer, tenantId: number): void {
    assertVisibleTenant(viewer, tenantId, 'Tenant', tenantId);
    allow(isPlatformAdmin(viewer), bi('Only a platform ADMIN may change quotas', '只有平台管理员可以修改配额'));
  },

  // ---- audit log
  /** The tenant whose audit events the viewer may list: ADMIN any (undefined: all), a tenant admin its own only. */
  auditScope(viewer: Viewer, tenantId: number | undefined): number | undefined {
    if (isPlatformAdmin(viewer)) return tenantId;
    if (tenantId !== undefined) assertVisibleTenant(viewer, tenantId, 'Tenant', tenantId);
    allow(isTenantAdmin(viewer, viewer.tenantId), bi('Only a platform ADMIN or a tenant admin may read the audit log', '只有平台管理员或租户管理员可以查看审计日志'));
    return viewer.tenantId as number;
  },

  // ---- tickets (PRODUCT.md "Tickets"; their facts and scopes are at the end of this file)
  /** Every ticket the viewer may see: ADMIN and TELECOM all, OPERATOR the platform's work, tenant admins their tenant's, members their own. */
  ticketScope(viewer: Viewer): TicketScope {
    if (isStaff(viewer, 'ADMIN', 'TELECOM')) return { kind: 'all' };
    if (isStaff(viewer, 'OPERATOR')) return operatorTicketScope();
    return tenantSideTicketScope(viewer);
  },

  /** A role's lists: only a holder of the role may open them, and they show what that role sees (also to an ADMIN). */
  ticketQueueScope(viewer: Viewer, role: TicketRole): TicketScope {
    allow(holdsTicketRole(viewer, role), bi(`Only ${ROLE_HOLDERS[role]} may open this list`, `只有${ROLE_HOLDERS_ZH[role]}可以查看此列表`));
    if (role === 'TELECOM') return { kind: 'all' };
    return role === 'OPERATOR' ? operatorTicketScope() : tenantSideTicketScope(viewer);
  },

  readTicket(viewer: Viewer, ticket: TicketFacts): void {
    if (!ticketInScope(policy.ticketScope(viewer), ticket)) throw new NotFoundError('Ticket', ticket.id);
  },

  /** The roles the viewer holds on this ticket: ADMIN both staff roles; the creator and its tenant's admins TENANT. */
  ticketRoles(viewer: Viewer, ticket: TicketFacts): TicketRole[] {
    const roles: TicketRole[] = [];
    if (isStaff(viewer, 'ADMIN', 'TELECOM')) roles.push('TELECOM');
    if (isStaff(viewer, 'ADMIN', 'OPERATOR')) roles.push('OPERATOR');
    if (viewer.tenantId === ticket.tenantId && (viewer.userId === ticket.creatorId || isTenantAdmin(viewer, ticket.tenantId))) roles.push('TENANT');
    return roles;
  },

  /** Acting on a ticket: it must be visible (else NOT_FOUND) and the role held (else FORBIDDEN); the workflow decides the rest. */
  actOnTicket(viewer: Viewer, ticket: TicketFacts, role: TicketRole): void {
    policy.readTicket(viewer, ticket);
    allow(policy.ticketRoles(viewer, ticket).includes(role), bi(`Only ${ROLE_HOLDERS[role]} may do this to the ticket`, `只有${ROLE_HOLDERS_ZH[role]}可以对该工单执行此操作`));
  },

  /** Raising a ticket: a tenant user for its own tenant (TENANT), TELECOM or ADMIN for any tenant (TELECOM). */
  createTicket(viewer: Viewer, role: TicketRole): void {
    allow(holdsTicketRole(viewer, role), bi(`Only ${ROLE_HOLDERS[role]} may raise this ticket`, `只有${ROLE_HOLDERS_ZH[role]}可以创建此工单`));
  },
};

// ---- tickets: facts and scopes

/** What policy needs to know of a ticket. */
export interface TicketFacts {
  id: number;
  tenantId: number;
  creatorId: number;
  typeId: number;
  statusId: number;
}

/** A set of tickets as data: the repository turns it into SQL, `ticketInScope` tests one ticket against it. */
export type TicketScope =
  | { kind: 'all' }
  | { kind: 'operator'; visible: ReadonlyArray<{ typeId: number; statusIds: readonly number[] }> }
  | { kind: 'tenant'; tenantId: number }
  | { kind: 'creator'; tenantId: number; creatorId: number };

const ROLE_HOLDERS: Record<TicketRole, string> = { TENANT: 'tenant users', TELECOM: 'TELECOM or ADMIN staff', OPERATOR: 'OPERATOR or ADMIN staff' };
const ROLE_HOLDERS_ZH: Record<TicketRole, string> = { TENANT: '租户用户', TELECOM: '电信人员或平台管理员', OPERATOR: '运维人员或平台管理员' };

function holdsTicketRole(viewer: Viewer, role: TicketRole): boolean {
  if (role === 'TENANT') return viewer.staffRole === null && viewer.tenantId !== null;
  return isStaff(viewer, 'ADMIN', role);
}

function operatorTicketScope(): TicketScope {
  return { kind: 'operator', visible: operatorVisibleStatusIds() };
}

function tenantSideTicketScope(viewer: Viewer): TicketScope {
  const tenantId = viewer.tenantId as number;
  return isTenantAdmin(viewer, tenantId) ? { kind: 'tenant', tenantId } : { kind: 'creator', tenantId, creatorId: viewer.userId };
}

/** Deleted (v1) tickets are in no scope: they stay in the database for the record, hidden from everyone. */
export function ticketInScope(scope: TicketScope, ticket: TicketFacts): boolean {
  if (ticket.statusId === DELETED_STATUS_ID) return false;
  switch (scope.kind) {
    case 'all':
      return true;
    case 'operator':
      return scope.visible.some((v) => v.typeId === ticket.typeId && v.statusIds.includes(ticket.statusId));
    case 'tenant':
      return ticket.tenantId === scope.tenantId;
    case 'creator':
      return ticket.tenantId === scope.tenantId && ticket.creatorId === scope.creatorId;
  }
}
