import { assertVisibleTenant, requireViewer } from '../auth/policy';
import { Viewer } from '../auth/viewer';
import { BadInputError, bi, NotFoundError } from '../errors';
import { IdentityLoaders } from '../identity/identity.loaders';
import { TenantRow } from '../identity/identity.repo';
import { CloudLoaders } from './cloud.loaders';
import { CloudDriver } from '../cloud/driver';

/**
 * What every compute, network and storage service needs for one request. Each domain adds its
 * own repo and row loaders (compute/deps.ts, storage/deps.ts); this folder imports none of them.
 */
export interface ResourceDeps {
  viewer: Viewer | undefined;
  cloud: CloudDriver;
  cloudLoaders: CloudLoaders;
  identity: IdentityLoaders;
}

/**
 * The tenant an operation is about. The seed lets tenant users leave `tenant_id` out (it is their
 * own) and makes staff name it. Another tenant's id is NOT_FOUND for a tenant user.
 */
export async function tenantFor(scope: ResourceDeps, tenantId: number | undefined): Promise<TenantRow> {
  const viewer = requireViewer(scope.viewer);
  const id = tenantId ?? viewer.tenantId;
  if (id === null)
    throw new BadInputError(
      'tenantId',
      bi('Platform staff must name the tenant (tenantId)', '平台人员必须指定租户（tenantId）'),
    );
  assertVisibleTenant(viewer, id, 'Tenant', id);
  const tenant = await scope.identity.tenantById.load(id);
  if (!tenant) throw new NotFoundError('Tenant', id);
  return tenant;
}

/** The tenant that owns a cloud project; undefined for the provider's own (external networks). */
export async function tenantOfProject(scope: ResourceDeps, projectId: string | null): Promise<TenantRow | undefined> {
  return projectId === null ? undefined : scope.identity.tenantByProjectId.load(projectId);
}

/** Drops what a DataLoader did not find (rows Canopy keeps for cloud objects that are gone); rethrows its failures. */
export function present<T>(items: ReadonlyArray<T | Error | undefined>): T[] {
  const failure = items.find((item) => item instanceof Error);
  if (failure) throw failure;
  return items.filter((item): item is T => item !== undefined);
}
