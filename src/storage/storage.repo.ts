import { eq, inArray } from 'drizzle-orm';
import { recordChange } from '../audit/audit.context';
import { Db } from '../db/client';
import { volumes } from './storage.tables';

export type VolumeRow = typeof volumes.$inferSelect;

/** Storage's SQL: Canopy's volume rows (attachments are compute's); each write one transaction ending with its audit record. */
export class StorageRepo {
  constructor(private readonly db: Db) {}

  volumesByIds(ids: readonly number[]): Promise<VolumeRow[]> {
    return this.db
      .select()
      .from(volumes)
      .where(inArray(volumes.id, [...ids]));
  }

  volumesByCloudIds(cloudIds: readonly string[]): Promise<VolumeRow[]> {
    return this.db
      .select()
      .from(volumes)
      .where(inArray(volumes.cloudId, [...cloudIds]));
  }

  volumesOfTenant(tenantId: number): Promise<VolumeRow[]> {
    return this.db.select().from(volumes).where(eq(volumes.tenantId, tenantId)).orderBy(volumes.id);
  }

  insertVolume(row: { tenantId: number; cloudId: string }): VolumeRow {
    return this.db.transaction((tx) => {
      const inserted = tx.insert(volumes).values(row).returning().get();
      recordChange(tx, { tenantId: inserted.tenantId, targets: { volumeId: inserted.id } });
      return inserted;
    });
  }

  deleteVolume(id: number): void {
    this.db.transaction((tx) => {
      const deleted = tx.delete(volumes).where(eq(volumes.id, id)).returning({ tenantId: volumes.tenantId }).get();
      recordChange(tx, { tenantId: deleted?.tenantId });
    });
  }
}
