import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { AuditRepo } from '../audit/audit.repo';
import { recordChange } from '../audit/audit.context';
import { Database, Tx } from '../db/database';
import { tablesFor } from '../db/dialect-tables';
import { bi, ConflictError } from '../errors';
import { NewEvent, TicketRow } from './tickets.repo';
import * as ticketsTables from './tickets.tables';

export type AttemptRow = typeof ticketsTables.ticketAttempts.$inferSelect;
export type StepRow = typeof ticketsTables.ticketSteps.$inferSelect;
export type StepKind = StepRow['kind'];

/** Who a step's audit record names: the operator's request. */
export interface StepAudit {
  requestId: string;
  actorId: number;
  tenantId: number;
  operation: string;
}

/**
 * The SQL of carrying out tickets' requests (execution.service.ts). Each write is a short
 * transaction of its own: none is held across a cloud call.
 */
export class ExecutionRepo {
  private readonly t: typeof ticketsTables;

  constructor(private readonly db: Database) {
    this.t = tablesFor(db.read, ticketsTables);
  }

  /**
   * Takes the ticket for an attempt, in one transaction: refused (CONFLICT) while another attempt's
   * lease lasts, or when the ticket moved since it was read (the version rule of transitions, so of
   * two operators exactly one goes on). Returns the ticket at its new version, the new attempt, and
   * an attempt whose process died (lease run out), for the caller to undo first.
   */
  claim(
    ticket: TicketRow,
    actorId: number,
    now: number,
    leaseMs: number,
  ): Promise<{ ticket: TicketRow; attempt: AttemptRow; interrupted: AttemptRow | undefined }> {
    const { tickets, ticketAttempts } = this.t;
    return this.db.transaction(async (tx) => {
      const previous = await tx
        .select()
        .from(ticketAttempts)
        .where(eq(ticketAttempts.ticketId, ticket.id))
        .orderBy(asc(ticketAttempts.number));
      const running = previous.find((a) => a.state === 'RUNNING');
      if (running && running.leaseUntil.getTime() > now)
        throw new ConflictError(
          bi(
            `Ticket ${ticket.id} is being carried out (attempt ${running.number}); wait for it to finish`,
            `工单 ${ticket.id} 正在执行（第 ${running.number} 次）；请等待其完成`,
          ),
        );
      const [claimed] = await tx
        .update(tickets)
        .set({ version: sql`${tickets.version} + 1`, updatedAt: new Date(now) })
        .where(and(eq(tickets.id, ticket.id), eq(tickets.version, ticket.version)))
        .returning();
      if (!claimed)
        throw new ConflictError(
          bi(
            `Ticket ${ticket.id} was changed by someone else meanwhile; reload it and try again`,
            `工单 ${ticket.id} 刚被他人修改，请刷新后重试`,
          ),
        );
      const [attempt] = await tx
        .insert(ticketAttempts)
        .values({
          ticketId: ticket.id,
          number: previous.length + 1,
          state: 'RUNNING',
          actorId,
          leaseUntil: new Date(now + leaseMs),
          startedAt: new Date(now),
        })
        .returning();
      return { ticket: claimed, attempt, interrupted: running };
    });
  }

  /** Recorded before the cloud call; renews the attempt's lease. */
  startStep(
    attempt: AttemptRow,
    step: { seq: number; kind: StepKind; detail: unknown; marker?: string },
    leaseUntil: number,
  ): Promise<StepRow> {
    const { ticketSteps, ticketAttempts } = this.t;
    return this.db.transaction(async (tx) => {
      await tx
        .update(ticketAttempts)
        .set({ leaseUntil: new Date(leaseUntil) })
        .where(eq(ticketAttempts.id, attempt.id));
      const [row] = await tx
        .insert(ticketSteps)
        .values({
          attemptId: attempt.id,
          ticketId: attempt.ticketId,
          seq: step.seq,
          kind: step.kind,
          state: 'STARTED',
          detail: JSON.stringify(step.detail),
          marker: step.marker ?? null,
        })
        .returning();
      return row;
    });
  }

  /** Recorded after the cloud call, with what it made, and its audit record (naming the ticket). */
  finishStep(step: StepRow, made: { cloudId?: string; resourceId?: number }, audit: StepAudit): Promise<StepRow> {
    return this.setState(step, 'DONE', made, audit);
  }

  undoStep(step: StepRow, audit: StepAudit): Promise<StepRow> {
    return this.setState(step, 'UNDONE', {}, audit);
  }

