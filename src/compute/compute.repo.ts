import { and, eq, inArray, or } from 'drizzle-orm';
import { recordChange } from '../audit/audit.context';
import { Database } from '../db/database';
import { tablesFor } from '../db/dialect-tables';
import * as computeTables from './compute.tables';

export type ServerRow = typeof computeTables.servers.$inferSelect;
export type ServerType = ServerRow['serverType'];
export type AttachmentRow = typeof computeTables.volumeAttachments.$inferSelect;

/** Compute's SQL: Canopy's server rows and their volume attachments. Reads awaited; each write one transaction ending with its audit record. */
export class ComputeRepo {
  /** The tables as this database's dialect knows them (src/db/dialect-tables.ts); every query here uses these. */
  private readonly t: typeof computeTables;

  constructor(private readonly db: Database) {
    this.t = tablesFor(db.read, computeTables);
  }

  serversByIds(ids: readonly number[]): Promise<ServerRow[]> {
    const { servers } = this.t;
    return this.db.read
      .select()
      .from(servers)
      .where(inArray(servers.id, [...ids]));
  }

  serversByCloudIds(cloudIds: readonly string[]): Promise<ServerRow[]> {
    const { servers } = this.t;
    return this.db.read
      .select()
      .from(servers)
      .where(inArray(servers.cloudId, [...cloudIds]));
  }

  /** A tenant's servers; with `visibleTo`, only the SHARED ones and the PRIVATE ones assigned to that user. */
  serversOfTenant(tenantId: number, visibleTo?: number): Promise<ServerRow[]> {
    const { servers } = this.t;
    const tenant = eq(servers.tenantId, tenantId);
    const where =
      visibleTo === undefined
        ? tenant
        : and(tenant, or(eq(servers.serverType, 'SHARED'), eq(servers.assignedUserId, visibleTo)));
    return this.db.read.select().from(servers).where(where).orderBy(servers.id);
  }

  attachmentsByIds(ids: readonly number[]): Promise<AttachmentRow[]> {
    const { volumeAttachments } = this.t;
    return this.db.read
      .select()
      .from(volumeAttachments)
      .where(inArray(volumeAttachments.id, [...ids]));
  }

  attachmentsByCloudIds(cloudIds: readonly string[]): Promise<AttachmentRow[]> {
    const { volumeAttachments } = this.t;
    return this.db.read
      .select()
      .from(volumeAttachments)
      .where(inArray(volumeAttachments.cloudId, [...cloudIds]));
  }

  insertServer(row: { tenantId: number; cloudId: string; serverType: ServerType }): Promise<ServerRow> {
    const { servers } = this.t;
    return this.db.transaction(async (tx) => {
      const [inserted] = await tx.insert(servers).values(row).returning();
      await recordChange(tx, { tenantId: inserted.tenantId, targets: { serverId: inserted.id } });
      return inserted;
    });
  }

  /** Sets or clears the assigned user; undefined when the server was deleted meanwhile. */
  assign(serverId: number, userId: number | null): Promise<ServerRow | undefined> {
    const { servers } = this.t;
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .update(servers)
        .set({ assignedUserId: userId })
        .where(eq(servers.id, serverId))
        .returning();
      await recordChange(tx, { tenantId: row?.tenantId });
      return row;
    });
  }

  /** Removes the row; its attachment rows go with it (ON DELETE CASCADE). */
  deleteServer(serverId: number): Promise<void> {
    const { servers } = this.t;
    return this.db.transaction(async (tx) => {
      const [deleted] = await tx
        .delete(servers)
        .where(eq(servers.id, serverId))
        .returning({ tenantId: servers.tenantId });
      await recordChange(tx, { tenantId: deleted?.tenantId });
    });
  }

  insertAttachment(row: {
    tenantId: number;
    serverId: number;
    volumeId: number;
    cloudId: string;
  }): Promise<AttachmentRow> {
    const { volumeAttachments } = this.t;
    return this.db.transaction(async (tx) => {
      const [inserted] = await tx.insert(volumeAttachments).values(row).returning();
      await recordChange(tx, { tenantId: inserted.tenantId, targets: { attachId: inserted.id } });
      return inserted;
    });
  }

  deleteAttachmentByCloudId(cloudId: string): Promise<void> {
    const { volumeAttachments } = this.t;
    return this.db.transaction(async (tx) => {
      const [deleted] = await tx
        .delete(volumeAttachments)
        .where(eq(volumeAttachments.cloudId, cloudId))
        .returning({ tenantId: volumeAttachments.tenantId });
      await recordChange(tx, { tenantId: deleted?.tenantId });
    });
  }
}
