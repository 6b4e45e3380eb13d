import { and, count, eq, inArray, or } from 'drizzle-orm';
import { recordChange } from '../audit/audit.context';
import { Database } from '../db/database';
import { isUniqueViolation } from '../db/constraints';
import { tablesFor } from '../db/dialect-tables';
import { bi, ConflictError } from '../errors';
import * as computeTables from './compute.tables';

export type ServerRow = typeof computeTables.servers.$inferSelect;
export type ServerType = ServerRow['serverType'];
export type AttachmentRow = typeof computeTables.volumeAttachments.$inferSelect;
export type KeyPairRow = typeof computeTables.keyPairs.$inferSelect;
export type NewKeyPair = Omit<typeof computeTables.keyPairs.$inferInsert, 'id' | 'createdAt'>;

/** Compute's SQL: Canopy's server rows, their volume attachments and users' key pairs. Reads awaited; each write one transaction ending with its audit record. */
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

  /** How many of a tenant's servers `serversOfTenant` would list, optionally only those assigned to one user. */
  async countServers(tenantId: number, visibleTo?: number, assignedUserId?: number): Promise<number> {
    const { servers } = this.t;
    const conditions = [eq(servers.tenantId, tenantId)];
    if (visibleTo !== undefined)
      conditions.push(or(eq(servers.serverType, 'SHARED'), eq(servers.assignedUserId, visibleTo))!);
    if (assignedUserId !== undefined) conditions.push(eq(servers.assignedUserId, assignedUserId));
    const [row] = await this.db.read
      .select({ n: count() })
      .from(servers)
      .where(and(...conditions));
    return Number(row.n);
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

  insertServer(row: {
    tenantId: number;
    cloudId: string;
    serverType: ServerType;
    keyName?: string;
    keyFingerprint?: string;
  }): Promise<ServerRow> {
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

  keyPairsByIds(ids: readonly number[]): Promise<KeyPairRow[]> {
    const { keyPairs } = this.t;
    return this.db.read
      .select()
      .from(keyPairs)
      .where(inArray(keyPairs.id, [...ids]));
  }

  keyPairsOfUser(userId: number): Promise<KeyPairRow[]> {
    const { keyPairs } = this.t;
    return this.db.read.select().from(keyPairs).where(eq(keyPairs.userId, userId)).orderBy(keyPairs.name);
  }

  /** A name the user already has is CONFLICT, by the unique index (so also when two requests race). */
  async insertKeyPair(row: NewKeyPair): Promise<KeyPairRow> {
    const { keyPairs } = this.t;
    try {
      return await this.db.transaction(async (tx) => {
        const [inserted] = await tx.insert(keyPairs).values(row).returning();
        await recordChange(tx, { targets: { keyPairId: inserted.id } });
        return inserted;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(
          bi(`You already have a key pair named "${row.name}"`, `您已有名为“${row.name}”的密钥对`),
        );
      throw error;
    }
  }

  deleteKeyPair(id: number): Promise<void> {
    const { keyPairs } = this.t;
    return this.db.transaction(async (tx) => {
      await tx.delete(keyPairs).where(eq(keyPairs.id, id));
      await recordChange(tx, { targets: { keyPairId: id } });
    });
  }
}