  private setState(
    step: StepRow,
    state: StepRow['state'],
    made: { cloudId?: string; resourceId?: number },
    audit: StepAudit,
  ): Promise<StepRow> {
    const { ticketSteps } = this.t;
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .update(ticketSteps)
        .set({ state, ...made })
        .where(eq(ticketSteps.id, step.id))
        .returning();
      await appendStepAudit(tx, row, audit);
      return row;
    });
  }

  fail(attempt: AttemptRow, reason: string, now: number): Promise<void> {
    const { ticketAttempts } = this.t;
    return this.db.transaction(async (tx) => {
      await tx
        .update(ticketAttempts)
        .set({ state: 'FAILED', reason, finishedAt: new Date(now) })
        .where(eq(ticketAttempts.id, attempt.id));
    });
  }

  /** The ticket moves on, with its event, and the attempt is SUCCEEDED: together, at the version claimed. */
  succeed(attempt: AttemptRow, ticket: TicketRow, event: NewEvent, now: number): Promise<TicketRow> {
    const { tickets, ticketEvents, ticketAttempts } = this.t;
    return this.db.transaction(async (tx) => {
      const at = new Date(now);
      const [updated] = await tx
        .update(tickets)
        .set({ statusId: event.toStatusId, version: sql`${tickets.version} + 1`, updatedAt: at })
        .where(and(eq(tickets.id, ticket.id), eq(tickets.version, ticket.version)))
        .returning();
      if (!updated)
        throw new ConflictError(bi(`Ticket ${ticket.id} was changed meanwhile`, `工单 ${ticket.id} 刚被他人修改`));
      await tx.insert(ticketEvents).values({ ...event, ticketId: ticket.id, fromStatusId: ticket.statusId, at });
      await tx
        .update(ticketAttempts)
        .set({ state: 'SUCCEEDED', finishedAt: at })
        .where(eq(ticketAttempts.id, attempt.id));
      await recordChange(tx, { tenantId: updated.tenantId, targets: { ticketId: ticket.id } });
      return updated;
    });
  }

  stepsOfAttempt(attemptId: number): Promise<StepRow[]> {
    const { ticketSteps } = this.t;
    return this.db.read
      .select()
      .from(ticketSteps)
      .where(eq(ticketSteps.attemptId, attemptId))
      .orderBy(asc(ticketSteps.seq));
  }

  attemptsOfTickets(ticketIds: readonly number[]): Promise<AttemptRow[]> {
    const { ticketAttempts } = this.t;
    return this.db.read
      .select()
      .from(ticketAttempts)
      .where(inArray(ticketAttempts.ticketId, [...ticketIds]))
      .orderBy(asc(ticketAttempts.number));
  }

  stepsOfTickets(ticketIds: readonly number[]): Promise<StepRow[]> {
    const { ticketSteps } = this.t;
    return this.db.read
      .select()
      .from(ticketSteps)
      .where(inArray(ticketSteps.ticketId, [...ticketIds]))
      .orderBy(asc(ticketSteps.attemptId), asc(ticketSteps.seq));
  }

  /** The steps that made or changed these servers or volumes and stand (DONE of a SUCCEEDED attempt). */
  doneStepsOfResources(kinds: StepKind[], resourceIds: readonly number[]): Promise<StepRow[]> {
    const { ticketSteps, ticketAttempts } = this.t;
    return this.db.read
      .select({ step: ticketSteps })
      .from(ticketSteps)
      .innerJoin(ticketAttempts, eq(ticketAttempts.id, ticketSteps.attemptId))
      .where(
        and(
          inArray(ticketSteps.kind, kinds),
          inArray(ticketSteps.resourceId, [...resourceIds]),
          eq(ticketSteps.state, 'DONE'),
          eq(ticketAttempts.state, 'SUCCEEDED'),
        ),
      )
      .orderBy(asc(ticketSteps.id))
      .then((rows) => rows.map((r) => r.step));
  }
}

/** One audit record per change a ticket makes or undoes, with the ticket's id beside the resource's. */
function appendStepAudit(tx: Tx, step: StepRow, audit: StepAudit): Promise<void> {
  const targets: Record<string, string> = { ticketId: String(step.ticketId) };
  if (step.resourceId !== null)
    targets[step.kind === 'SERVER' || step.kind === 'RESIZE' ? 'serverId' : 'volumeId'] = String(step.resourceId);
  return AuditRepo.append(tx, {
    requestId: audit.requestId,
    actorId: audit.actorId,
    tenantId: audit.tenantId,
    operation: `${audit.operation}.${step.state === 'UNDONE' ? 'undo' : 'do'}${step.kind[0]}${step.kind.slice(1).toLowerCase()}`,
    targets: JSON.stringify(targets),
    outcome: 'ok',
  });
}
