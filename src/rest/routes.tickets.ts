import { TICKET, TICKETS } from './fragments';
import { Param } from './params';
import { gql, Operation, Route } from './route';

const ticketId = (required: boolean, description = '工单唯一id'): Param => ({
  name: 'ticket_id',
  type: 'id',
  required,
  field: 'ticketId',
  description,
});
/** Beyond the seed, which has no paging: a list answers one page (Canopy's connection), 100 tickets at most. */
const paging: Param[] = [
  { name: 'first', type: 'integer', field: 'first', description: 'Beyond the seed: page size, 1 to 100 (default 20)' },
  {
    name: 'after',
    type: 'string',
    field: 'after',
    description: 'Beyond the seed: the page_info.end_cursor of the page before',
  },
];
const v1Filters: Param[] = [
  ticketId(false),
  { name: 'status', type: 'string', field: 'status', description: '工单状态' },
  ...paging,
];
const v2Filters: Param[] = [
  { name: 'status_id', type: 'integers', field: 'statusIds', description: '多项状态' },
  { name: 'ticket_type_id', type: 'integers', field: 'typeIds', description: '多项 总类' },
  ...paging,
];

/** A ticket list query of GraphQL, with its filters as variables. */
function list(field: string, name: string, params: Param[], variables: string, args: string): Operation {
  return {
    document: gql(`query ${name}${variables} { ${field}${args} { ...RestTickets } }`, TICKETS, TICKET),
    params,
    into: 'variables',
    answer: field,
  };
}
const v1List = (field: string, name: string) =>
  list(
    field,
    name,
    v1Filters,
    '($ticketId: ID, $status: String, $first: Int, $after: String)',
    '(ticketId: $ticketId, status: $status, first: $first, after: $after)',
  );
const v2List = (field: string, name: string) =>
  list(
    field,
    name,
    v2Filters,
    '($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String)',
    '(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after)',
  );

/** A ticket mutation answering `{ ticket }`. */
function act(field: string, name: string, input: string, params: Param[]): Operation {
  return {
    document: gql(
      `mutation ${name}($input: ${input}!) { ${field}(input: $input) { ticket { ...RestTicket } } }`,
      TICKET,
    ),
    params,
    into: 'input',
    answer: field,
  };
}

const lower = (names: string[]) => Object.fromEntries(names.map((name) => [name.toLowerCase(), name]));
const result: Param = { name: 'result', type: 'boolean', field: 'result', description: '操作的结果， 是否接受' };
const extra: Param = { name: 'extra', type: 'string', field: 'extra', description: '描述操作的额外信息' };

