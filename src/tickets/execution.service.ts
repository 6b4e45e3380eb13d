import { randomBytes } from 'node:crypto';
import { requireViewer } from '../auth/policy';
import { Viewer } from '../auth/viewer';
import { QuotaLimits } from '../cloud/resources';
import type { ResourceServices } from '../graph/resource-services';
import { bi, CanopyError, NotFoundError, UpstreamUnavailableError } from '../errors';
import { TicketsDeps } from './deps';
import { AttemptRow, StepAudit, StepKind, StepRow } from './execution.repo';
import { parseRequest, TicketRequest } from './request.model';
import { ticketPolicy } from './ticket.policy';
import { NewEvent, TicketRow } from './tickets.repo';

/** How long an attempt may go without recording a step before another operator may take it over (a dead process). */
export const ATTEMPT_LEASE_MS = 5 * 60_000;

interface PlannedStep {
  kind: StepKind;
  detail: Record<string, unknown>;
  marker?: string;
}

/**
 * Carries out a ticket's request at OPERATOR's ACCEPT_PLATFORM_DEAL (true), through the resource
 * services (ticket.policy.ts `ticketAgent`). Every step is recorded STARTED before its cloud call
 * and DONE after it, each in its own short transaction, so a restart knows what may exist. Order:
 * quota, volumes, servers (all undoable), then extensions and resizes, which cannot be undone
 * (docs/TICKETS.md "Requests"). On a failure what was made is undone, last first, and the attempt
 * is FAILED with the reason; the ticket stays DISPATCHED for another try.
 */
export class TicketExecution {
  constructor(private readonly deps: TicketsDeps) {}

  async carryOut(ticket: TicketRow, event: NewEvent): Promise<TicketRow> {
    const viewer = requireViewer(this.deps.viewer);
    const request = parseRequest(ticket.request) as TicketRequest;
    const now = () => this.deps.clock.now();
    const claim = await this.deps.executions.claim(ticket, viewer.userId, now(), ATTEMPT_LEASE_MS);
    const run = new AttemptRun(this.deps, this.servicesFor(viewer, ticket), claim.attempt, ticket, viewer);
    if (claim.interrupted) {
      const previous = new AttemptRun(this.deps, run.services, claim.interrupted, ticket, viewer);
      await previous.fail(bi('Canopy stopped while carrying this out', 'Canopy 在执行中途停止'));
    }
    try {
      const done: string[] = [];
      for (const [seq, step] of planSteps(request, ticket, claim.attempt).entries())
        done.push(await run.step(seq, step));
      const extra = [event.extra, `Done: ${done.join('; ')}`].filter(Boolean).join('\n');
      return await this.deps.executions.succeed(claim.attempt, claim.ticket, { ...event, extra }, now());
    } catch (error) {
      const reason =
        error instanceof CanopyError ? { en: error.message, zh: error.chinese() } : bi('Internal error', '内部错误');
      const leftovers = await run.fail(reason);
      if (leftovers.length > 0)
        throw new UpstreamUnavailableError(
          bi(
            `Carrying out ticket ${ticket.id} failed (${reason.en}), and some of it could not be undone: ${leftovers.join(', ')}`,
            `工单 ${ticket.id} 执行失败（${reason.zh}），部分内容未能撤销：${leftovers.join('、')}`,
          ),
        );
      if (error instanceof CanopyError)
        error.message = `${error.message} (ticket ${ticket.id} stays where it was; what its attempt made was undone; try again)`;
      throw error;
    }
  }

  private servicesFor(viewer: Viewer, ticket: TicketRow): ResourceServices {
    return this.deps.resourcesFor(ticketPolicy.ticketAgent(viewer, ticket));
  }
}

