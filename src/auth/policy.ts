import { bi, ForbiddenError, Message, NotFoundError, UnauthenticatedError } from '../errors';
import { isRootPath, StaffRole, Viewer } from './viewer';

/**
 * The one authorization policy: who may do what to which object. Services call it first, before
 * any other work. Rules (PRODUCT.md "Actors and roles"):
 * - another tenant's object is NOT_FOUND, never FORBIDDEN, so its existence does not leak;
 * - platform ADMIN may do everything; TELECOM and OPERATOR read tenants and what is in them;
 * - a tenant admin (admin of the root group) manages the whole tenant;
 * - a group admin manages its group's subtree (groups and the users wholly inside it);
 * - a member sees itself and its groups.
 * Each domain with rules of its own keeps them beside it on these primitives (tickets:
 * src/tickets/ticket.policy.ts), so this module imports no domain.
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

/** The rule holds, or the viewer is refused (FORBIDDEN, with why when the reason helps). */
export function allow(condition: boolean, message?: Message): void {
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
    allow(
      isPlatformAdmin(viewer),
      bi('Only a platform ADMIN may create or change tenants', '只有平台管理员可以创建或修改租户'),
    );
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
    allow(
      user.tenantId !== null &&
        user.groupPaths.length > 0 &&
        user.groupPaths.every((path) => inSubtreeOf(viewer.adminPaths, path)),
    );
  },

  /** Deleting a user outright (removeUser without groupId) is for the platform ADMIN and tenant admins. */
  deleteUser(viewer: Viewer, user: UserFacts): void {
    assertVisibleTenant(viewer, user.tenantId, 'User', user.id);
    allow(
      isPlatformAdmin(viewer) || isTenantAdmin(viewer, user.tenantId),
      bi('Only a tenant admin or platform ADMIN may delete a user', '只有租户管理员或平台管理员可以删除用户'),
    );
  },

  /** Staff roles are granted by the platform ADMIN only. */
  grantStaffRole(viewer: Viewer): void {
    allow(
      isPlatformAdmin(viewer),
      bi('Only a platform ADMIN may grant a staff role', '只有平台管理员可以授予平台角色'),
    );
  },

  // ---- cloud resources (servers, networks, routers, volumes, quotas)
  /** Every server, network, router, volume and the quota of a tenant: staff, and the tenant's admins. */
  canReadTenantResources(viewer: Viewer, tenantId: number): boolean {
    return isStaff(viewer) || isTenantAdmin(viewer, tenantId);
  },

  readTenantResources(viewer: Viewer, tenantId: number, kind: string, id: number | string): void {
    assertVisibleTenant(viewer, tenantId, kind, id);
    allow(
      policy.canReadTenantResources(viewer, tenantId),
      bi(
        "Only the tenant's admins and platform staff see its networks, routers, volumes and quota",
        '只有租户管理员和平台人员可以查看租户的网络、路由器、硬盘和配额',
      ),
    );
  },

  /** Creating, changing and deleting a tenant's resources: the tenant's admins and the platform ADMIN. */
  manageTenantResources(viewer: Viewer, tenantId: number, kind: string, id: number | string): void {
    assertVisibleTenant(viewer, tenantId, kind, id);
    allow(
      isPlatformAdmin(viewer) || isTenantAdmin(viewer, tenantId),
      bi(
        "Only a tenant admin or platform ADMIN may change the tenant's cloud resources",
        '只有租户管理员或平台管理员可以修改租户的云资源',
      ),
    );
  },

  /** A member sees the tenant's SHARED servers and the PRIVATE ones assigned to it. */
  canReadServer(viewer: Viewer, server: ServerFacts): boolean {
    if (policy.canReadTenantResources(viewer, server.tenantId)) return true;
    return (
      viewer.tenantId === server.tenantId && (server.serverType === 'SHARED' || server.assignedUserId === viewer.userId)
    );
  },

  readServer(viewer: Viewer, server: ServerFacts): void {
    assertVisibleTenant(viewer, server.tenantId, 'Server', server.id);
    allow(policy.canReadServer(viewer, server));
  },

  /** PAUSE, STOP, …: whoever may see the server, except read-only staff (TELECOM, OPERATOR). */
  commandServer(viewer: Viewer, server: ServerFacts): void {
    policy.readServer(viewer, server);
    allow(
      viewer.staffRole === null || isPlatformAdmin(viewer),
      bi('TELECOM and OPERATOR staff have a read-only view of servers', '电信人员和运维人员对主机只有只读权限'),
    );
  },

  /**
   * createServerConsole: a console is a keyboard on the server, so it is a command's right, no
   * wider: the tenant's admins, the platform ADMIN, and a member for a server it may command (a
   * PRIVATE one assigned to it, or a SHARED one); a group admin as a member. Read-only staff may not.
   */
  openServerConsole(viewer: Viewer, server: ServerFacts): void {
    policy.commandServer(viewer, server);
  },

  /**
   * resizeServer, confirmResize, revertResize: a change of what the tenant pays for, so the
   * tenant's admins and the platform ADMIN, as for creating servers; not the members who may
   * run commands on it (group admins included), nor read-only staff.
   */
  resizeServer(viewer: Viewer, server: ServerFacts): void {
    policy.manageTenantResources(viewer, server.tenantId, 'Server', server.id);
  },

  /** extendVolume: as for the tenant's other volume changes (tenant admins, platform ADMIN). */
  extendVolume(viewer: Viewer, volume: { id: number; tenantId: number }): void {
    policy.manageTenantResources(viewer, volume.tenantId, 'Volume', volume.id);
  },

  /**
   * A tenant's security groups and their rules: every user of the tenant reads them (a member must
   * know what reaches its servers), and staff. Another tenant's are NOT_FOUND.
   */
  readSecurityGroups(viewer: Viewer, tenantId: number, kind: string, id: number | string): void {
    assertVisibleTenant(viewer, tenantId, kind, id);
  },

  /**
   * Creating and deleting groups, adding and removing rules, and choosing a server's groups: as for
   * servers (create, delete, assign), the tenant's admins and the platform ADMIN. A group admin
   * manages its subtree's groups and users, not servers, so it reads security groups as a member does.
   */
  manageSecurityGroups(viewer: Viewer, tenantId: number, kind: string, id: number | string): void {
    assertVisibleTenant(viewer, tenantId, kind, id);
    allow(
      isPlatformAdmin(viewer) || isTenantAdmin(viewer, tenantId),
      bi(
        "Only a tenant admin or platform ADMIN may change the tenant's security groups",
        '只有租户管理员或平台管理员可以修改租户的防火墙',
      ),
    );
  },

  /**
   * A tenant's floating IPs: every user of the tenant reads them (a member picks one for its
   * server), and staff. Another tenant's are NOT_FOUND.
   */
  readFloatingIps(viewer: Viewer, tenantId: number, kind: string, id: number | string): void {
    assertVisibleTenant(viewer, tenantId, kind, id);
  },

  /**
   * Allocating and releasing a floating IP: a public address the tenant pays for, so as for
   * creating servers, the tenant's admins and the platform ADMIN.
   */
  manageFloatingIps(viewer: Viewer, tenantId: number, kind: string, id: number | string): void {
    assertVisibleTenant(viewer, tenantId, kind, id);
    allow(
      isPlatformAdmin(viewer) || isTenantAdmin(viewer, tenantId),
      bi(
        'Only a tenant admin or platform ADMIN may allocate or release floating IPs',
        '只有租户管理员或平台管理员可以申请或释放浮动IP',
      ),
    );
  },

  /**
   * Associating a floating IP with a server, and disassociating it: whoever may command the
   * server (its tenant's admins, the member it is assigned to, group admins as members, the
   * platform ADMIN), not read-only staff.
   */
  associateFloatingIp(viewer: Viewer, server: ServerFacts): void {
    policy.commandServer(viewer, server);
  },

  /**
   * Key pairs are their owner's alone: only the owner lists, deletes or puts one on a server (its
   * own, on any server it may create); to anyone else, the platform ADMIN included, another
   * user's key pair is NOT_FOUND. The public key of a server's key shows on the server itself.
   */
  ownKeyPair(viewer: Viewer, keyPair: { id: number; userId: number }): void {
    if (keyPair.userId !== viewer.userId) throw new NotFoundError('Key pair', keyPair.id);
  },

  /** Another user's list is refused outright (the list is not an object whose existence could leak). */
  listKeyPairs(viewer: Viewer, userId: number): void {
    allow(userId === viewer.userId, bi('Only its owner lists a user’s key pairs', '只有本人可以查看自己的密钥对'));
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
    allow(
      isTenantAdmin(viewer, viewer.tenantId),
      bi(
        'Only a platform ADMIN or a tenant admin may read the audit log',
        '只有平台管理员或租户管理员可以查看审计日志',
      ),
    );
    return viewer.tenantId as number;
  },
};
