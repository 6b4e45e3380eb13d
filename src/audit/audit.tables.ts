import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

const now = sql`(unixepoch('subsec') * 1000)`;

/**
 * One row per mutation, append-only: who, for which tenant, which operation on which ids, and how
 * it ended ('ok' or the error code). No foreign keys: the record outlives users and tenants.
 * Input values are never stored, only ids, so no password or token can land here.
 */
export const auditEvents = sqliteTable(
  'audit_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull().default(now),
    requestId: text('request_id').notNull(),
    /** NULL for a request without a session (a failed login). */
    actorId: integer('actor_id'),
    /** NULL for platform-wide operations (staff users, failed logins). */
    tenantId: integer('tenant_id'),
    operation: text('operation').notNull(),
    /** JSON object of id name → id, e.g. {"serverId":"7"}. */
    targets: text('targets').notNull().default('{}'),
    outcome: text('outcome').notNull(),
  },
  // Lists are newest first (id descending), over everything or within a tenant.
  (t) => [index('audit_events_tenant').on(t.tenantId, t.id), index('audit_events_actor').on(t.actorId, t.id)],
);
