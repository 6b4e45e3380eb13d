/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Credentials for `login`. 登录参数 */
export type LoginInput = {
  /** `name` for platform staff, `name#tenant` for a tenant user. 用户名#租户名 */
  identification: string;
  /** The user's password. 用户密码 */
  password: string;
};

/** A platform operator's action on a v2 ticket. 运维工单操作参数 */
export type MaintainTicketActionInput = {
  /** The action to take. 工单操作 */
  action: MaintainTicketActionType;
  /** Kept on the event (e.g. what was done). 附加信息 */
  extra?: string | null | undefined;
  /** For the accepting actions: accept (default true) or not. 是否接受 */
  result?: boolean | null | undefined;
  /** The ticket. 工单ID */
  ticketId: string | number;
};

/** Platform operator actions. 运维工单操作 */
export type MaintainTicketActionType =
  /** OPERATOR takes on a dispatched ticket (result false hands it back). 平台受理 */
  | 'ACCEPT_PLATFORM_DEAL'
  /** OPERATOR sends the work on site. 现场施工派单 */
  | 'ACCEPT_SITE_CONSTRUCTION'
  /** OPERATOR accepts (result false: rejects) a fault report. 故障受理 */
  | 'ERROR_REPORT_ACCEPT'
  /** OPERATOR marks the fault fixed, completing the ticket. 故障已解决 */
  | 'ERROR_REPORT_DONE'
  /** OPERATOR sends the repair on site. 故障现场施工 */
  | 'ERROR_REPORT_SITE_CONSTRUCTION'
  /** TELECOM dispatches an accepted ticket to the platform; OPERATOR submits finished work for acceptance. 派单或验收提交 */
  | 'SEND';

/** OpenStack's server status, read live from the cloud. 主机状态 */
export type ServerStatus =
  /** Running. 运行中 */
  | 'ACTIVE'
  /** Being created. 创建中 */
  | 'BUILD'
  /** Failed; STOP or delete it. 错误 */
  | 'ERROR'
  /** Paused in memory. 已暂停 */
  | 'PAUSED'
  /** Rebooting. 重启中 */
  | 'REBOOT'
  /** Stopped. 已关机 */
  | 'SHUTOFF'
  /** Suspended to disk. 已挂起 */
  | 'SUSPENDED';

/** Who a server is for. 主机类型 */
export type ServerType =
  /** Seed value 1, the default: may be assigned to one user. 私有主机 */
  | 'PRIVATE'
  /** Seed value 2: seen by every member of the tenant, never assigned. 共享主机 */
  | 'SHARED';

/** A telecom action on a v2 ticket, or a new provisioning ticket. 电信工单操作参数 */
export type TelecomTicketActionInput = {
  /** Default ACCEPT. 工单操作 */
  action?: TelecomTicketActionType | null | undefined;
  /** CREATE only. 工单内容 */
  content?: string | null | undefined;
  /** Kept on the event (e.g. the reply to a suggestion). 附加信息 */
  extra?: string | null | undefined;
  /** CREATE only: the new ticket's name. 工单名 */
  name?: string | null | undefined;
  /** For ACCEPT and CONFIRM: accept (default true) or not. 是否接受 */
  result?: boolean | null | undefined;
  /** CREATE only: the tenant the ticket is raised for. 租户ID */
  tenantId?: string | number | null | undefined;
  /** Required, except for CREATE. 工单ID */
  ticketId?: string | number | null | undefined;
};

/** Telecom actions; CREATE raises a resource provisioning ticket (2) for a tenant. 电信工单操作 */
export type TelecomTicketActionType =
  /** TELECOM accepts (result false: rejects) a resource change, or answers a complaint or suggestion. 受理 */
  | 'ACCEPT'
  /** v1: the creator confirms a handled ticket. v2: TELECOM confirms the acceptance check (result false sends it back). 确认完工 */
  | 'CONFIRM'
  /** Raise a ticket: a v1 work order, a resource change (1), or by TELECOM a resource provisioning ticket (2) for a tenant. 创建工单 */
  | 'CREATE'
  /** TELECOM dispatches an accepted ticket to the platform; OPERATOR submits finished work for acceptance. 派单或验收提交 */
  | 'SEND';

/** A tenant user's v2 ticket. 租户工单操作参数 */
export type TenantTicketActionInput = {
  /** Which kind of ticket to raise; default CREATE. 工单操作 */
  action?: TenantTicketActionType | null | undefined;
  /** Up to 10,000 characters. 工单内容 */
  content?: string | null | undefined;
  /** The ticket's name (its title). 工单名 */
  name: string;
};

/** CREATE raises a resource change (1), ERROR_REPORT a fault report (3), SUGGESTION a complaint or suggestion (4). 租户工单操作 */
export type TenantTicketActionType =
  /** Raise a ticket: a v1 work order, a resource change (1), or by TELECOM a resource provisioning ticket (2) for a tenant. 创建工单 */
  | 'CREATE'
  /** A tenant user reports a fault (type 3). 故障报修 */
  | 'ERROR_REPORT'
  /** A tenant user submits a complaint or suggestion (type 4). 投诉建议 */
  | 'SUGGESTION';

