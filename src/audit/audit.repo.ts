import { and, desc, eq, gte, lt, lte, SQL } from 'drizzle-orm';
import { Database, Tx } from '../db/database';
import { tablesFor } from '../db/dialect-tables';
import * as auditTables from './audit.tables';

export type AuditEventRow = typeof auditTables.auditEvents.$inferSelect;
export type NewAuditEvent = Omit<typeof auditTables.auditEvents.$inferInsert, 'id' | 'at'>;

export interface AuditFilter {
  tenantId?: number;
  actorId?: number;
  operation?: string;
  outcome?: string;
  from?: Date;
  to?: Date;
  /** Only events older than this id (the page cursor). */
  beforeId?: number;
  limit: number;
}

/** The audit log's SQL. Appends take the caller's transaction, so a change and its record commit together. */
export class AuditRepo {
  /** The tables as this database's dialect knows them (src/db/dialect-tables.ts); every query here uses these. */
  private readonly t: typeof auditTables;

  constructor(private readonly db: Database) {
    this.t = tablesFor(db.read, auditTables);
  }

  /** Inside another repository's transaction (`tx`), so the change and its record commit together. */
  static async append(tx: Tx, event: NewAuditEvent): Promise<void> {
    const { auditEvents } = tablesFor(tx, auditTables);
    await tx.insert(auditEvents).values(event);
  }

  /** In a transaction of its own, for failures and cloud-only changes. */
  append(event: NewAuditEvent): Promise<void> {
    return this.db.transaction((tx) => AuditRepo.append(tx, event));
  }

  /** Newest first. */
  list(filter: AuditFilter): Promise<AuditEventRow[]> {
    const { auditEvents } = this.t;
    const conditions: SQL[] = [];
    if (filter.tenantId !== undefined) conditions.push(eq(auditEvents.tenantId, filter.tenantId));
    if (filter.actorId !== undefined) conditions.push(eq(auditEvents.actorId, filter.actorId));
    if (filter.operation !== undefined) conditions.push(eq(auditEvents.operation, filter.operation));
    if (filter.outcome !== undefined) conditions.push(eq(auditEvents.outcome, filter.outcome));
    if (filter.from !== undefined) conditions.push(gte(auditEvents.at, filter.from));
    if (filter.to !== undefined) conditions.push(lte(auditEvents.at, filter.to));
    if (filter.beforeId !== undefined) conditions.push(lt(auditEvents.id, filter.beforeId));
    return this.db.read
      .select()
      .from(auditEvents)
      .where(and(...conditions))
      .orderBy(desc(auditEvents.id))
      .limit(filter.limit);
  }
}
