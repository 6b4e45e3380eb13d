import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../db/batch';
import { SettledLoader } from '../graphql/settled-loader';
import { IdentityRepo } from './identity.repo';

/** Per-request loaders for identity objects, named XByY as in Saleor; one SQL statement per batch. */
export function identityLoaders(repo: IdentityRepo) {
  return {
    tenantById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await repo.tenantsByIds(ids), (row) => row.id),
    ),
    /** The tenant that is this cloud project: how a network or router found by UUID is placed in a tenant. */
    tenantByProjectId: new DataLoader(async (ids: readonly string[]) =>
      oneByKey(ids, await repo.tenantsByProjectIds(ids), (row) => row.projectId),
    ),
    groupById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await repo.groupsByIds(ids), (row) => row.id),
    ),
    /** Settled: a page of servers reads its assignees without a promise each. */
    userById: new SettledLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await repo.usersByIds(ids), (row) => row.id),
    ),
    rootGroupByTenantId: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await repo.rootGroupsOf(ids), (row) => row.tenantId as number),
    ),
    childrenByGroupId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(ids, await repo.childrenOf(ids), (row) => row.parentId as number),
    ),
    membersByGroupId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(ids, await repo.membersOfGroups(ids), (row) => row.groupId),
    ),
    membershipsByUserId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(ids, await repo.membershipsOfUsers(ids), (row) => row.userId),
    ),
  };
}

export type IdentityLoaders = ReturnType<typeof identityLoaders>;
