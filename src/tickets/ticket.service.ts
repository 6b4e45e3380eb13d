import { requireViewer } from '../auth/policy';
import { ticketPolicy } from './ticket.policy';
import { BadInputError, bi, ConflictError, NotFoundError } from '../errors';
import { TenantRow, UserRow } from '../identity/identity.repo';
import { allowedTransitions, findCreation, findTransition } from './engine';
import {
  statusByCode,
  statusById,
  TICKET_STATUSES,
  TicketActionName,
  TicketRole,
  TicketStatusInfo,
  TicketTypeInfo,
  typeById,
  V2_TYPE_IDS,
} from './ticket.catalog';
import { TicketEventRow, TicketRow } from './tickets.repo';
import { TicketsDeps } from './deps';
import { Workflow } from './workflows';
import { LiveEvent } from '../live/bus';
import { unlessHidden } from '../live/stream';
import { TicketChange } from './ticket-change.types';
import { TicketExecution } from './execution.service';
import { ResourceRequestInput } from './request.inputs';
import { TicketRequestService } from './request.service';

/** Resource change (1) and provisioning (2) tickets may carry a typed request. */
const REQUEST_TYPES = [1, 2];

export interface CreateTicketArgs {
  title: string;
  content?: string;
  extra?: string;
  /** For staff raising a ticket for a tenant; a tenant user raises for its own. */
  tenantId?: number;
  /** A typed request (type 1 and 2 only), checked before the ticket is made. */
  request?: ResourceRequestInput;
}

export interface AllowedAction {
  role: TicketRole;
  action: TicketActionName;
  result: boolean | null;
  toStatus: TicketStatusInfo;
}

/** One ticket: read it, raise it, move it; all moves go through the engine's table. */
export class TicketService {
  constructor(
    private readonly deps: TicketsDeps,
    private readonly requests: TicketRequestService,
    private readonly execution: TicketExecution,
  ) {}

  async get(id: number): Promise<TicketRow> {
    const ticket = await this.load(id);
    ticketPolicy.readTicket(requireViewer(this.deps.viewer), ticket);
    return ticket;
  }

  /** Every status of both workflows; like everything else, for signed-in users only. */
  statuses(): readonly TicketStatusInfo[] {
    requireViewer(this.deps.viewer);
    return TICKET_STATUSES;
  }

  /** The seed's v2 types (the legacy type 0 is not offered for new tickets there). */
  types(): TicketTypeInfo[] {
    requireViewer(this.deps.viewer);
    return V2_TYPE_IDS.map(typeById);
  }

  /** Raises a ticket by the workflow's creation row for this role and action, with its creation event. */
  async create(
    workflow: Workflow,
    role: TicketRole,
    action: TicketActionName,
    args: CreateTicketArgs,
  ): Promise<TicketRow> {
    const viewer = requireViewer(this.deps.viewer);
    ticketPolicy.createTicket(viewer, role);
    const creation = findCreation(workflow, role, action);
    if (!creation) throw new Error(`The ${workflow.name} workflow has no ${action} creation for ${role}`);
    const tenantId = role === 'TENANT' ? (viewer.tenantId as number) : await this.existingTenantId(args.tenantId);
    const statusId = statusByCode(creation.to).id;
    if (args.request && !REQUEST_TYPES.includes(creation.type))
      throw new BadInputError(
        'request',
        bi(
          'Only resource change and provisioning tickets (types 1 and 2) carry a request',
          '只有资源修改和资源开通工单（类型 1 和 2）可以附带资源申请',
        ),
      );
    const request = args.request && (await this.requests.check(args.request, tenantId, viewer.userId));
    return this.deps.repo.insert(
      {
        typeId: creation.type,
        statusId,
        title: args.title,
        content: args.content ?? '',
        request: request ? JSON.stringify(request) : null,
        tenantId,
        creatorId: viewer.userId,
      },
      { actorId: viewer.userId, role, action, result: null, extra: args.extra ?? null, toStatusId: statusId },
    );
  }

