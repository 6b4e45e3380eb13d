import { policy, requireViewer } from '../auth/policy';
import {
  CloudAvailabilityZone,
  CloudFlavor,
  CloudImage,
  CloudQuota,
  QUOTA_KEYS,
  QuotaLimits,
} from '../cloud/resources';
import { ResourceDeps, tenantFor } from '../resources/deps';
import { BadInputError, bi, NotFoundError } from '../errors';

export type QuotaView = Record<keyof QuotaLimits, { limit: number; used: number }>;

/** What the cloud offers every tenant (flavors, images, zones), and quotas. */
export class CatalogService {
  constructor(private readonly scope: ResourceDeps) {}

  flavors(): Promise<CloudFlavor[]> {
    requireViewer(this.scope.viewer);
    return this.scope.cloud.listFlavors();
  }

  images(): Promise<CloudImage[]> {
    requireViewer(this.scope.viewer);
    return this.scope.cloud.listImages();
  }

  availabilityZones(): Promise<CloudAvailabilityZone[]> {
    requireViewer(this.scope.viewer);
    return this.scope.cloud.listAvailabilityZones();
  }

  async quota(tenantId: number): Promise<QuotaView> {
    const tenant = await tenantFor(this.scope, tenantId);
    policy.readTenantResources(requireViewer(this.scope.viewer), tenant.id, 'Tenant', tenant.id);
    const quota = await this.scope.cloudLoaders.quotaByProjectId.load(tenant.projectId);
    if (!quota) throw new NotFoundError('Quota of tenant', tenant.id);
    return toView(quota);
  }

  /** Limits are whole numbers, or -1 for unlimited; the cloud refuses a limit below current use (CONFLICT). */
  async updateQuota(tenantId: number, limits: Partial<QuotaLimits>): Promise<QuotaView> {
    policy.manageQuota(requireViewer(this.scope.viewer), tenantId);
    const tenant = await tenantFor(this.scope, tenantId);
    for (const key of QUOTA_KEYS) {
      const value = limits[key];
      if (value !== undefined && value < -1)
        throw new BadInputError(
          key,
          bi(`${key} must be -1 (unlimited) or more`, `${key} 必须大于等于 -1（-1 表示不限）`),
        );
    }
    return toView(await this.scope.cloud.updateQuota(tenant.projectId, limits));
  }
}

function toView(quota: CloudQuota): QuotaView {
  return Object.fromEntries(
    QUOTA_KEYS.map((key) => [key, { limit: quota.limits[key], used: quota.usage[key] }]),
  ) as QuotaView;
}