/** The steps of a request, in the order they run; names carry a tag of the attempt, so a restart can find what a step made. */
function planSteps(request: TicketRequest, ticket: TicketRow, attempt: AttemptRow): PlannedStep[] {
  const steps: PlannedStep[] = [];
  if (request.quota) steps.push({ kind: 'QUOTA', detail: { after: request.quota } });
  let n = 0;
  for (const volume of request.volumes ?? [])
    for (let i = 0; i < volume.count; i++)
      steps.push({
        kind: 'VOLUME',
        detail: { name: `${volume.name ?? `ticket-${ticket.id}`}-${++n}`, sizeGb: volume.sizeGb },
        marker: `canopy ticket ${ticket.id} attempt ${attempt.number} volume ${n}`,
      });
  n = 0;
  for (const server of request.servers ?? [])
    for (let i = 0; i < server.count; i++) {
      const name = `${server.name ?? `ticket-${ticket.id}`}-${++n}-${randomBytes(2).toString('hex')}`;
      steps.push({ kind: 'SERVER', detail: { ...server, count: 1, name }, marker: name });
    }
  for (const extension of request.extensions ?? []) steps.push({ kind: 'EXTEND', detail: { ...extension } });
  for (const resize of request.resizes ?? []) steps.push({ kind: 'RESIZE', detail: { ...resize } });
  return steps;
}

/** One attempt's steps, as done and as undone. */
class AttemptRun {
  constructor(
    private readonly deps: TicketsDeps,
    readonly services: ResourceServices,
    private readonly attempt: AttemptRow,
    private readonly ticket: TicketRow,
    private readonly viewer: Viewer,
  ) {}

  private get audit(): StepAudit {
    return {
      requestId: this.deps.requestId,
      actorId: this.viewer.userId,
      tenantId: this.ticket.tenantId,
      operation: 'ticket',
    };
  }

  /** Records the step, makes the change, records what it made; returns a line for the event. */
  async step(seq: number, planned: PlannedStep): Promise<string> {
    const tenantId = this.ticket.tenantId;
    const lease = this.deps.clock.now() + ATTEMPT_LEASE_MS;
    const record = (detail: Record<string, unknown>) =>
      this.deps.executions.startStep(this.attempt, { seq, kind: planned.kind, detail, marker: planned.marker }, lease);
    const done = (step: StepRow, made: { cloudId?: string; resourceId?: number }) =>
      this.deps.executions.finishStep(step, made, this.audit);
    const d = planned.detail;
    switch (planned.kind) {
      case 'QUOTA': {
        const after = d.after as Partial<QuotaLimits>;
        const now = await this.services.catalog.quota(tenantId);
        const before = Object.fromEntries(Object.keys(after).map((key) => [key, now[key as keyof QuotaLimits].limit]));
        const step = await record({ after, before });
        await this.services.catalog.updateQuota(tenantId, after);
        await done(step, {});
        return `quota ${Object.entries(after)
          .map(([key, value]) => `${key} ${before[key]} → ${value}`)
          .join(', ')}`;
      }
      case 'VOLUME': {
        const step = await record(d);
        const row = await this.services.volumes.create({
          tenantId,
          sizeGb: d.sizeGb as number,
          name: d.name as string,
          description: planned.marker,
        });
        await done(step, { cloudId: row.cloudId, resourceId: row.id });
        return `volume ${row.id} (${d.sizeGb as number} GB)`;
      }
      case 'SERVER': {
        const step = await record(d);
        const row = await this.services.serverLifecycle.create({
          tenantId,
          imageId: d.imageId as string,
          networkIds: d.networkIds as string[],
          instanceType: d.flavorName as string,
          name: d.name as string,
          serverType: d.serverType as 'PRIVATE' | 'SHARED',
          ...(d.securityGroups ? { securityGroups: d.securityGroups as string[] } : {}),
          ...(d.keyPairId === undefined ? {} : { keyPairId: d.keyPairId as number }),
        });
        await done(step, { cloudId: row.cloudId, resourceId: row.id });
        return `server ${row.id} (${d.name as string})`;
      }
      case 'EXTEND': {
        const volumeId = d.volumeId as number;
        const row = await this.services.rows.volumeById.load(volumeId);
        if (!row) throw new NotFoundError('Volume', volumeId);
        const live = await this.services.volumes.live(row);
        const step = await record({ ...d, beforeGb: live.sizeGb });
        // A retry after an attempt that extended already (extensions are not undone) finds it done.
        if (live.sizeGb < (d.sizeGb as number)) await this.services.volumes.extend(volumeId, d.sizeGb as number);
        await done(step, { cloudId: row.cloudId, resourceId: row.id });
        return `volume ${volumeId} extended to ${d.sizeGb as number} GB`;
      }
      case 'RESIZE': {
        const serverId = d.serverId as number;
        const step = await record(d);
        const row = await this.services.serverLifecycle.resize(serverId, d.flavorName as string);
        await done(step, { cloudId: row.cloudId, resourceId: row.id });
        return `server ${serverId} resized to ${d.flavorName as string} (to confirm)`;
      }
    }
  }

