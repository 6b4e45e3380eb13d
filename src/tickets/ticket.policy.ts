import { allow, isStaff, isTenantAdmin } from '../auth/policy';
import { Viewer } from '../auth/viewer';
import { bi, NotFoundError } from '../errors';
import { operatorVisibleStatusIds } from './engine';
import { DELETED_STATUS_ID, TicketRole } from './ticket.catalog';

/**
 * Who may see and act on which ticket (PRODUCT.md "Tickets"), on the primitives of the one policy
 * module (src/auth/policy.ts). Services call it first, before any other work; the workflow
 * (engine.ts) then decides which transitions a held role may take.
 */
export const ticketPolicy = {
  /** Every ticket the viewer may see: ADMIN and TELECOM all, OPERATOR the platform's work, tenant admins their tenant's, members their own. */
  ticketScope(viewer: Viewer): TicketScope {
    if (isStaff(viewer, 'ADMIN', 'TELECOM')) return { kind: 'all' };
    if (isStaff(viewer, 'OPERATOR')) return operatorTicketScope();
    return tenantSideTicketScope(viewer);
  },

  /** A role's lists: only a holder of the role may open them, and they show what that role sees (also to an ADMIN). */
  ticketQueueScope(viewer: Viewer, role: TicketRole): TicketScope {
    allow(
      holdsTicketRole(viewer, role),
      bi(`Only ${ROLE_HOLDERS[role]} may open this list`, `只有${ROLE_HOLDERS_ZH[role]}可以查看此列表`),
    );
    if (role === 'TELECOM') return { kind: 'all' };
    return role === 'OPERATOR' ? operatorTicketScope() : tenantSideTicketScope(viewer);
  },

  readTicket(viewer: Viewer, ticket: TicketFacts): void {
    if (!ticketInScope(ticketPolicy.ticketScope(viewer), ticket)) throw new NotFoundError('Ticket', ticket.id);
  },

  /** The roles the viewer holds on this ticket: ADMIN both staff roles; the creator and its tenant's admins TENANT. */
  ticketRoles(viewer: Viewer, ticket: TicketFacts): TicketRole[] {
    const roles: TicketRole[] = [];
    if (isStaff(viewer, 'ADMIN', 'TELECOM')) roles.push('TELECOM');
    if (isStaff(viewer, 'ADMIN', 'OPERATOR')) roles.push('OPERATOR');
    if (
      viewer.tenantId === ticket.tenantId &&
      (viewer.userId === ticket.creatorId || isTenantAdmin(viewer, ticket.tenantId))
    )
      roles.push('TENANT');
    return roles;
  },

  /** Acting on a ticket: it must be visible (else NOT_FOUND) and the role held (else FORBIDDEN); the workflow decides the rest. */
  actOnTicket(viewer: Viewer, ticket: TicketFacts, role: TicketRole): void {
    ticketPolicy.readTicket(viewer, ticket);
    allow(
      ticketPolicy.ticketRoles(viewer, ticket).includes(role),
      bi(`Only ${ROLE_HOLDERS[role]} may do this to the ticket`, `只有${ROLE_HOLDERS_ZH[role]}可以对该工单执行此操作`),
    );
  },

  /**
   * The authority a ticket's request is checked (when raised) and carried out (at OPERATOR's
   * ACCEPT_PLATFORM_DEAL) with: the platform's, since TELECOM's approval and the operator's taking
   * of the work are what authorize it, whoever raised it (a member may ask for servers it could not
   * make). It acts as the ticket's creator, so a key pair named in the request must be the
   * creator's own. It is never a request's viewer: only ticket services build one, for one ticket.
   */
  ticketAgent(actor: Viewer, ticket: { creatorId: number }): Viewer {
    return {
      userId: ticket.creatorId,
      name: `${actor.name} (ticket)`,
      tenantId: null,
      staffRole: 'ADMIN',
      sessionId: actor.sessionId,
      groupIds: [],
      adminPaths: [],
    };
  },

  /** `ticket.plan` and the attempts of `ticket.outcome` (reasons, cloud ids) are staff's: they judge and run the work. */
  readTicketWork(viewer: Viewer): void {
    allow(
      isStaff(viewer),
      bi("Only platform staff see a ticket's plan and attempts", '只有平台人员可以查看工单的执行计划和执行记录'),
    );
  },

  /** Raising a ticket: a tenant user for its own tenant (TENANT), TELECOM or ADMIN for any tenant (TELECOM). */
  createTicket(viewer: Viewer, role: TicketRole): void {
    allow(
      holdsTicketRole(viewer, role),
      bi(`Only ${ROLE_HOLDERS[role]} may raise this ticket`, `只有${ROLE_HOLDERS_ZH[role]}可以创建此工单`),
    );
  },
};

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

const ROLE_HOLDERS: Record<TicketRole, string> = {
  TENANT: 'tenant users',
  TELECOM: 'TELECOM or ADMIN staff',
  OPERATOR: 'OPERATOR or ADMIN staff',
};
const ROLE_HOLDERS_ZH: Record<TicketRole, string> = {
  TENANT: '租户用户',
  TELECOM: '电信人员或平台管理员',
  OPERATOR: '运维人员或平台管理员',
};

function holdsTicketRole(viewer: Viewer, role: TicketRole): boolean {
  if (role === 'TENANT') return viewer.staffRole === null && viewer.tenantId !== null;
  return isStaff(viewer, 'ADMIN', role);
}

function operatorTicketScope(): TicketScope {
  return { kind: 'operator', visible: operatorVisibleStatusIds() };
}

function tenantSideTicketScope(viewer: Viewer): TicketScope {
  const tenantId = viewer.tenantId as number;
  return isTenantAdmin(viewer, tenantId)
    ? { kind: 'tenant', tenantId }
    : { kind: 'creator', tenantId, creatorId: viewer.userId };
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