export const ticketRoutes: Route[] = [
  {
    method: 'POST',
    path: '/ticket/user',
    seed: '创建工单',
    operations: [
      act('createTicket', 'RestCreateTicket', 'CreateTicketInput', [
        { name: 'title', type: 'string', required: true, field: 'title', description: '标题' },
        { name: 'content', type: 'string', field: 'content', description: '内容' },
      ]),
    ],
  },
  { method: 'GET', path: '/ticket/user', seed: '用户获取工单', operations: [v1List('myTickets', 'RestMyTickets')] },
  {
    method: 'DELETE',
    path: '/ticket/user',
    seed: '用户删除取消工单',
    operations: [
      act('cancelTicket', 'RestCancelTicket', 'CancelTicketInput', [
        ticketId(true),
        { name: 'cancel', type: 'boolean', field: 'cancel', description: '取消， 删除，默认为取消' },
      ]),
    ],
  },
  {
    method: 'GET',
    path: '/ticket/confirm',
    seed: '用户获取待确认工单',
    operations: [
      list(
        'ticketsToConfirm',
        'RestTicketsToConfirm',
        paging,
        '($first: Int, $after: String)',
        '(first: $first, after: $after)',
      ),
    ],
  },
  {
    method: 'POST',
    path: '/ticket/confirm',
    seed: '用户确认工单',
    note: 'The seed lists no parameter; the ticket confirmed is `ticket_id`.',
    operations: [act('confirmTicket', 'RestConfirmTicket', 'ConfirmTicketInput', [ticketId(true)])],
  },
  {
    method: 'GET',
    path: '/ticket/review',
    seed: '电信管理员获取待审查工单',
    operations: [v1List('ticketsToReview', 'RestTicketsToReview')],
  },
  {
    method: 'POST',
    path: '/ticket/review',
    seed: '电信管理员审查工单',
    note: 'The seed names the verdict `passwd`; it is `pass` (both are read).',
    operations: [
      act('reviewTicket', 'RestReviewTicket', 'ReviewTicketInput', [
        { name: 'pass', type: 'boolean', field: 'pass', aliases: ['passwd'], description: '是否通过 默认为通过' },
        ticketId(true),
      ]),
    ],
  },
  {
    method: 'GET',
    path: '/ticket/receive',
    seed: '运维管理查询带接收工单',
    operations: [v1List('ticketsToReceive', 'RestTicketsToReceive')],
  },
  {
    method: 'POST',
    path: '/ticket/receive',
    seed: '运维管理接收工单',
    operations: [act('receiveTicket', 'RestReceiveTicket', 'ReceiveTicketInput', [ticketId(true)])],
  },
  {
    method: 'GET',
    path: '/ticket/handle',
    seed: '运维管理查询带处理工单',
    operations: [v1List('ticketsToHandle', 'RestTicketsToHandle')],
  },
  {
    method: 'POST',
    path: '/ticket/handle',
    seed: '运维管理处理工单',
    operations: [act('handleTicket', 'RestHandleTicket', 'HandleTicketInput', [ticketId(true)])],
  },
  {
    method: 'GET',
    path: '/ticket/type',
    seed: '获取工单种类',
    operations: [
      {
        document: 'query RestTicketTypes { ticketTypes { id name nameEn } }',
        params: [],
        into: 'variables',
        answer: 'ticketTypes',
      },
    ],
  },
  {
    method: 'GET',
    path: '/ticket/tenant',
    seed: '获取工单（租户用户）',
    operations: [v2List('tenantTickets', 'RestTenantTickets')],
  },
  {
    method: 'POST',
    path: '/ticket/tenant',
    seed: '工单操作（租户用户）',
    note: '`ticket_name` is required: a ticket has a name (the seed marks it optional).',
    operations: [
      act('tenantTicketAction', 'RestTenantTicketAction', 'TenantTicketActionInput', [
        {
          name: 'action',
          type: 'string',
          field: 'action',
          values: lower(['CREATE', 'ERROR_REPORT', 'SUGGESTION']),
          description: '见下面表格 默认为 create',
        },
        { name: 'ticket_name', type: 'string', required: true, field: 'name', description: '工单名' },
        { name: 'ticket_content', type: 'string', field: 'content', description: '工单内容' },
      ]),
    ],
  },
  {
    method: 'GET',
    path: '/ticket/telecom',
    seed: '获取工单（电信用户）',
    operations: [v2List('telecomTickets', 'RestTelecomTickets')],
  },
  {
    method: 'POST',
    path: '/ticket/telecom',
    seed: '工单操作（电信用户）',
    note: 'The seed spells the name `ticke_name`; it is `ticket_name` (both are read). `tenant_id` (beyond the seed) names the tenant a `create` is for.',
    operations: [
      act('telecomTicketAction', 'RestTelecomTicketAction', 'TelecomTicketActionInput', [
        {
          name: 'action',
          type: 'string',
          field: 'action',
          values: lower(['ACCEPT', 'SEND', 'CONFIRM', 'CREATE']),
          description: '见下面表格 默认为 accept',
        },
        result,
        ticketId(false, '需要操作的ticket的id'),
        extra,
        {
          name: 'ticket_name',
          type: 'string',
          field: 'name',
          aliases: ['ticke_name'],
          description: '创建 资源开通工单名',
        },
        { name: 'ticket_content', type: 'string', field: 'content', description: '创建 资源开通工单内容' },
        {
          name: 'tenant_id',
          type: 'id',
          field: 'tenantId',
          description: 'Beyond the seed: the tenant a create is for',
        },
      ]),
    ],
  },
  {
    method: 'GET',
    path: '/ticket/maintain',
    seed: '获取工单（平台管理员）',
    operations: [v2List('maintainTickets', 'RestMaintainTickets')],
  },
  {
    method: 'POST',
    path: '/ticket/maintain',
    seed: '工单操作（平台管理员）',
    note: 'The seed defaults `action` to accept, which is no action of this table; `action` is required.',
    operations: [
      act('maintainTicketAction', 'RestMaintainTicketAction', 'MaintainTicketActionInput', [
        {
          name: 'action',
          type: 'string',
          required: true,
          field: 'action',
          values: lower([
            'ACCEPT_PLATFORM_DEAL',
            'ACCEPT_SITE_CONSTRUCTION',
            'SEND',
            'ERROR_REPORT_ACCEPT',
            'ERROR_REPORT_DONE',
            'ERROR_REPORT_SITE_CONSTRUCTION',
          ]),
          description: '见下面表格',
        },
        result,
        ticketId(true, '工单ID'),
        extra,
      ]),
    ],
  },
];
