import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../graphql/paging';
import { TicketActionName, TicketRole } from './ticket.catalog';

// Enums: runtime objects for GraphQL, checked against the catalogue's names by `satisfies`.
const TicketActionNameEnum = {
  CREATE: 'CREATE',
  CANCEL: 'CANCEL',
  DELETE: 'DELETE',
  CONFIRM: 'CONFIRM',
  REVIEW: 'REVIEW',
  RECEIVE: 'RECEIVE',
  HANDLE: 'HANDLE',
  ACCEPT: 'ACCEPT',
  SEND: 'SEND',
  ACCEPT_PLATFORM_DEAL: 'ACCEPT_PLATFORM_DEAL',
  ACCEPT_SITE_CONSTRUCTION: 'ACCEPT_SITE_CONSTRUCTION',
  ERROR_REPORT: 'ERROR_REPORT',
  ERROR_REPORT_ACCEPT: 'ERROR_REPORT_ACCEPT',
  ERROR_REPORT_SITE_CONSTRUCTION: 'ERROR_REPORT_SITE_CONSTRUCTION',
  ERROR_REPORT_DONE: 'ERROR_REPORT_DONE',
  SUGGESTION: 'SUGGESTION',
} as const satisfies Record<TicketActionName, TicketActionName>;
/** One description per action, shared by every enum that offers it. */
const ACTION_DESCRIPTIONS = {
  CREATE: {
    description:
      'Raise a ticket: a v1 work order, a resource change (1), or by TELECOM a resource provisioning ticket (2) for a tenant. 创建工单',
  },
  CANCEL: { description: 'The creator cancels a v1 ticket before PENDING_CONFIRM. 取消工单' },
  DELETE: { description: 'The creator deletes a v1 ticket, hiding it from lists. 删除工单' },
  CONFIRM: {
    description:
      'v1: the creator confirms a handled ticket. v2: TELECOM confirms the acceptance check (result false sends it back). 确认完工',
  },
  REVIEW: { description: 'TELECOM passes or rejects a v1 ticket. 审查' },
  RECEIVE: { description: 'OPERATOR takes a reviewed v1 ticket. 接收' },
  HANDLE: { description: 'OPERATOR marks a v1 ticket handled. 处理' },
  ACCEPT: {
    description:
      'TELECOM accepts (result false: rejects) a resource change, or answers a complaint or suggestion. 受理',
  },
  SEND: {
    description:
      'TELECOM dispatches an accepted ticket to the platform; OPERATOR submits finished work for acceptance. 派单或验收提交',
  },
  ACCEPT_PLATFORM_DEAL: { description: 'OPERATOR takes on a dispatched ticket (result false hands it back). 平台受理' },
  ACCEPT_SITE_CONSTRUCTION: { description: 'OPERATOR sends the work on site. 现场施工派单' },
  ERROR_REPORT: { description: 'A tenant user reports a fault (type 3). 故障报修' },
  ERROR_REPORT_ACCEPT: { description: 'OPERATOR accepts (result false: rejects) a fault report. 故障受理' },
  ERROR_REPORT_SITE_CONSTRUCTION: { description: 'OPERATOR sends the repair on site. 故障现场施工' },
  ERROR_REPORT_DONE: { description: 'OPERATOR marks the fault fixed, completing the ticket. 故障已解决' },
  SUGGESTION: { description: 'A tenant user submits a complaint or suggestion (type 4). 投诉建议' },
} satisfies Record<TicketActionName, { description: string }>;
registerEnumType(TicketActionNameEnum, {
  name: 'TicketActionName',
  description: 'Every action of both ticket workflows (docs/TICKETS.md). 工单操作',
  valuesConfig: ACTION_DESCRIPTIONS,
});

const TicketRoleEnum = { TENANT: 'TENANT', TELECOM: 'TELECOM', OPERATOR: 'OPERATOR' } as const satisfies Record<
  TicketRole,
  TicketRole
>;
registerEnumType(TicketRoleEnum, {
  name: 'TicketRole',
  description: 'The side a ticket action is taken as. 工单角色',
  valuesConfig: {
    TENANT: { description: 'A tenant user raising a ticket; later its creator or a tenant admin. 租户' },
    TELECOM: { description: 'TELECOM staff, or ADMIN acting as them. 电信' },
    OPERATOR: { description: 'OPERATOR staff, or ADMIN acting as them. 运维' },
  },
});

export const TenantTicketActionType = {
  CREATE: 'CREATE',
  ERROR_REPORT: 'ERROR_REPORT',
  SUGGESTION: 'SUGGESTION',
} as const satisfies Partial<Record<TicketActionName, TicketActionName>>;
export type TenantTicketActionType = (typeof TenantTicketActionType)[keyof typeof TenantTicketActionType];
registerEnumType(TenantTicketActionType, {
  name: 'TenantTicketActionType',
  description:
    'CREATE raises a resource change (1), ERROR_REPORT a fault report (3), SUGGESTION a complaint or suggestion (4). 租户工单操作',
  valuesConfig: ACTION_DESCRIPTIONS,
});