  /** Undoes every step recorded, last first, marks the attempt FAILED; returns what could not be undone. */
  async fail(reason: { en: string; zh: string }): Promise<string[]> {
    const steps = await this.deps.executions.stepsOfAttempt(this.attempt.id);
    const leftovers: string[] = [];
    for (const step of steps.reverse()) {
      if (step.state === 'UNDONE') continue;
      try {
        if (await this.undo(step)) await this.deps.executions.undoStep(step, this.audit);
        else if (step.state === 'DONE') leftovers.push(irreversible(step));
      } catch {
        leftovers.push(`${step.kind.toLowerCase()} step ${step.seq}${step.cloudId ? ` (${step.cloudId})` : ''}`);
      }
    }
    const why = leftovers.length > 0 ? `${reason.en}; not undone: ${leftovers.join(', ')}` : `${reason.en}; undone`;
    await this.deps.executions.fail(this.attempt, why, this.deps.clock.now());
    return leftovers;
  }

  /** Undoes one step; a STARTED step's object, if the cloud made it, is found by its marker. False: cannot be undone. */
  private async undo(step: StepRow): Promise<boolean> {
    const tenantId = this.ticket.tenantId;
    const detail = JSON.parse(step.detail) as Record<string, unknown>;
    switch (step.kind) {
      case 'QUOTA':
        await this.services.catalog.updateQuota(tenantId, detail.before as Partial<QuotaLimits>);
        return true;
      case 'VOLUME': {
        const cloudId = step.cloudId ?? (await this.findVolume(step.marker as string));
        if (cloudId === undefined) return true;
        const row = await this.services.rows.volumeByCloudId.load(cloudId);
        if (row) await this.services.volumes.delete(tenantId, row.id);
        else await this.deps.cloud.deleteVolume(cloudId);
        return true;
      }
      case 'SERVER': {
        const cloudId = step.cloudId ?? (await this.findServer(step.marker as string));
        if (cloudId === undefined) return true;
        const row = await this.services.rows.serverByCloudId.load(cloudId);
        if (row) await this.services.serverLifecycle.delete(tenantId, row.id);
        else await this.deps.cloud.deleteServer(cloudId);
        return true;
      }
      case 'EXTEND':
      case 'RESIZE':
        // Cinder does not shrink a volume; a resize is left to the tenant to confirm or revert.
        return step.state === 'STARTED';
    }
  }

  private async projectId(): Promise<string> {
    const tenant = await this.deps.identity.loaders.tenantById.load(this.ticket.tenantId);
    return tenant!.projectId;
  }

  private async findVolume(marker: string): Promise<string | undefined> {
    const projectId = await this.projectId();
    const volumes = (await this.deps.cloud.listVolumes([projectId])).get(projectId) ?? [];
    return volumes.find((v) => v.description === marker)?.id;
  }

  private async findServer(name: string): Promise<string | undefined> {
    const projectId = await this.projectId();
    const servers = (await this.deps.cloud.listServers([projectId])).get(projectId) ?? [];
    return servers.find((s) => s.name === name)?.id;
  }
}

function irreversible(step: StepRow): string {
  const detail = JSON.parse(step.detail) as Record<string, unknown>;
  return step.kind === 'EXTEND'
    ? `volume ${step.resourceId} stays at ${detail.sizeGb as number} GB (volumes do not shrink)`
    : `server ${step.resourceId} was resized to ${detail.flavorName as string} (the tenant may revert it)`;
}
