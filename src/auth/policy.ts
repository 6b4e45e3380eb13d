import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors';
import { isRootPath, StaffRole, Viewer } from './viewer';

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

function allow(condition: boolean, message?: string): void {
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
    allow(isPlatformAdmin(viewer), 'Only a platform ADMIN may create or change tenants');
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
    allow(isPlatformAdmin(viewer) || isTenantAdmin(viewer, user.tenantId), 'Only a tenant admin or platform ADMIN may delete a user');
  },

  /** Staff roles are granted by the platform ADMIN only. */
  grantStaffRole(viewer: Viewer): void {
    allow(isPlatformAdmin(viewer), 'Only a platform ADMIN may grant a staff role');
  },

  // ---- cloud resources (servers, networks, routers, volumes, quotas)
  /** Every server, network, router, volume and the quota of a tenant: staff, and the tenant's admins. */
  canReadTenantResources(viewer: Viewer, tenantId: number): boolean {
    return isStaff(viewer) || isTenantAdmin(viewer, tenantId);
  },

  readTenantResources(viewer: Viewer, tenantId: number, kind: string, id: number | string): void {
    assertVisibleTenant(viewer, tenantId, kind, id);
    allow(policy.canReadTenantResources(viewer, tenantId), 'Only the tenant\'s admins and platform staff see its networks, routers, volumes and quota');
  },

  /** Creating, changing and deleting a tenant's resources: the tenant's admins and the platform ADMIN. */
  manageTenantResources(viewer: Viewer, tenantId: number, kind: string, id: number | string): void {
    assertVisibleTenant(viewer, tenantId, kind, id);
    allow(isPlatformAdmin(viewer) || isTenantAdmin(viewer, tenantId), 'Only a tenant admin or platform ADMIN may change the tenant\'s cloud resources');
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
    allow(viewer.staffRole === null || isPlatformAdmin(viewer), 'TELECOM and OPERATOR staff have a read-only view of servers');
  },

  /** Quotas are the platform's commercial terms: only its ADMIN changes them. */
  manageQuota(viewer: Viewer, tenantId: number): void {
    assertVisibleTenant(viewer, tenantId, 'Tenant', tenantId);
    allow(isPlatformAdmin(viewer), 'Only a platform ADMIN may change quotas');
  },
};
