import { and, asc, desc, eq, inArray, lt, ne, or, SQL, sql } from 'drizzle-orm';
import { TicketScope } from './ticket.policy';
import { recordChange } from '../audit/audit.context';
import { Database } from '../db/database';
import { tablesFor } from '../db/dialect-tables';
import { bi, ConflictError } from '../errors';
import { DELETED_STATUS_ID, TicketActionName, TicketRole } from './ticket.catalog';
import * as ticketsTables from './tickets.tables';

export type TicketRow = typeof ticketsTables.tickets.$inferSelect;
export type TicketEventRow = typeof ticketsTables.ticketEvents.$inferSelect;

export interface NewTicket {
  typeId: number;
  statusId: number;
  title: string;
  content: string;
  request?: string | null;
  tenantId: number;
  creatorId: number;
}

export interface NewEvent {
  actorId: number;
  role: TicketRole;
  action: TicketActionName;
  result: boolean | null;
  extra: string | null;
  toStatusId: number;
}

export interface TicketFilter {
  scope: TicketScope;
  typeIds: readonly number[];
  statusIds?: readonly number[];
  ticketId?: number;
  /** Only tickets older than this id (the page cursor). */
  beforeId?: number;
  limit: number;
}

/** Tickets' SQL, and the only place of it. Reads are awaited; each write is one transaction, ending with its audit record. */
export class TicketsRepo {
  /** The tables as this database's dialect knows them (src/db/dialect-tables.ts); every query here uses these. */
  private readonly t: typeof ticketsTables;

  constructor(private readonly db: Database) {
    this.t = tablesFor(db.read, ticketsTables);
  }

  ticketsByIds(ids: readonly number[]): Promise<TicketRow[]> {
    const { tickets } = this.t;
    return this.db.read
      .select()
      .from(tickets)
      .where(inArray(tickets.id, [...ids]));
  }

  eventsOfTickets(ticketIds: readonly number[]): Promise<TicketEventRow[]> {
    const { ticketEvents } = this.t;
    return this.db.read
      .select()
      .from(ticketEvents)
      .where(inArray(ticketEvents.ticketId, [...ticketIds]))
      .orderBy(asc(ticketEvents.id));
  }

  /** Newest first; visibility (the scope) is part of the query, so pages are never short of visible tickets. */
  list(filter: TicketFilter): Promise<TicketRow[]> {
    const { tickets } = this.t;
    const conditions: SQL[] = [
      scopeCondition(tickets, filter.scope),
      ne(tickets.statusId, DELETED_STATUS_ID),
      inArray(tickets.typeId, [...filter.typeIds]),
    ];
    if (filter.statusIds) conditions.push(inArray(tickets.statusId, [...filter.statusIds]));
    if (filter.ticketId !== undefined) conditions.push(eq(tickets.id, filter.ticketId));
    if (filter.beforeId !== undefined) conditions.push(lt(tickets.id, filter.beforeId));
    return this.db.read
      .select()
      .from(tickets)
      .where(and(...conditions))
      .orderBy(desc(tickets.id))
      .limit(filter.limit);
  }

  /** The ticket and its creation event, together. */
  insert(ticket: NewTicket, event: NewEvent): Promise<TicketRow> {
    const { tickets, ticketEvents } = this.t;
    return this.db.transaction(async (tx) => {
      const at = new Date();
      const [row] = await tx
        .insert(tickets)
        .values({ ...ticket, createdAt: at, updatedAt: at })
        .returning();
      await tx.insert(ticketEvents).values({ ...event, ticketId: row.id, fromStatusId: null, at });
      await recordChange(tx, { tenantId: row.tenantId, targets: { ticketId: row.id } });
      return row;
    });
  }

  /**
   * Moves the ticket on and records the event, together, but only if nobody moved it since it was
   * read (same version): the loser of a race changes nothing and gets CONFLICT.
   */
  transition(ticket: TicketRow, event: NewEvent): Promise<TicketRow> {
    const { tickets, ticketEvents } = this.t;
    return this.db.transaction(async (tx) => {
      const at = new Date();
      const [updated] = await tx
        .update(tickets)
        .set({ statusId: event.toStatusId, version: sql`${tickets.version} + 1`, updatedAt: at })
        .where(and(eq(tickets.id, ticket.id), eq(tickets.version, ticket.version)))
        .returning();
      if (!updated)
        throw new ConflictError(
          bi(
            `Ticket ${ticket.id} was changed by someone else meanwhile; reload it and try again`,
            `工单 ${ticket.id} 刚被他人修改，请刷新后重试`,
          ),
        );
      await tx.insert(ticketEvents).values({ ...event, ticketId: ticket.id, fromStatusId: ticket.statusId, at });
      await recordChange(tx, { tenantId: updated.tenantId });
      return updated;
    });
  }
}

function scopeCondition(tickets: typeof ticketsTables.tickets, scope: TicketScope): SQL {
  switch (scope.kind) {
    case 'all':
      return sql`1 = 1`;
    case 'operator':
      return or(
        sql`0 = 1`,
        ...scope.visible
          .filter((v) => v.statusIds.length > 0)
          .map((v) => and(eq(tickets.typeId, v.typeId), inArray(tickets.statusId, [...v.statusIds]))),
      ) as SQL;
    case 'tenant':
      return eq(tickets.tenantId, scope.tenantId);
    case 'creator':
      return and(eq(tickets.tenantId, scope.tenantId), eq(tickets.creatorId, scope.creatorId)) as SQL;
  }
}