  /**
   * Moves a ticket as `role`: it must be visible (else NOT_FOUND), the role held (else FORBIDDEN),
   * the table must have the move from the current status (else CONFLICT), and nobody may have
   * moved the ticket since it was read (else CONFLICT). A missing result means true.
   */
  async act(
    ticketId: number,
    role: TicketRole,
    action: TicketActionName,
    opts: { result?: boolean; extra?: string } = {},
  ): Promise<TicketRow> {
    const viewer = requireViewer(this.deps.viewer);
    const ticket = await this.load(ticketId);
    ticketPolicy.actOnTicket(viewer, ticket, role);
    const from = statusById(ticket.statusId);
    const transition = findTransition(ticket.typeId, from.code, role, action, opts.result ?? true);
    if (!transition) {
      throw new ConflictError(
        bi(
          `${action}${opts.result === false ? ' (false)' : ''} by ${role} is not possible on a ${typeById(ticket.typeId).nameEn} ticket in status ${from.code}`,
          `${typeById(ticket.typeId).name}工单处于“${from.name}”状态，${role} 不能执行 ${action}${opts.result === false ? '（否）' : ''}`,
        ),
      );
    }
    const event = {
      actorId: viewer.userId,
      role,
      action,
      result: transition.result ?? null,
      extra: opts.extra ?? null,
      toStatusId: statusByCode(transition.to).id,
    };
    // The platform takes the work: a ticket with a request is carried out before it moves on.
    if (ticket.request !== null && action === 'ACCEPT_PLATFORM_DEAL' && transition.result === true)
      return this.execution.carryOut(ticket, event);
    return this.deps.repo.transition(ticket, event);
  }

  /** A ticket's event as this viewer may see it now, with its latest event; undefined when hidden (no event). */
  async change(event: LiveEvent): Promise<TicketChange | undefined> {
    if (event.kind !== 'ticket') return undefined;
    const ticket = await unlessHidden(() => this.get(event.id));
    if (!ticket) return undefined;
    const events = await this.events(ticket);
    return { ticket, event: events.at(-1) ?? null };
  }

  // ---- fields
  events(ticket: TicketRow): Promise<TicketEventRow[]> {
    return this.deps.loaders.eventsByTicketId.load(ticket.id);
  }

  /** What the viewer may do to the ticket now, straight from the workflow table. */
  allowedActions(ticket: TicketRow): AllowedAction[] {
    const roles = ticketPolicy.ticketRoles(requireViewer(this.deps.viewer), ticket);
    return allowedTransitions(ticket.typeId, statusById(ticket.statusId).code, roles).map((row) => ({
      role: row.role,
      action: row.action,
      result: row.result ?? null,
      toStatus: statusByCode(row.to),
    }));
  }

  async tenant(ticket: TicketRow): Promise<TenantRow> {
    return (await this.deps.identity.loaders.tenantById.load(ticket.tenantId)) as TenantRow;
  }

  /** A user the viewer may see, else null: a deleted user, or staff seen by a tenant user. */
  async visibleUser(userId: number): Promise<UserRow | null> {
    const user = await this.deps.identity.loaders.userById.load(userId);
    if (!user) return null;
    const [visible] = await this.deps.identity.users.visible([user]);
    return visible ?? null;
  }

  private async load(id: number): Promise<TicketRow> {
    const ticket = await this.deps.loaders.ticketById.load(id);
    if (!ticket) throw new NotFoundError('Ticket', id);
    return ticket;
  }

  private async existingTenantId(tenantId: number | undefined): Promise<number> {
    if (tenantId === undefined)
      throw new BadInputError(
        'tenantId',
        bi('tenantId is required to raise a ticket for a tenant', '为租户创建工单需要提供 tenantId'),
      );
    if (!(await this.deps.identity.loaders.tenantById.load(tenantId))) throw new NotFoundError('Tenant', tenantId);
    return tenantId;
  }
}
