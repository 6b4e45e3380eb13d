/**
 * The fixed vocabulary of work orders: ticket types, statuses, the roles that act on tickets and
 * the actions they take. Pure data; the workflows (workflows.ts) are written in these terms.
 */

/** Who acts: TENANT is the tenant side (a tenant user creating; later the creator or a tenant admin). */
export type TicketRole = 'TENANT' | 'TELECOM' | 'OPERATOR';

export type TicketActionName =
  // v1
  | 'CREATE'
  | 'CANCEL'
  | 'DELETE'
  | 'CONFIRM'
  | 'REVIEW'
  | 'RECEIVE'
  | 'HANDLE'
  // v2 (CREATE and CONFIRM are shared with v1)
  | 'ACCEPT'
  | 'SEND'
  | 'ACCEPT_PLATFORM_DEAL'
  | 'ACCEPT_SITE_CONSTRUCTION'
  | 'ERROR_REPORT'
  | 'ERROR_REPORT_ACCEPT'
  | 'ERROR_REPORT_SITE_CONSTRUCTION'
  | 'ERROR_REPORT_DONE'
  | 'SUGGESTION';

export interface TicketTypeInfo {
  id: number;
  name: string;
  nameEn: string;
}

/** Type 0 is the legacy v1 work order; 1–4 are the seed's v2 types. */
export const TICKET_TYPES: readonly TicketTypeInfo[] = [
  { id: 0, name: '工单', nameEn: 'Work order (v1)' },
  { id: 1, name: '资源修改', nameEn: 'Resource change' },
  { id: 2, name: '资源开通', nameEn: 'Resource provisioning' },
  { id: 3, name: '故障报修', nameEn: 'Fault report' },
  { id: 4, name: '投诉建议', nameEn: 'Complaint or suggestion' },
];

export const V1_TYPE_ID = 0;
export const V2_TYPE_IDS: readonly number[] = [1, 2, 3, 4];

export type StatusCode =
  | 'PENDING_REVIEW'
  | 'REVIEW_REJECTED'
  | 'PENDING_RECEIVE'
  | 'PENDING_HANDLE'
  | 'PENDING_CONFIRM'
  | 'CLOSED'
  | 'CANCELLED'
  | 'DELETED'
  | 'SUBMITTED'
  | 'ACCEPTED'
  | 'DISPATCHED'
  | 'PLATFORM_PROCESSING'
  | 'SITE_CONSTRUCTION'
  | 'ACCEPTANCE_PENDING'
  | 'COMPLETED'
  | 'REJECTED';

export interface TicketStatusInfo {
  id: number;
  code: StatusCode;
  name: string;
  nameEn: string;
}

/** v2 ids are the seed's (1–8); v1 statuses, which the seed numbers nowhere, take 101–108 so every id is unique. */
export const TICKET_STATUSES: readonly TicketStatusInfo[] = [
  { id: 1, code: 'SUBMITTED', name: '待受理', nameEn: 'Submitted' },
  { id: 2, code: 'ACCEPTED', name: '已受理', nameEn: 'Accepted' },
  { id: 3, code: 'DISPATCHED', name: '已派单', nameEn: 'Dispatched' },
  { id: 4, code: 'PLATFORM_PROCESSING', name: '平台处理中', nameEn: 'Platform processing' },
  { id: 5, code: 'SITE_CONSTRUCTION', name: '现场施工', nameEn: 'Site construction' },
  { id: 6, code: 'ACCEPTANCE_PENDING', name: '待验收', nameEn: 'Acceptance pending' },
  { id: 7, code: 'COMPLETED', name: '已完成', nameEn: 'Completed' },
  { id: 8, code: 'REJECTED', name: '已驳回', nameEn: 'Rejected' },
  { id: 101, code: 'PENDING_REVIEW', name: '待审核', nameEn: 'Pending review' },
  { id: 102, code: 'REVIEW_REJECTED', name: '审核未通过', nameEn: 'Review rejected' },
  { id: 103, code: 'PENDING_RECEIVE', name: '待接收', nameEn: 'Pending receipt' },
  { id: 104, code: 'PENDING_HANDLE', name: '待处理', nameEn: 'Pending handling' },
  { id: 105, code: 'PENDING_CONFIRM', name: '待确认', nameEn: 'Pending confirmation' },
  { id: 106, code: 'CLOSED', name: '已关闭', nameEn: 'Closed' },
  { id: 107, code: 'CANCELLED', name: '已取消', nameEn: 'Cancelled' },
  { id: 108, code: 'DELETED', name: '已删除', nameEn: 'Deleted' },
];

const STATUS_BY_CODE = new Map(TICKET_STATUSES.map((s) => [s.code, s]));
const STATUS_BY_ID = new Map(TICKET_STATUSES.map((s) => [s.id, s]));
const TYPE_BY_ID = new Map(TICKET_TYPES.map((t) => [t.id, t]));

export function statusByCode(code: StatusCode): TicketStatusInfo {
  return STATUS_BY_CODE.get(code) as TicketStatusInfo;
}

/** Ids come from our own rows, so a miss is a corrupted database, not a client error. */
export function statusById(id: number): TicketStatusInfo {
  const status = STATUS_BY_ID.get(id);
  if (!status) throw new Error(`Unknown ticket status id ${id}`);
  return status;
}

export function typeById(id: number): TicketTypeInfo {
  const type = TYPE_BY_ID.get(id);
  if (!type) throw new Error(`Unknown ticket type id ${id}`);
  return type;
}

/** A v1 ticket deleted by its owner: kept with its history, hidden from everyone. */
export const DELETED_STATUS_ID = statusByCode('DELETED').id;
