import { eq, inArray } from 'drizzle-orm';
import { Database } from '../../db/database';
import { bi, ConflictError, QuotaExceededError } from '../../errors';
import { CloudQuota, QUOTA_KEYS, QuotaKey, QuotaLimits } from '../resources';
import { SIM_DEFAULT_QUOTA, SIM_FLAVORS } from './sim.catalog';
import { SimDb, simTransaction } from './sim.db';
import { simNetworks, simQuotas, simRouters, simServers, simVolumes } from './sim.tables';

/** Per-project quotas, checked inside the same transaction as the create they guard. */
export class SimQuotas {
  constructor(private readonly db: Database) {}

  limits(tx: SimDb, projectId: string): QuotaLimits {
    const row = tx.select().from(simQuotas).where(eq(simQuotas.projectId, projectId)).get();
    if (!row) return { ...SIM_DEFAULT_QUOTA };
    const { projectId: _project, ...limits } = row;
    return limits;
  }

  usage(tx: SimDb, projectIds: readonly string[]): Map<string, Record<QuotaKey, number>> {
    const usage = new Map(
      projectIds.map((id) => [
        id,
        { instances: 0, cores: 0, ramMb: 0, volumes: 0, gigabytes: 0, networks: 0, routers: 0 },
      ]),
    );
    const ids = [...projectIds];
    const flavors = new Map(SIM_FLAVORS.map((f) => [f.id, f]));
    for (const s of tx
      .select({ projectId: simServers.projectId, flavorId: simServers.flavorId })
      .from(simServers)
      .where(inArray(simServers.projectId, ids))
      .all()) {
      const u = usage.get(s.projectId)!;
      u.instances++;
      u.cores += flavors.get(s.flavorId)?.vcpus ?? 0;
      u.ramMb += flavors.get(s.flavorId)?.ramMb ?? 0;
    }
    for (const v of tx
      .select({ projectId: simVolumes.projectId, sizeGb: simVolumes.sizeGb })
      .from(simVolumes)
      .where(inArray(simVolumes.projectId, ids))
      .all()) {
      const u = usage.get(v.projectId)!;
      u.volumes++;
      u.gigabytes += v.sizeGb;
    }
    for (const n of tx
      .select({ projectId: simNetworks.projectId })
      .from(simNetworks)
      .where(inArray(simNetworks.projectId, ids))
      .all())
      usage.get(n.projectId!)!.networks++;
    for (const r of tx
      .select({ projectId: simRouters.projectId })
      .from(simRouters)
      .where(inArray(simRouters.projectId, ids))
      .all())
      usage.get(r.projectId)!.routers++;
    return usage;
  }

  /** Throws QUOTA_EXCEEDED naming the first resource that `delta` would take past its limit. */
  assertRoom(tx: SimDb, projectId: string, delta: Partial<Record<QuotaKey, number>>): void {
    const limits = this.limits(tx, projectId);
    const used = this.usage(tx, [projectId]).get(projectId)!;
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

  get(projectIds: readonly string[]): Map<string, CloudQuota> {
    const usage = this.usage(this.db.read, projectIds);
    return new Map(projectIds.map((id) => [id, { limits: this.limits(this.db.read, id), usage: usage.get(id)! }]));
  }

  update(projectId: string, patch: Partial<QuotaLimits>): Promise<CloudQuota> {
    return simTransaction(this.db, (tx) => {
      const limits = { ...this.limits(tx, projectId), ...patch };
      const used = this.usage(tx, [projectId]).get(projectId)!;
      for (const key of QUOTA_KEYS) {
        if (patch[key] !== undefined && limits[key] >= 0 && limits[key] < used[key])
          throw new ConflictError(
            bi(
              `Quota for ${key} cannot be below what is in use (${used[key]})`,
              `${key} 的配额不能低于已用量（${used[key]}）`,
            ),
          );
      }
      tx.insert(simQuotas)
        .values({ projectId, ...limits })
        .onConflictDoUpdate({ target: simQuotas.projectId, set: limits })
        .run();
      return { limits, usage: used };
    });
  }
}
