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
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n": typeof types.ChangePasswordDocument,
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
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n": types.ChangePasswordDocument,
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
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;