export const TelecomTicketActionType = {
  ACCEPT: 'ACCEPT',
  SEND: 'SEND',
  CONFIRM: 'CONFIRM',
  CREATE: 'CREATE',
} as const satisfies Partial<Record<TicketActionName, TicketActionName>>;
export type TelecomTicketActionType = (typeof TelecomTicketActionType)[keyof typeof TelecomTicketActionType];
registerEnumType(TelecomTicketActionType, {
  name: 'TelecomTicketActionType',
  description: 'Telecom actions; CREATE raises a resource provisioning ticket (2) for a tenant. 电信工单操作',
  valuesConfig: ACTION_DESCRIPTIONS,
});

export const MaintainTicketActionType = {
  ACCEPT_PLATFORM_DEAL: 'ACCEPT_PLATFORM_DEAL',
  ACCEPT_SITE_CONSTRUCTION: 'ACCEPT_SITE_CONSTRUCTION',
  SEND: 'SEND',
  ERROR_REPORT_ACCEPT: 'ERROR_REPORT_ACCEPT',
  ERROR_REPORT_DONE: 'ERROR_REPORT_DONE',
  ERROR_REPORT_SITE_CONSTRUCTION: 'ERROR_REPORT_SITE_CONSTRUCTION',
} as const satisfies Partial<Record<TicketActionName, TicketActionName>>;
export type MaintainTicketActionType = (typeof MaintainTicketActionType)[keyof typeof MaintainTicketActionType];
registerEnumType(MaintainTicketActionType, {
  name: 'MaintainTicketActionType',
  description: 'Platform operator actions. 运维工单操作',
  valuesConfig: ACTION_DESCRIPTIONS,
});

@ObjectType({ description: 'A kind of ticket: 0 is the legacy v1 work order, 1–4 the v2 types. 工单种类' })
export class TicketType {
  @Field(() => Int, {
    description:
      '0 for v1; 1 resource change, 2 resource provisioning, 3 fault report, 4 complaint or suggestion. 工单种类ID',
  })
  id!: number;

  @Field(() => String, { description: 'Chinese name. 名称' })
  name!: string;

  @Field(() => String, { description: 'English name. 英文名称' })
  nameEn!: string;
}

@ObjectType({ description: 'A ticket status: v2 ids 1–8 as in the seed, v1 ids 101–108. 工单状态' })
export class TicketStatus {
  @Field(() => Int, { description: 'v2 ids 1–8 as in the seed; v1 ids 101–108. 状态ID' })
  id!: number;

  @Field(() => String, { description: 'Stable code, e.g. SUBMITTED or PENDING_REVIEW. 状态码' })
  code!: string;

  @Field(() => String, { description: 'Chinese name. 名称' })
  name!: string;

  @Field(() => String, { description: 'English name. 英文名称' })
  nameEn!: string;
}

@ObjectType({ description: 'A work order. Title and content are plain text, stored as given. 工单' })
export class Ticket {
  @Field(() => ID, { description: "The ticket's id. 工单ID" })
  id!: number;

  @Field(() => String, { description: 'The v1 title, or the v2 name. 标题' })
  title!: string;

  @Field(() => String, { description: "The ticket's text. 工单内容" })
  content!: string;

  @Field(() => Date, { description: 'When it was raised. 创建时间' })
  createdAt!: Date;

  @Field(() => Date, { description: 'The time of the last transition. 更新时间' })
  updatedAt!: Date;
}

@ObjectType({ description: 'One transition of a ticket, creation included. 工单记录' })
export class TicketEvent {
  @Field(() => TicketRoleEnum, { description: 'The role the actor acted as. 角色' })
  role!: TicketRole;

  @Field(() => TicketActionNameEnum, { description: 'What was done. 操作' })
  action!: TicketActionName;

  @Field(() => Boolean, { nullable: true, description: 'The result given, for actions that take one. 结果' })
  result!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Free text given with the action (a reply, a reason). 附加信息' })
  extra!: string | null;

  @Field(() => Date, { description: 'When it happened. 操作时间' })
  at!: Date;
}

@ObjectType({ description: 'A transition the viewer may make now, from the workflow table. 可执行操作' })
export class AllowedTicketAction {
  @Field(() => TicketRoleEnum, { description: 'The role to act as. 角色' })
  role!: TicketRole;

  @Field(() => TicketActionNameEnum, { description: 'The action to take. 操作' })
  action!: TicketActionName;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The result this transition needs; null when it takes none. 结果',
  })
  result!: boolean | null;

  @Field(() => TicketStatus, { description: 'Where the ticket goes. 目标状态' })
  toStatus!: TicketStatus;
}

@ObjectType({ description: 'A page of tickets, newest first. 工单列表' })
export class TicketConnection {
  @Field(() => [Ticket], { description: 'The tickets of this page. 本页工单' })
  nodes!: Ticket[];

  @Field(() => PageInfo, { description: 'Where the page ends. 分页信息' })
  pageInfo!: PageInfo;
}