/** Every action of both ticket workflows (docs/TICKETS.md). 工单操作 */
export type TicketActionName =
  /** TELECOM accepts (result false: rejects) a resource change, or answers a complaint or suggestion. 受理 */
  | 'ACCEPT'
  /** OPERATOR takes on a dispatched ticket (result false hands it back). 平台受理 */
  | 'ACCEPT_PLATFORM_DEAL'
  /** OPERATOR sends the work on site. 现场施工派单 */
  | 'ACCEPT_SITE_CONSTRUCTION'
  /** The creator cancels a v1 ticket before PENDING_CONFIRM. 取消工单 */
  | 'CANCEL'
  /** v1: the creator confirms a handled ticket. v2: TELECOM confirms the acceptance check (result false sends it back). 确认完工 */
  | 'CONFIRM'
  /** Raise a ticket: a v1 work order, a resource change (1), or by TELECOM a resource provisioning ticket (2) for a tenant. 创建工单 */
  | 'CREATE'
  /** The creator deletes a v1 ticket, hiding it from lists. 删除工单 */
  | 'DELETE'
  /** A tenant user reports a fault (type 3). 故障报修 */
  | 'ERROR_REPORT'
  /** OPERATOR accepts (result false: rejects) a fault report. 故障受理 */
  | 'ERROR_REPORT_ACCEPT'
  /** OPERATOR marks the fault fixed, completing the ticket. 故障已解决 */
  | 'ERROR_REPORT_DONE'
  /** OPERATOR sends the repair on site. 故障现场施工 */
  | 'ERROR_REPORT_SITE_CONSTRUCTION'
  /** OPERATOR marks a v1 ticket handled. 处理 */
  | 'HANDLE'
  /** OPERATOR takes a reviewed v1 ticket. 接收 */
  | 'RECEIVE'
  /** TELECOM passes or rejects a v1 ticket. 审查 */
  | 'REVIEW'
  /** TELECOM dispatches an accepted ticket to the platform; OPERATOR submits finished work for acceptance. 派单或验收提交 */
  | 'SEND'
  /** A tenant user submits a complaint or suggestion (type 4). 投诉建议 */
  | 'SUGGESTION';

/** The side a ticket action is taken as. 工单角色 */
export type TicketRole =
  /** OPERATOR staff, or ADMIN acting as them. 运维 */
  | 'OPERATOR'
  /** TELECOM staff, or ADMIN acting as them. 电信 */
  | 'TELECOM'
  /** A tenant user raising a ticket; later its creator or a tenant admin. 租户 */
  | 'TENANT';

export type ExampleLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type ExampleLoginMutation = { login: { token: string, viewer: { name: string, tenant: { id: string, name: string } | null } } };

export type ExampleServersPageQueryVariables = Exact<{
  tenantId: string | number;
}>;


export type ExampleServersPageQuery = { tenant: { name: string, servers: Array<{ id: string, name: string, status: ServerStatus, serverType: ServerType, flavor: { name: string, vcpus: number, ramMb: number } | null, image: { name: string } | null, addresses: Array<{ networkName: string, ip: string }>, volumes: Array<{ name: string, sizeGb: number }>, assignedUser: { name: string } | null }> } };

export type ExampleTicketFragment = { id: string, title: string, status: { code: string, name: string }, events: Array<{ role: TicketRole, action: TicketActionName, result: boolean | null, extra: string | null, actor: { name: string } | null, toStatus: { code: string } }> };

export type ExampleRaiseTicketMutationVariables = Exact<{
  input: TenantTicketActionInput;
}>;


export type ExampleRaiseTicketMutation = { tenantTicketAction: { ticket: { id: string, title: string, status: { code: string, name: string }, events: Array<{ role: TicketRole, action: TicketActionName, result: boolean | null, extra: string | null, actor: { name: string } | null, toStatus: { code: string } }> } } };

export type ExampleTelecomActionMutationVariables = Exact<{
  input: TelecomTicketActionInput;
}>;


export type ExampleTelecomActionMutation = { telecomTicketAction: { ticket: { id: string, title: string, status: { code: string, name: string }, events: Array<{ role: TicketRole, action: TicketActionName, result: boolean | null, extra: string | null, actor: { name: string } | null, toStatus: { code: string } }> } } };

export type ExampleOperatorActionMutationVariables = Exact<{
  input: MaintainTicketActionInput;
}>;


export type ExampleOperatorActionMutation = { maintainTicketAction: { ticket: { id: string, title: string, status: { code: string, name: string }, events: Array<{ role: TicketRole, action: TicketActionName, result: boolean | null, extra: string | null, actor: { name: string } | null, toStatus: { code: string } }> } } };

export const ExampleTicketFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExampleTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ExampleTicketFragment, unknown>;
export const ExampleLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExampleLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExampleLoginMutation, ExampleLoginMutationVariables>;
export const ExampleServersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExampleServersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tenantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"servers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"serverType"}},{"kind":"Field","name":{"kind":"Name","value":"flavor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vcpus"}},{"kind":"Field","name":{"kind":"Name","value":"ramMb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"image"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addresses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkName"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"volumes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sizeGb"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedUser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExampleServersPageQuery, ExampleServersPageQueryVariables>;
export const ExampleRaiseTicketDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExampleRaiseTicket"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TenantTicketActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tenantTicketAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExampleTicket"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExampleTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ExampleRaiseTicketMutation, ExampleRaiseTicketMutationVariables>;
export const ExampleTelecomActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExampleTelecomAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TelecomTicketActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"telecomTicketAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExampleTicket"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExampleTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ExampleTelecomActionMutation, ExampleTelecomActionMutationVariables>;
export const ExampleOperatorActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExampleOperatorAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MaintainTicketActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"maintainTicketAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticket"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExampleTicket"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExampleTicket"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Ticket"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"extra"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ExampleOperatorActionMutation, ExampleOperatorActionMutationVariables>;