import { StatusCode, TicketActionName, TicketRole } from './ticket.catalog';

/**
 * The two workflows as data, written as PRODUCT.md's tables are: a row may list several types
 * and several `from` statuses. `from: null` is the creation of a ticket. A row with `result`
 * applies only to that result of the action; a row without one ignores the result.
 * The engine (engine.ts) reads nothing else to decide a transition or `allowedActions`.
 */
export interface TransitionRule {
  types: readonly number[];
  from: readonly StatusCode[] | null;
  role: TicketRole;
  action: TicketActionName;
  result?: boolean;
  to: StatusCode;
}

export interface Workflow {
  name: 'v1' | 'v2';
  types: readonly number[];
  statuses: readonly StatusCode[];
  rules: readonly TransitionRule[];
  /** What an OPERATOR sees, per type: work that reached (or started at) the platform. TELECOM sees all. */
  operatorSees: Readonly<Record<number, readonly StatusCode[]>>;
}

export const V1_WORKFLOW: Workflow = {
  name: 'v1',
  types: [0],
  statuses: [
    'PENDING_REVIEW',
    'REVIEW_REJECTED',
    'PENDING_RECEIVE',
    'PENDING_HANDLE',
    'PENDING_CONFIRM',
    'CLOSED',
    'CANCELLED',
    'DELETED',
  ],
  rules: [
    { types: [0], from: null, role: 'TENANT', action: 'CREATE', to: 'PENDING_REVIEW' },
    {
      types: [0],
      from: ['PENDING_REVIEW', 'PENDING_RECEIVE', 'PENDING_HANDLE'],
      role: 'TENANT',
      action: 'CANCEL',
      to: 'CANCELLED',
    },
    // Deleting work in progress would hide it from the staff doing it: cancel first.
    {
      types: [0],
      from: ['PENDING_REVIEW', 'REVIEW_REJECTED', 'CANCELLED', 'CLOSED'],
      role: 'TENANT',
      action: 'DELETE',
      to: 'DELETED',
    },
    { types: [0], from: ['PENDING_CONFIRM'], role: 'TENANT', action: 'CONFIRM', to: 'CLOSED' },
    { types: [0], from: ['PENDING_REVIEW'], role: 'TELECOM', action: 'REVIEW', result: true, to: 'PENDING_RECEIVE' },
    { types: [0], from: ['PENDING_REVIEW'], role: 'TELECOM', action: 'REVIEW', result: false, to: 'REVIEW_REJECTED' },
    { types: [0], from: ['PENDING_RECEIVE'], role: 'OPERATOR', action: 'RECEIVE', to: 'PENDING_HANDLE' },
    { types: [0], from: ['PENDING_HANDLE'], role: 'OPERATOR', action: 'HANDLE', to: 'PENDING_CONFIRM' },
  ],
  operatorSees: { 0: ['PENDING_RECEIVE', 'PENDING_HANDLE', 'PENDING_CONFIRM', 'CLOSED'] },
};

const AFTER_DISPATCH: readonly StatusCode[] = [
  'DISPATCHED',
  'PLATFORM_PROCESSING',
  'SITE_CONSTRUCTION',
  'ACCEPTANCE_PENDING',
  'COMPLETED',
];

