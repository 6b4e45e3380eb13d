/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer {\n        id\n        name\n        staffRole\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      staffRole\n      tenant {\n        id\n        name\n      }\n      memberships {\n        isAdmin\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        name\n        description\n        customerManager\n        enabled\n        rootGroup {\n          id\n          name\n        }\n      }\n      admin {\n        id\n        name\n        description\n      }\n      adminPassword\n    }\n  }\n": typeof types.CreateTenantDocument,
    "\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant {\n        id\n        name\n        description\n        customerManager\n        enabled\n      }\n    }\n  }\n": typeof types.UpdateTenantDocument,
    "\n  query GetTenant($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      enabled\n      rootGroup {\n        id\n        name\n      }\n    }\n  }\n": typeof types.GetTenantDocument,
    "\n  query ListTenants {\n    tenants {\n      id\n      name\n    }\n  }\n": typeof types.ListTenantsDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n        name\n        description\n        parent {\n          id\n        }\n        tenant {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  query GetGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      description\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      users {\n        id\n        name\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n": typeof types.GetGroupDocument,
    "\n  query PlatformRootGroup {\n    platformRootGroup {\n      id\n      name\n      users {\n        id\n        name\n        staffRole\n      }\n    }\n  }\n": typeof types.PlatformRootGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group {\n        id\n        name\n        description\n      }\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation DeleteGroup($input: DeleteGroupInput!) {\n    deleteGroup(input: $input) {\n      deletedGroupId\n    }\n  }\n": typeof types.DeleteGroupDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n        description\n        enabled\n        staffRole\n        tenant {\n          id\n        }\n        memberships {\n          isAdmin\n          group {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        name\n        description\n        enabled\n        memberships {\n          isAdmin\n          group {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  query GetUser($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      enabled\n      staffRole\n      tenant {\n        id\n      }\n      groups {\n        id\n        name\n      }\n    }\n  }\n": typeof types.GetUserDocument,
    "\n  mutation RemoveUser($input: RemoveUserInput!) {\n    removeUser(input: $input) {\n      removedUserId\n      deleted\n    }\n  }\n": typeof types.RemoveUserDocument,
    "\n  fragment TicketFields on Ticket {\n    id\n    title\n    content\n    createdAt\n    updatedAt\n    type {\n      id\n      name\n      nameEn\n    }\n    status {\n      id\n      code\n      name\n      nameEn\n    }\n    tenant {\n      id\n    }\n    creator {\n      id\n      name\n    }\n    events {\n      role\n      action\n      result\n      extra\n      at\n      actor {\n        id\n        name\n      }\n      fromStatus {\n        code\n      }\n      toStatus {\n        code\n      }\n    }\n    allowedActions {\n      role\n      action\n      result\n      toStatus {\n        code\n      }\n    }\n  }\n": typeof types.TicketFieldsFragmentDoc,
    "\n  fragment PageFields on TicketConnection {\n    nodes {\n      id\n      title\n      type {\n        id\n      }\n      status {\n        id\n        code\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": typeof types.PageFieldsFragmentDoc,
    "\n  query GetTicket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketFields\n    }\n  }\n": typeof types.GetTicketDocument,
    "\n  query TicketTypes {\n    ticketTypes {\n      id\n      name\n      nameEn\n    }\n    ticketStatuses {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n": typeof types.TicketTypesDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.CreateTicketDocument,
    "\n  mutation CancelTicket($input: CancelTicketInput!) {\n    cancelTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.CancelTicketDocument,
    "\n  mutation ConfirmTicket($input: ConfirmTicketInput!) {\n    confirmTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.ConfirmTicketDocument,
    "\n  mutation ReviewTicket($input: ReviewTicketInput!) {\n    reviewTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.ReviewTicketDocument,
    "\n  mutation ReceiveTicket($input: ReceiveTicketInput!) {\n    receiveTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.ReceiveTicketDocument,
    "\n  mutation HandleTicket($input: HandleTicketInput!) {\n    handleTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.HandleTicketDocument,
    "\n  query MyTickets($ticketId: ID, $status: String, $first: Int, $after: String) {\n    myTickets(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": typeof types.MyTicketsDocument,
    "\n  query TicketsToConfirm($first: Int, $after: String) {\n    ticketsToConfirm(first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": typeof types.TicketsToConfirmDocument,
    "\n  query TicketsToReview($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToReview(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": typeof types.TicketsToReviewDocument,
    "\n  query TicketsToReceive($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToReceive(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": typeof types.TicketsToReceiveDocument,
    "\n  query TicketsToHandle($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToHandle(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": typeof types.TicketsToHandleDocument,
    "\n  mutation TenantTicketAction($input: TenantTicketActionInput!) {\n    tenantTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.TenantTicketActionDocument,
    "\n  mutation TelecomTicketAction($input: TelecomTicketActionInput!) {\n    telecomTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.TelecomTicketActionDocument,
    "\n  mutation MaintainTicketAction($input: MaintainTicketActionInput!) {\n    maintainTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.MaintainTicketActionDocument,
    "\n  query TenantTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    tenantTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": typeof types.TenantTicketsDocument,
    "\n  query TelecomTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    telecomTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": typeof types.TelecomTicketsDocument,
    "\n  query MaintainTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    maintainTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": typeof types.MaintainTicketsDocument,
    "\n  query TelecomTicketsInFull($first: Int) {\n    telecomTickets(first: $first) {\n      nodes {\n        ...TicketFields\n      }\n    }\n  }\n": typeof types.TelecomTicketsInFullDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer {\n        id\n        name\n        staffRole\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      staffRole\n      tenant {\n        id\n        name\n      }\n      memberships {\n        isAdmin\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        name\n        description\n        customerManager\n        enabled\n        rootGroup {\n          id\n          name\n        }\n      }\n      admin {\n        id\n        name\n        description\n      }\n      adminPassword\n    }\n  }\n": types.CreateTenantDocument,
    "\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant {\n        id\n        name\n        description\n        customerManager\n        enabled\n      }\n    }\n  }\n": types.UpdateTenantDocument,
    "\n  query GetTenant($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      enabled\n      rootGroup {\n        id\n        name\n      }\n    }\n  }\n": types.GetTenantDocument,
    "\n  query ListTenants {\n    tenants {\n      id\n      name\n    }\n  }\n": types.ListTenantsDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n        name\n        description\n        parent {\n          id\n        }\n        tenant {\n          id\n        }\n      }\n    }\n  }\n": types.CreateGroupDocument,
    "\n  query GetGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      description\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      users {\n        id\n        name\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n": types.GetGroupDocument,
    "\n  query PlatformRootGroup {\n    platformRootGroup {\n      id\n      name\n      users {\n        id\n        name\n        staffRole\n      }\n    }\n  }\n": types.PlatformRootGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group {\n        id\n        name\n        description\n      }\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation DeleteGroup($input: DeleteGroupInput!) {\n    deleteGroup(input: $input) {\n      deletedGroupId\n    }\n  }\n": types.DeleteGroupDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n        description\n        enabled\n        staffRole\n        tenant {\n          id\n        }\n        memberships {\n          isAdmin\n          group {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        name\n        description\n        enabled\n        memberships {\n          isAdmin\n          group {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  query GetUser($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      enabled\n      staffRole\n      tenant {\n        id\n      }\n      groups {\n        id\n        name\n      }\n    }\n  }\n": types.GetUserDocument,
    "\n  mutation RemoveUser($input: RemoveUserInput!) {\n    removeUser(input: $input) {\n      removedUserId\n      deleted\n    }\n  }\n": types.RemoveUserDocument,
    "\n  fragment TicketFields on Ticket {\n    id\n    title\n    content\n    createdAt\n    updatedAt\n    type {\n      id\n      name\n      nameEn\n    }\n    status {\n      id\n      code\n      name\n      nameEn\n    }\n    tenant {\n      id\n    }\n    creator {\n      id\n      name\n    }\n    events {\n      role\n      action\n      result\n      extra\n      at\n      actor {\n        id\n        name\n      }\n      fromStatus {\n        code\n      }\n      toStatus {\n        code\n      }\n    }\n    allowedActions {\n      role\n      action\n      result\n      toStatus {\n        code\n      }\n    }\n  }\n": types.TicketFieldsFragmentDoc,
    "\n  fragment PageFields on TicketConnection {\n    nodes {\n      id\n      title\n      type {\n        id\n      }\n      status {\n        id\n        code\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n": types.PageFieldsFragmentDoc,
    "\n  query GetTicket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketFields\n    }\n  }\n": types.GetTicketDocument,
    "\n  query TicketTypes {\n    ticketTypes {\n      id\n      name\n      nameEn\n    }\n    ticketStatuses {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n": types.TicketTypesDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.CreateTicketDocument,
    "\n  mutation CancelTicket($input: CancelTicketInput!) {\n    cancelTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.CancelTicketDocument,
    "\n  mutation ConfirmTicket($input: ConfirmTicketInput!) {\n    confirmTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.ConfirmTicketDocument,
    "\n  mutation ReviewTicket($input: ReviewTicketInput!) {\n    reviewTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.ReviewTicketDocument,
    "\n  mutation ReceiveTicket($input: ReceiveTicketInput!) {\n    receiveTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.ReceiveTicketDocument,
    "\n  mutation HandleTicket($input: HandleTicketInput!) {\n    handleTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.HandleTicketDocument,
    "\n  query MyTickets($ticketId: ID, $status: String, $first: Int, $after: String) {\n    myTickets(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": types.MyTicketsDocument,
    "\n  query TicketsToConfirm($first: Int, $after: String) {\n    ticketsToConfirm(first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": types.TicketsToConfirmDocument,
    "\n  query TicketsToReview($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToReview(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": types.TicketsToReviewDocument,
    "\n  query TicketsToReceive($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToReceive(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": types.TicketsToReceiveDocument,
    "\n  query TicketsToHandle($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToHandle(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": types.TicketsToHandleDocument,
    "\n  mutation TenantTicketAction($input: TenantTicketActionInput!) {\n    tenantTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.TenantTicketActionDocument,
    "\n  mutation TelecomTicketAction($input: TelecomTicketActionInput!) {\n    telecomTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.TelecomTicketActionDocument,
    "\n  mutation MaintainTicketAction($input: MaintainTicketActionInput!) {\n    maintainTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n": types.MaintainTicketActionDocument,
    "\n  query TenantTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    tenantTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": types.TenantTicketsDocument,
    "\n  query TelecomTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    telecomTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": types.TelecomTicketsDocument,
    "\n  query MaintainTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    maintainTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n": types.MaintainTicketsDocument,
    "\n  query TelecomTicketsInFull($first: Int) {\n    telecomTickets(first: $first) {\n      nodes {\n        ...TicketFields\n      }\n    }\n  }\n": types.TelecomTicketsInFullDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer {\n        id\n        name\n        staffRole\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      viewer {\n        id\n        name\n        staffRole\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      name\n      staffRole\n      tenant {\n        id\n        name\n      }\n      memberships {\n        isAdmin\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      name\n      staffRole\n      tenant {\n        id\n        name\n      }\n      memberships {\n        isAdmin\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        name\n        description\n        customerManager\n        enabled\n        rootGroup {\n          id\n          name\n        }\n      }\n      admin {\n        id\n        name\n        description\n      }\n      adminPassword\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTenant($input: CreateTenantInput!) {\n    createTenant(input: $input) {\n      tenant {\n        id\n        name\n        description\n        customerManager\n        enabled\n        rootGroup {\n          id\n          name\n        }\n      }\n      admin {\n        id\n        name\n        description\n      }\n      adminPassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant {\n        id\n        name\n        description\n        customerManager\n        enabled\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTenant($input: UpdateTenantInput!) {\n    updateTenant(input: $input) {\n      tenant {\n        id\n        name\n        description\n        customerManager\n        enabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetTenant($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      enabled\n      rootGroup {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetTenant($id: ID!) {\n    tenant(id: $id) {\n      id\n      name\n      enabled\n      rootGroup {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ListTenants {\n    tenants {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ListTenants {\n    tenants {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n        name\n        description\n        parent {\n          id\n        }\n        tenant {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      group {\n        id\n        name\n        description\n        parent {\n          id\n        }\n        tenant {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      description\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      users {\n        id\n        name\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetGroup($id: ID!) {\n    group(id: $id) {\n      id\n      name\n      description\n      parent {\n        id\n        name\n      }\n      children {\n        id\n        name\n      }\n      users {\n        id\n        name\n      }\n      tenant {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlatformRootGroup {\n    platformRootGroup {\n      id\n      name\n      users {\n        id\n        name\n        staffRole\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlatformRootGroup {\n    platformRootGroup {\n      id\n      name\n      users {\n        id\n        name\n        staffRole\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group {\n        id\n        name\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      group {\n        id\n        name\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGroup($input: DeleteGroupInput!) {\n    deleteGroup(input: $input) {\n      deletedGroupId\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteGroup($input: DeleteGroupInput!) {\n    deleteGroup(input: $input) {\n      deletedGroupId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n        description\n        enabled\n        staffRole\n        tenant {\n          id\n        }\n        memberships {\n          isAdmin\n          group {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n        description\n        enabled\n        staffRole\n        tenant {\n          id\n        }\n        memberships {\n          isAdmin\n          group {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        name\n        description\n        enabled\n        memberships {\n          isAdmin\n          group {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        id\n        name\n        description\n        enabled\n        memberships {\n          isAdmin\n          group {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetUser($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      enabled\n      staffRole\n      tenant {\n        id\n      }\n      groups {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query GetUser($id: ID!) {\n    user(id: $id) {\n      id\n      name\n      enabled\n      staffRole\n      tenant {\n        id\n      }\n      groups {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveUser($input: RemoveUserInput!) {\n    removeUser(input: $input) {\n      removedUserId\n      deleted\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveUser($input: RemoveUserInput!) {\n    removeUser(input: $input) {\n      removedUserId\n      deleted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketFields on Ticket {\n    id\n    title\n    content\n    createdAt\n    updatedAt\n    type {\n      id\n      name\n      nameEn\n    }\n    status {\n      id\n      code\n      name\n      nameEn\n    }\n    tenant {\n      id\n    }\n    creator {\n      id\n      name\n    }\n    events {\n      role\n      action\n      result\n      extra\n      at\n      actor {\n        id\n        name\n      }\n      fromStatus {\n        code\n      }\n      toStatus {\n        code\n      }\n    }\n    allowedActions {\n      role\n      action\n      result\n      toStatus {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TicketFields on Ticket {\n    id\n    title\n    content\n    createdAt\n    updatedAt\n    type {\n      id\n      name\n      nameEn\n    }\n    status {\n      id\n      code\n      name\n      nameEn\n    }\n    tenant {\n      id\n    }\n    creator {\n      id\n      name\n    }\n    events {\n      role\n      action\n      result\n      extra\n      at\n      actor {\n        id\n        name\n      }\n      fromStatus {\n        code\n      }\n      toStatus {\n        code\n      }\n    }\n    allowedActions {\n      role\n      action\n      result\n      toStatus {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageFields on TicketConnection {\n    nodes {\n      id\n      title\n      type {\n        id\n      }\n      status {\n        id\n        code\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  fragment PageFields on TicketConnection {\n    nodes {\n      id\n      title\n      type {\n        id\n      }\n      status {\n        id\n        code\n      }\n    }\n    pageInfo {\n      endCursor\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GetTicket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketFields\n    }\n  }\n"): (typeof documents)["\n  query GetTicket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketTypes {\n    ticketTypes {\n      id\n      name\n      nameEn\n    }\n    ticketStatuses {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  query TicketTypes {\n    ticketTypes {\n      id\n      name\n      nameEn\n    }\n    ticketStatuses {\n      id\n      code\n      name\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTicket($input: CancelTicketInput!) {\n    cancelTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTicket($input: CancelTicketInput!) {\n    cancelTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTicket($input: ConfirmTicketInput!) {\n    confirmTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTicket($input: ConfirmTicketInput!) {\n    confirmTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewTicket($input: ReviewTicketInput!) {\n    reviewTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewTicket($input: ReviewTicketInput!) {\n    reviewTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReceiveTicket($input: ReceiveTicketInput!) {\n    receiveTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReceiveTicket($input: ReceiveTicketInput!) {\n    receiveTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HandleTicket($input: HandleTicketInput!) {\n    handleTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HandleTicket($input: HandleTicketInput!) {\n    handleTicket(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTickets($ticketId: ID, $status: String, $first: Int, $after: String) {\n    myTickets(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"): (typeof documents)["\n  query MyTickets($ticketId: ID, $status: String, $first: Int, $after: String) {\n    myTickets(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketsToConfirm($first: Int, $after: String) {\n    ticketsToConfirm(first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"): (typeof documents)["\n  query TicketsToConfirm($first: Int, $after: String) {\n    ticketsToConfirm(first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketsToReview($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToReview(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"): (typeof documents)["\n  query TicketsToReview($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToReview(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketsToReceive($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToReceive(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"): (typeof documents)["\n  query TicketsToReceive($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToReceive(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketsToHandle($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToHandle(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"): (typeof documents)["\n  query TicketsToHandle($ticketId: ID, $status: String, $first: Int, $after: String) {\n    ticketsToHandle(ticketId: $ticketId, status: $status, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantTicketAction($input: TenantTicketActionInput!) {\n    tenantTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TenantTicketAction($input: TenantTicketActionInput!) {\n    tenantTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TelecomTicketAction($input: TelecomTicketActionInput!) {\n    telecomTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TelecomTicketAction($input: TelecomTicketActionInput!) {\n    telecomTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MaintainTicketAction($input: MaintainTicketActionInput!) {\n    maintainTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MaintainTicketAction($input: MaintainTicketActionInput!) {\n    maintainTicketAction(input: $input) {\n      ticket {\n        ...TicketFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    tenantTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"): (typeof documents)["\n  query TenantTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    tenantTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TelecomTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    telecomTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"): (typeof documents)["\n  query TelecomTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    telecomTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MaintainTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    maintainTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"): (typeof documents)["\n  query MaintainTickets($statusIds: [Int!], $typeIds: [Int!], $first: Int, $after: String) {\n    maintainTickets(statusIds: $statusIds, typeIds: $typeIds, first: $first, after: $after) {\n      ...PageFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TelecomTicketsInFull($first: Int) {\n    telecomTickets(first: $first) {\n      nodes {\n        ...TicketFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TelecomTicketsInFull($first: Int) {\n    telecomTickets(first: $first) {\n      nodes {\n        ...TicketFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;