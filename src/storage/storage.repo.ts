import { count, eq, inArray } from 'drizzle-orm';
import { recordChange } from '../audit/audit.context';
import { Database } from '../db/database';
import { tablesFor } from '../db/dialect-tables';
import * as storageTables from './storage.tables';

export type VolumeRow = typeof storageTables.volumes.$inferSelect;

/** Storage's SQL: Canopy's volume rows (attachments are compute's); each write one transaction ending with its audit record. */
export class StorageRepo {
  /** The tables as this database's dialect knows them (src/db/dialect-tables.ts); every query here uses these. */
  private readonly t: typeof storageTables;

  constructor(private readonly db: Database) {
    this.t = tablesFor(db.read, storageTables);
  }

  volumesByIds(ids: readonly number[]): Promise<VolumeRow[]> {
    const { volumes } = this.t;
    return this.db.read
      .select()
      .from(volumes)
      .where(inArray(volumes.id, [...ids]));
  }

  volumesByCloudIds(cloudIds: readonly string[]): Promise<VolumeRow[]> {
    const { volumes } = this.t;
    return this.db.read
      .select()
      .from(volumes)
      .where(inArray(volumes.cloudId, [...cloudIds]));
  }

  volumesOfTenant(tenantId: number): Promise<VolumeRow[]> {
    const { volumes } = this.t;
    return this.db.read.select().from(volumes).where(eq(volumes.tenantId, tenantId)).orderBy(volumes.id);
  }

  async countVolumes(tenantId: number): Promise<number> {
    const { volumes } = this.t;
    const [row] = await this.db.read.select({ n: count() }).from(volumes).where(eq(volumes.tenantId, tenantId));
    return Number(row.n);
  }

  insertVolume(row: { tenantId: number; cloudId: string }): Promise<VolumeRow> {
    const { volumes } = this.t;
    return this.db.transaction(async (tx) => {
      const [inserted] = await tx.insert(volumes).values(row).returning();
      await recordChange(tx, { tenantId: inserted.tenantId, targets: { volumeId: inserted.id } });
      return inserted;
    });
  }

  deleteVolume(id: number): Promise<void> {
    const { volumes } = this.t;
    return this.db.transaction(async (tx) => {
      const [deleted] = await tx.delete(volumes).where(eq(volumes.id, id)).returning({ tenantId: volumes.tenantId });
      await recordChange(tx, { tenantId: deleted?.tenantId });
    });
  }
}
