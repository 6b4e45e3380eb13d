import { eq, inArray } from 'drizzle-orm';
import { Db } from '../db/client';
import { volumeAttachments, volumes } from './storage.tables';

export type VolumeRow = typeof volumes.$inferSelect;
export type AttachmentRow = typeof volumeAttachments.$inferSelect;

/** Storage's SQL: Canopy's volume and attachment rows. */
export class StorageRepo {
  constructor(private readonly db: Db) {}

  volumesByIds(ids: readonly number[]): Promise<VolumeRow[]> {
    return this.db.select().from(volumes).where(inArray(volumes.id, [...ids]));
  }

  volumesByCloudIds(cloudIds: readonly string[]): Promise<VolumeRow[]> {
    return this.db.select().from(volumes).where(inArray(volumes.cloudId, [...cloudIds]));
  }

  volumesOfTenant(tenantId: number): Promise<VolumeRow[]> {
    return this.db.select().from(volumes).where(eq(volumes.tenantId, tenantId)).orderBy(volumes.id);
  }

  attachmentsByIds(ids: readonly number[]): Promise<AttachmentRow[]> {
    return this.db.select().from(volumeAttachments).where(inArray(volumeAttachments.id, [...ids]));
  }

  attachmentsByCloudIds(cloudIds: readonly string[]): Promise<AttachmentRow[]> {
    return this.db.select().from(volumeAttachments).where(inArray(volumeAttachments.cloudId, [...cloudIds]));
  }

  insertVolume(row: { tenantId: number; cloudId: string }): VolumeRow {
    return this.db.insert(volumes).values(row).returning().get();
  }

  deleteVolume(id: number): void {
    this.db.delete(volumes).where(eq(volumes.id, id)).run();
  }

  insertAttachment(row: { tenantId: number; serverId: number; volumeId: number; cloudId: string }): AttachmentRow {
    return this.db.insert(volumeAttachments).values(row).returning().get();
  }

  deleteAttachmentByCloudId(cloudId: string): void {
    this.db.delete(volumeAttachments).where(eq(volumeAttachments.cloudId, cloudId)).run();
  }
}
