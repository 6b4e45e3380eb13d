import { eq, inArray } from 'drizzle-orm';
import { Database } from '../../db/database';
import { bi, ConflictError, QuotaExceededError } from '../../errors';
import { CloudQuota, QUOTA_KEYS, QuotaKey, QuotaLimits } from '../resources';
import { SIM_DEFAULT_QUOTA, SIM_FLAVORS } from './sim.catalog';
import { SimDb, simTables } from './sim.db';

/**
 * Per-project quotas, checked inside the same transaction as the create they guard: on SQLite no
 * other writer runs meanwhile, on PostgreSQL SERIALIZABLE fails one of two creates that both
 * counted the same usage, and it runs again on the new count.
 */
export class SimQuotas {
  private readonly t = simTables(this.db.read);

  constructor(private readonly db: Database) {}

  async limits(tx: SimDb, projectId: string): Promise<QuotaLimits> {
    const { quotas } = this.t;
    const [row] = await tx.select().from(quotas).where(eq(quotas.projectId, projectId));
    if (!row) return { ...SIM_DEFAULT_QUOTA };
    const { projectId: _project, ...limits } = row;
    return limits;
  }

  async usage(tx: SimDb, projectIds: readonly string[]): Promise<Map<string, Record<QuotaKey, number>>> {
    const { servers, volumes, networks, routers, securityGroups, securityGroupRules, floatingIps } = this.t;
    const usage = new Map(
      projectIds.map((id) => [id, Object.fromEntries(QUOTA_KEYS.map((key) => [key, 0])) as Record<QuotaKey, number>]),
    );
    const ids = [...projectIds];
    const flavors = new Map(SIM_FLAVORS.map((f) => [f.id, f]));
    for (const s of await tx
      .select({ projectId: servers.projectId, flavorId: servers.flavorId })
      .from(servers)
      .where(inArray(servers.projectId, ids))) {
      const u = usage.get(s.projectId)!;
      u.instances++;
      u.cores += flavors.get(s.flavorId)?.vcpus ?? 0;
      u.ramMb += flavors.get(s.flavorId)?.ramMb ?? 0;
    }
    for (const v of await tx
      .select({ projectId: volumes.projectId, sizeGb: volumes.sizeGb })
      .from(volumes)
      .where(inArray(volumes.projectId, ids))) {
      const u = usage.get(v.projectId)!;
      u.volumes++;
      u.gigabytes += v.sizeGb;
    }
    for (const n of await tx
      .select({ projectId: networks.projectId })
      .from(networks)
      .where(inArray(networks.projectId, ids)))
      usage.get(n.projectId!)!.networks++;
    for (const r of await tx
      .select({ projectId: routers.projectId })
      .from(routers)
      .where(inArray(routers.projectId, ids)))
      usage.get(r.projectId)!.routers++;
    for (const g of await tx
      .select({ projectId: securityGroups.projectId })
      .from(securityGroups)
      .where(inArray(securityGroups.projectId, ids)))
      usage.get(g.projectId)!.securityGroups++;
    for (const r of await tx
      .select({ projectId: securityGroupRules.projectId })
      .from(securityGroupRules)
      .where(inArray(securityGroupRules.projectId, ids)))
      usage.get(r.projectId)!.securityGroupRules++;
    for (const f of await tx
      .select({ projectId: floatingIps.projectId })
      .from(floatingIps)
      .where(inArray(floatingIps.projectId, ids)))
      usage.get(f.projectId)!.floatingIps++;
    return usage;
  }

  /** Throws QUOTA_EXCEEDED naming the first resource that `delta` would take past its limit. */
  async assertRoom(tx: SimDb, projectId: string, delta: Partial<Record<QuotaKey, number>>): Promise<void> {
    const limits = await this.limits(tx, projectId);
    const used = (await this.usage(tx, [projectId])).get(projectId)!;
    for (const key of QUOTA_KEYS) {
      const add = delta[key] ?? 0;
      if (add > 0 && limits[key] >= 0 && used[key] + add > limits[key]) {
        throw new QuotaExceededError(
          key,
          bi(
            `Quota exceeded for ${key}: ${used[key]} of ${limits[key]} in use, ${add} more requested`,
            `${key} 超出配额：上限 ${limits[key]}，已用 ${used[key]}，还需 ${add}`,
          ),
        );
      }
    }
  }

  async get(projectIds: readonly string[]): Promise<Map<string, CloudQuota>> {
    const usage = await this.usage(this.db.read, projectIds);
    const limits = await Promise.all(projectIds.map((id) => this.limits(this.db.read, id)));
    return new Map(projectIds.map((id, i) => [id, { limits: limits[i], usage: usage.get(id)! }]));
  }

  update(projectId: string, patch: Partial<QuotaLimits>): Promise<CloudQuota> {
    const { quotas } = this.t;
    return this.db.transaction(async (tx) => {
      const limits = { ...(await this.limits(tx, projectId)), ...patch };
      const used = (await this.usage(tx, [projectId])).get(projectId)!;
      for (const key of QUOTA_KEYS) {
        if (patch[key] !== undefined && limits[key] >= 0 && limits[key] < used[key])
          throw new ConflictError(
            bi(
              `Quota for ${key} cannot be below what is in use (${used[key]})`,
              `${key} 的配额不能低于已用量（${used[key]}）`,
            ),
          );
      }
      await tx
        .insert(quotas)
        .values({ projectId, ...limits })
        .onConflictDoUpdate({ target: quotas.projectId, set: limits });
      return { limits, usage: used };
    });
  }
}
