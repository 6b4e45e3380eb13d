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
registerEnumType(TicketActionNameEnum, { name: 'TicketActionName', description: 'Every action of both ticket workflows (docs/TICKETS.md). 工单操作' });

const TicketRoleEnum = { TENANT: 'TENANT', TELECOM: 'TELECOM', OPERATOR: 'OPERATOR' } as const satisfies Record<TicketRole, TicketRole>;
registerEnumType(TicketRoleEnum, {
  name: 'TicketRole',
  description: 'The side a ticket action is taken as. 工单角色',
  valuesConfig: {
    TENANT: { description: 'A tenant user raising a ticket; later its creator or a tenant admin. 租户' },
    TELECOM: { description: 'TELECOM staff, or ADMIN acting as them. 电信' },
    OPERATOR: { description: 'OPERATOR staff, or ADMIN acting as them. 运维' },
  },
});

export const TenantTicketActionType = { CREATE: 'CREATE', ERROR_REPORT: 'ERROR_REPORT', SUGGESTION: 'SUGGESTION' } as const satisfies Partial<Record<TicketActionName, TicketActionName>>;
export type TenantTicketActionType = (typeof TenantTicketActionType)[keyof typeof TenantTicketActionType];
registerEnumType(TenantTicketActionType, { name: 'TenantTicketActionType', description: 'CREATE raises a resource change (1), ERROR_REPORT a fault report (3), SUGGESTION a complaint or suggestion (4). 租户工单操作' });

export const TelecomTicketActionType = { ACCEPT: 'ACCEPT', SEND: 'SEND', CONFIRM: 'CONFIRM', CREATE: 'CREATE' } as const satisfies Partial<Record<TicketActionName, TicketActionName>>;
export type TelecomTicketActionType = (typeof TelecomTicketActionType)[keyof typeof TelecomTicketActionType];
registerEnumType(TelecomTicketActionType, { name: 'TelecomTicketActionType', description: 'Telecom actions; CREATE raises a resource provisioning ticket (2) for a tenant. 电信工单操作' });

export const MaintainTicketActionType = {
  ACCEPT_PLATFORM_DEAL: 'ACCEPT_PLATFORM_DEAL',
  ACCEPT_SITE_CONSTRUCTION: 'ACCEPT_SITE_CONSTRUCTION',
  SEND: 'SEND',
  ERROR_REPORT_ACCEPT: 'ERROR_REPORT_ACCEPT',
  ERROR_REPORT_DONE: 'ERROR_REPORT_DONE',
  ERROR_REPORT_SITE_CONSTRUCTION: 'ERROR_REPORT_SITE_CONSTRUCTION',
} as const satisfies Partial<Record<TicketActionName, TicketActionName>>;
export type MaintainTicketActionType = (typeof MaintainTicketActionType)[keyof typeof MaintainTicketActionType];
registerEnumType(MaintainTicketActionType, { name: 'MaintainTicketActionType', description: 'Platform operator actions. 运维工单操作' });

@ObjectType({ description: 'A kind of ticket: 0 is the legacy v1 work order, 1–4 the v2 types. 工单种类' })
export class TicketType {
  @Field(() => Int)
  id!: number;

  @Field(() => String, { description: 'Chinese name. 名称' })
  name!: string;

  @Field(() => String)
  nameEn!: string;
}

@ObjectType({ description: 'A ticket status: v2 ids 1–8 as in the seed, v1 ids 101–108. 工单状态' })
export class TicketStatus {
  @Field(() => Int)
  id!: number;

  @Field(() => String, { description: 'Stable code, e.g. SUBMITTED or PENDING_REVIEW. 状态码' })
  code!: string;

  @Field(() => String, { description: 'Chinese name. 名称' })
  name!: string;

  @Field(() => String)
  nameEn!: string;
}

@ObjectType({ description: 'A work order. Title and content are plain text, stored as given. 工单' })
export class Ticket {
  @Field(() => ID)
  id!: number;

  @Field(() => String, { description: 'The v1 title, or the v2 name. 标题' })
  title!: string;

  @Field(() => String)
  content!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { description: 'The time of the last transition. 更新时间' })
  updatedAt!: Date;
}

@ObjectType({ description: 'One transition of a ticket, creation included. 工单记录' })
export class TicketEvent {
  @Field(() => TicketRoleEnum, { description: 'The role the actor acted as. 角色' })
  role!: TicketRole;

  @Field(() => TicketActionNameEnum)
  action!: TicketActionName;

  @Field(() => Boolean, { nullable: true, description: 'The result given, for actions that take one. 结果' })
  result!: boolean | null;

  @Field(() => String, { nullable: true, description: 'Free text given with the action (a reply, a reason). 附加信息' })
  extra!: string | null;

  @Field(() => Date)
  at!: Date;
}

@ObjectType({ description: 'A transition the viewer may make now, from the workflow table. 可执行操作' })
export class AllowedTicketAction {
  @Field(() => TicketRoleEnum)
  role!: TicketRole;

  @Field(() => TicketActionNameEnum)
  action!: TicketActionName;

  @Field(() => Boolean, { nullable: true, description: 'The result this transition needs; null when it takes none. 结果' })
  result!: boolean | null;

  @Field(() => TicketStatus, { description: 'Where the ticket goes. 目标状态' })
  toStatus!: TicketStatus;
}

@ObjectType({ description: 'A page of tickets, newest first. 工单列表' })
export class TicketConnection {
  @Field(() => [Ticket])
  nodes!: Ticket[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
