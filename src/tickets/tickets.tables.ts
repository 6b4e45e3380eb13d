import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { tenants } from '../identity/identity.tables';

const now = sql`(unixepoch('subsec') * 1000)`;

/**
 * Work orders of both workflows (v1 is type 0). Type and status ids are the catalogue's
 * (ticket.catalog.ts). `version` grows by one with every transition: a transition updates the row
 * only at the version it read, so of two racing transitions exactly one lands.
 */
export const tickets = sqliteTable(
  'tickets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    typeId: integer('type_id').notNull(),
    statusId: integer('status_id').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull().default(''),
    /** The typed resource request of a type 1 or 2 ticket, as JSON (request.model.ts); NULL for a free-text ticket. */
    request: text('request'),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id),
    /** No foreign key: the record of who raised a ticket outlives the user (ids are never reused). */
    creatorId: integer('creator_id').notNull(),
    version: integer('version').notNull().default(0),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  // Lists are newest first (id descending) within a tenant, or within a type and status. A big
  // tenant's lists narrowed to a status, or to a member's own tickets, would otherwise walk all of
  // the tenant's tickets (docs/PERFORMANCE.md); queues over every tenant scan by id, which
  // the planner picks from the statistics `PRAGMA optimize` keeps (src/db/client.ts).
  (t) => [
    index('tickets_tenant').on(t.tenantId, t.id),
    index('tickets_tenant_status').on(t.tenantId, t.statusId, t.id),
    index('tickets_tenant_creator').on(t.tenantId, t.creatorId, t.id),
    index('tickets_type_status').on(t.typeId, t.statusId, t.id),
  ],
);

/** One row per transition, creation included; append-only. */
export const ticketEvents = sqliteTable(
  'ticket_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id),
    /** No foreign key, as for the creator: history outlives users. */
    actorId: integer('actor_id').notNull(),
    role: text('role', { enum: ['TENANT', 'TELECOM', 'OPERATOR'] }).notNull(),
    action: text('action').notNull(),
    /** NULL when the transition takes no result. */
    result: integer('result', { mode: 'boolean' }),
    extra: text('extra'),
    /** NULL for the creation. */
    fromStatusId: integer('from_status_id'),
    toStatusId: integer('to_status_id').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('ticket_events_ticket').on(t.ticketId, t.id)],
);

/**
 * One try at carrying out a ticket's request (execution.service.ts). A RUNNING attempt holds a
 * lease, renewed at each step: another operator meets CONFLICT while it lasts, and once it has run
 * out (the process died) the next ACCEPT_PLATFORM_DEAL undoes what the steps record, then tries anew.
 */
export const ticketAttempts = sqliteTable(
  'ticket_attempts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: integer('ticket_id')
      .notNull()
      .references(() => tickets.id),
    /** 1, 2, … per ticket. */
    number: integer('number').notNull(),
    state: text('state', { enum: ['RUNNING', 'SUCCEEDED', 'FAILED'] }).notNull(),
    /** Why it failed, and what could not be undone. */
    reason: text('reason'),
    actorId: integer('actor_id').notNull(),
    leaseUntil: integer('lease_until', { mode: 'timestamp_ms' }).notNull(),
    startedAt: integer('started_at', { mode: 'timestamp_ms' }).notNull(),
    finishedAt: integer('finished_at', { mode: 'timestamp_ms' }),
  },
  (t) => [uniqueIndex('ticket_attempts_number').on(t.ticketId, t.number)],
);

/**
 * The durable record of an attempt's steps: written STARTED (with the name the cloud object will
 * get) before the cloud call and DONE (with its ids) after it, so a restart knows what may exist.
 */
export const ticketSteps = sqliteTable(
  'ticket_steps',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    attemptId: integer('attempt_id')
      .notNull()
      .references(() => ticketAttempts.id),
    ticketId: integer('ticket_id').notNull(),
    seq: integer('seq').notNull(),
    kind: text('kind', { enum: ['QUOTA', 'VOLUME', 'SERVER', 'EXTEND', 'RESIZE'] }).notNull(),
    state: text('state', { enum: ['STARTED', 'DONE', 'UNDONE'] }).notNull(),
    /** What the step asks, and what it found before (JSON): enough to undo it. */
    detail: text('detail').notNull(),
    /** The name (server) or description (volume) that identifies a cloud object made by this step. */
    marker: text('marker'),
    cloudId: text('cloud_id'),
    /** Canopy's id of the server or volume made, resized or extended. */
    resourceId: integer('resource_id'),
  },
  (t) => [
    uniqueIndex('ticket_steps_seq').on(t.attemptId, t.seq),
    index('ticket_steps_ticket').on(t.ticketId),
    index('ticket_steps_resource').on(t.kind, t.resourceId),
  ],
);