export const V2_WORKFLOW: Workflow = {
  name: 'v2',
  types: [1, 2, 3, 4],
  statuses: [
    'SUBMITTED',
    'ACCEPTED',
    'DISPATCHED',
    'PLATFORM_PROCESSING',
    'SITE_CONSTRUCTION',
    'ACCEPTANCE_PENDING',
    'COMPLETED',
    'REJECTED',
  ],
  rules: [
    // 1 resource change
    { types: [1], from: null, role: 'TENANT', action: 'CREATE', to: 'SUBMITTED' },
    { types: [1], from: ['SUBMITTED'], role: 'TELECOM', action: 'ACCEPT', result: true, to: 'ACCEPTED' },
    { types: [1], from: ['SUBMITTED'], role: 'TELECOM', action: 'ACCEPT', result: false, to: 'REJECTED' },
    { types: [1], from: ['ACCEPTED'], role: 'TELECOM', action: 'SEND', to: 'DISPATCHED' },
    // 2 resource provisioning: raised by telecom for a tenant, born dispatched
    { types: [2], from: null, role: 'TELECOM', action: 'CREATE', to: 'DISPATCHED' },
    // 1 and 2 at the platform
    {
      types: [1, 2],
      from: ['DISPATCHED'],
      role: 'OPERATOR',
      action: 'ACCEPT_PLATFORM_DEAL',
      result: true,
      to: 'PLATFORM_PROCESSING',
    },
    {
      types: [1],
      from: ['DISPATCHED'],
      role: 'OPERATOR',
      action: 'ACCEPT_PLATFORM_DEAL',
      result: false,
      to: 'ACCEPTED',
    },
    {
      types: [2],
      from: ['DISPATCHED'],
      role: 'OPERATOR',
      action: 'ACCEPT_PLATFORM_DEAL',
      result: false,
      to: 'REJECTED',
    },
    {
      types: [1, 2],
      from: ['PLATFORM_PROCESSING'],
      role: 'OPERATOR',
      action: 'ACCEPT_SITE_CONSTRUCTION',
      to: 'SITE_CONSTRUCTION',
    },
    {
      types: [1, 2],
      from: ['PLATFORM_PROCESSING', 'SITE_CONSTRUCTION'],
      role: 'OPERATOR',
      action: 'SEND',
      to: 'ACCEPTANCE_PENDING',
    },
    { types: [1, 2], from: ['ACCEPTANCE_PENDING'], role: 'TELECOM', action: 'CONFIRM', result: true, to: 'COMPLETED' },
    {
      types: [1, 2],
      from: ['ACCEPTANCE_PENDING'],
      role: 'TELECOM',
      action: 'CONFIRM',
      result: false,
      to: 'PLATFORM_PROCESSING',
    },
    // 3 fault report: straight to the platform
    { types: [3], from: null, role: 'TENANT', action: 'ERROR_REPORT', to: 'SUBMITTED' },
    {
      types: [3],
      from: ['SUBMITTED'],
      role: 'OPERATOR',
      action: 'ERROR_REPORT_ACCEPT',
      result: true,
      to: 'PLATFORM_PROCESSING',
    },
    { types: [3], from: ['SUBMITTED'], role: 'OPERATOR', action: 'ERROR_REPORT_ACCEPT', result: false, to: 'REJECTED' },
    {
      types: [3],
      from: ['PLATFORM_PROCESSING'],
      role: 'OPERATOR',
      action: 'ERROR_REPORT_SITE_CONSTRUCTION',
      to: 'SITE_CONSTRUCTION',
    },
    {
      types: [3],
      from: ['PLATFORM_PROCESSING', 'SITE_CONSTRUCTION'],
      role: 'OPERATOR',
      action: 'ERROR_REPORT_DONE',
      to: 'COMPLETED',
    },
    // 4 complaint or suggestion: telecom answers in `extra`
    { types: [4], from: null, role: 'TENANT', action: 'SUGGESTION', to: 'SUBMITTED' },
    { types: [4], from: ['SUBMITTED'], role: 'TELECOM', action: 'ACCEPT', to: 'COMPLETED' },
  ],
  operatorSees: {
    // A type-1 ticket the operator declines goes back to ACCEPTED, telecom's desk, and out of the operator's sight.
    1: AFTER_DISPATCH,
    2: [...AFTER_DISPATCH, 'REJECTED'],
    3: ['SUBMITTED', 'PLATFORM_PROCESSING', 'SITE_CONSTRUCTION', 'COMPLETED', 'REJECTED'],
    4: [],
  },
};

export const WORKFLOWS: readonly Workflow[] = [V1_WORKFLOW, V2_WORKFLOW];
