import { requireViewer } from '../auth/policy';
import { ticketPolicy } from './ticket.policy';
import { BadInputError, bi } from '../errors';
import { decodeCursor, PageArgs, PageInfo, pageSize, toPage } from '../graphql/paging';
import { StatusCode, statusByCode, TicketRole, V1_TYPE_ID, V2_TYPE_IDS } from './ticket.catalog';
import { TicketFilter, TicketRow } from './tickets.repo';
import { TicketsDeps } from './deps';
import { V1_WORKFLOW, V2_WORKFLOW } from './workflows';

export interface V1ListArgs extends PageArgs {
  ticketId?: number;
  status?: string | null;
}

export interface V2ListArgs extends PageArgs {
  statusIds?: number[] | null;
  typeIds?: number[] | null;
}

export interface TicketPage {
  nodes: TicketRow[];
  pageInfo: PageInfo;
}

/** v1 status codes a list may filter on (deleted tickets are in no list). */
const V1_LISTED = new Set<string>(V1_WORKFLOW.statuses.filter((code) => code !== 'DELETED'));
const V2_STATUS_IDS = new Set(V2_WORKFLOW.statuses.map((code) => statusByCode(code).id));

/**
 * The ticket lists. Each is one role's queue: only a holder of the role may open it, and it shows
 * what that role sees (ticketPolicy.ticketQueueScope), newest first, a page at a time.
 */
export class TicketListService {
  constructor(private readonly deps: TicketsDeps) {}

  /** v1 tickets; `status` narrows to one v1 status, else the queue's own status when it has one. */
  v1(role: TicketRole, args: V1ListArgs, queueStatus?: StatusCode): Promise<TicketPage> {
    const scope = ticketPolicy.ticketQueueScope(requireViewer(this.deps.viewer), role);
    const status = args.status ?? queueStatus;
    if (status !== undefined && !V1_LISTED.has(status))
      throw new BadInputError(
        'status',
        bi(`status must be one of ${[...V1_LISTED].join(', ')}`, `status 必须是以下之一：${[...V1_LISTED].join('、')}`),
      );
    const statusIds = status === undefined ? undefined : [statusByCode(status as StatusCode).id];
    return this.page({ scope, typeIds: [V1_TYPE_ID], statusIds, ticketId: args.ticketId }, args);
  }

  /** v2 tickets of the given statuses and types; none or an empty list means all. */
  v2(role: TicketRole, args: V2ListArgs): Promise<TicketPage> {
    const scope = ticketPolicy.ticketQueueScope(requireViewer(this.deps.viewer), role);
    const typeIds = args.typeIds?.length ? args.typeIds : V2_TYPE_IDS;
    if (typeIds.some((id) => !V2_TYPE_IDS.includes(id)))
      throw new BadInputError(
        'typeIds',
        bi(`typeIds must be among ${V2_TYPE_IDS.join(', ')}`, `typeIds 只能取 ${V2_TYPE_IDS.join('、')}`),
      );
    const statusIds = args.statusIds?.length ? args.statusIds : undefined;
    if (statusIds?.some((id) => !V2_STATUS_IDS.has(id)))
      throw new BadInputError(
        'statusIds',
        bi(
          `statusIds must be among ${[...V2_STATUS_IDS].join(', ')}`,
          `statusIds 只能取 ${[...V2_STATUS_IDS].join('、')}`,
        ),
      );
    return this.page({ scope, typeIds, statusIds }, args);
  }

  private async page(filter: Omit<TicketFilter, 'beforeId' | 'limit'>, page: PageArgs): Promise<TicketPage> {
    const first = pageSize(page);
    const rows = await this.deps.repo.list({ ...filter, beforeId: decodeCursor(page.after), limit: first + 1 });
    return toPage(rows, first);
  }
}
