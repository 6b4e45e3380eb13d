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
    "\n  mutation ExampleLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      viewer {\n        name\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ExampleLoginDocument,
    "\n  query ExampleServersPage($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      name\n      servers {\n        id\n        name\n        status\n        serverType\n        flavor {\n          name\n          vcpus\n          ramMb\n        }\n        image {\n          name\n        }\n        addresses {\n          networkName\n          ip\n        }\n        volumes {\n          name\n          sizeGb\n        }\n        assignedUser {\n          name\n        }\n      }\n    }\n  }\n": typeof types.ExampleServersPageDocument,
    "\n  fragment ExampleTicket on Ticket {\n    id\n    title\n    status {\n      code\n      name\n    }\n    events {\n      role\n      action\n      result\n      extra\n      actor {\n        name\n      }\n      toStatus {\n        code\n      }\n    }\n  }\n": typeof types.ExampleTicketFragmentDoc,
    "\n  mutation ExampleRaiseTicket($input: TenantTicketActionInput!) {\n    tenantTicketAction(input: $input) {\n      ticket {\n        ...ExampleTicket\n      }\n    }\n  }\n": typeof types.ExampleRaiseTicketDocument,
    "\n  mutation ExampleTelecomAction($input: TelecomTicketActionInput!) {\n    telecomTicketAction(input: $input) {\n      ticket {\n        ...ExampleTicket\n      }\n    }\n  }\n": typeof types.ExampleTelecomActionDocument,
    "\n  mutation ExampleOperatorAction($input: MaintainTicketActionInput!) {\n    maintainTicketAction(input: $input) {\n      ticket {\n        ...ExampleTicket\n      }\n    }\n  }\n": typeof types.ExampleOperatorActionDocument,
};
const documents: Documents = {
    "\n  mutation ExampleLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      viewer {\n        name\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ExampleLoginDocument,
    "\n  query ExampleServersPage($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      name\n      servers {\n        id\n        name\n        status\n        serverType\n        flavor {\n          name\n          vcpus\n          ramMb\n        }\n        image {\n          name\n        }\n        addresses {\n          networkName\n          ip\n        }\n        volumes {\n          name\n          sizeGb\n        }\n        assignedUser {\n          name\n        }\n      }\n    }\n  }\n": types.ExampleServersPageDocument,
    "\n  fragment ExampleTicket on Ticket {\n    id\n    title\n    status {\n      code\n      name\n    }\n    events {\n      role\n      action\n      result\n      extra\n      actor {\n        name\n      }\n      toStatus {\n        code\n      }\n    }\n  }\n": types.ExampleTicketFragmentDoc,
    "\n  mutation ExampleRaiseTicket($input: TenantTicketActionInput!) {\n    tenantTicketAction(input: $input) {\n      ticket {\n        ...ExampleTicket\n      }\n    }\n  }\n": types.ExampleRaiseTicketDocument,
    "\n  mutation ExampleTelecomAction($input: TelecomTicketActionInput!) {\n    telecomTicketAction(input: $input) {\n      ticket {\n        ...ExampleTicket\n      }\n    }\n  }\n": types.ExampleTelecomActionDocument,
    "\n  mutation ExampleOperatorAction($input: MaintainTicketActionInput!) {\n    maintainTicketAction(input: $input) {\n      ticket {\n        ...ExampleTicket\n      }\n    }\n  }\n": types.ExampleOperatorActionDocument,
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
export function graphql(source: "\n  mutation ExampleLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      viewer {\n        name\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleLogin($input: LoginInput!) {\n    login(input: $input) {\n      token\n      viewer {\n        name\n        tenant {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExampleServersPage($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      name\n      servers {\n        id\n        name\n        status\n        serverType\n        flavor {\n          name\n          vcpus\n          ramMb\n        }\n        image {\n          name\n        }\n        addresses {\n          networkName\n          ip\n        }\n        volumes {\n          name\n          sizeGb\n        }\n        assignedUser {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExampleServersPage($tenantId: ID!) {\n    tenant(id: $tenantId) {\n      name\n      servers {\n        id\n        name\n        status\n        serverType\n        flavor {\n          name\n          vcpus\n          ramMb\n        }\n        image {\n          name\n        }\n        addresses {\n          networkName\n          ip\n        }\n        volumes {\n          name\n          sizeGb\n        }\n        assignedUser {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ExampleTicket on Ticket {\n    id\n    title\n    status {\n      code\n      name\n    }\n    events {\n      role\n      action\n      result\n      extra\n      actor {\n        name\n      }\n      toStatus {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ExampleTicket on Ticket {\n    id\n    title\n    status {\n      code\n      name\n    }\n    events {\n      role\n      action\n      result\n      extra\n      actor {\n        name\n      }\n      toStatus {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleRaiseTicket($input: TenantTicketActionInput!) {\n    tenantTicketAction(input: $input) {\n      ticket {\n        ...ExampleTicket\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleRaiseTicket($input: TenantTicketActionInput!) {\n    tenantTicketAction(input: $input) {\n      ticket {\n        ...ExampleTicket\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleTelecomAction($input: TelecomTicketActionInput!) {\n    telecomTicketAction(input: $input) {\n      ticket {\n        ...ExampleTicket\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleTelecomAction($input: TelecomTicketActionInput!) {\n    telecomTicketAction(input: $input) {\n      ticket {\n        ...ExampleTicket\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExampleOperatorAction($input: MaintainTicketActionInput!) {\n    maintainTicketAction(input: $input) {\n      ticket {\n        ...ExampleTicket\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ExampleOperatorAction($input: MaintainTicketActionInput!) {\n    maintainTicketAction(input: $input) {\n      ticket {\n        ...ExampleTicket\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;