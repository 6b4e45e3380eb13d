import { policy, requireViewer } from '../auth/policy';
import { ServerRow } from '../compute/compute.repo';
import { VolumeRow } from '../storage/storage.repo';
import { TicketsDeps } from './deps';
import { AttemptRow, StepRow } from './execution.repo';
import { TicketWorkState } from './request.types';
import { ticketInScope, ticketPolicy } from './ticket.policy';
import { TicketRow } from './tickets.repo';

/** What a ticket's request made, and the ticket each server or volume came from: the two ends of one link. */
export class TicketOutcomeService {
  constructor(private readonly deps: TicketsDeps) {}

  async state(ticket: TicketRow): Promise<TicketWorkState> {
    const last = (await this.deps.loaders.attemptsByTicketId.load(ticket.id)).at(-1);
    return last ? (last.state as TicketWorkState) : TicketWorkState.NOT_STARTED;
  }

  /** Staff only: every attempt with its steps. */
  async attempts(ticket: TicketRow): Promise<Array<AttemptRow & { steps: StepRow[] }>> {
    ticketPolicy.readTicketWork(requireViewer(this.deps.viewer));
    const [attempts, steps] = await Promise.all([
      this.deps.loaders.attemptsByTicketId.load(ticket.id),
      this.deps.loaders.stepsByTicketId.load(ticket.id),
    ]);
    return attempts.map((a) => ({ ...a, steps: steps.filter((s) => s.attemptId === a.id) }));
  }

  /** The servers the successful attempt made or resized, those the viewer may see and that still exist. */
  async servers(ticket: TicketRow, kind: 'SERVER' | 'RESIZE'): Promise<ServerRow[]> {
    const services = this.deps.resourcesFor(this.deps.viewer);
    const ids = await this.standing(ticket, kind);
    const rows = await Promise.all(ids.map((id) => services.servers.get(id).catch(() => undefined)));
    return rows.filter((row): row is ServerRow => row !== undefined);
  }

  async volumes(ticket: TicketRow, kind: 'VOLUME' | 'EXTEND'): Promise<VolumeRow[]> {
    const viewer = requireViewer(this.deps.viewer);
    const services = this.deps.resourcesFor(viewer);
    const rows = await services.rows.volumeById.loadMany(await this.standing(ticket, kind));
    return rows.filter(
      (row): row is VolumeRow =>
        row !== undefined && !(row instanceof Error) && policy.canReadTenantResources(viewer, row.tenantId),
    );
  }

  private async standing(ticket: TicketRow, kind: StepRow['kind']): Promise<number[]> {
    const attempts = await this.deps.loaders.attemptsByTicketId.load(ticket.id);
    const succeeded = attempts.find((a) => a.state === 'SUCCEEDED');
    if (!succeeded) return [];
    const steps = await this.deps.loaders.stepsByTicketId.load(ticket.id);
    return steps
      .filter((s) => s.attemptId === succeeded.id && s.kind === kind && s.state === 'DONE' && s.resourceId !== null)
      .map((s) => s.resourceId as number);
  }

  /** The ticket a server or volume came from, when the viewer may see that ticket; else null. */
  async ticketOf(kind: 'server' | 'volume', resourceId: number): Promise<TicketRow | null> {
    const viewer = requireViewer(this.deps.viewer);
    const loader = kind === 'server' ? this.deps.loaders.ticketIdByServerId : this.deps.loaders.ticketIdByVolumeId;
    const ticketId = await loader.load(resourceId);
    if (ticketId === undefined) return null;
    const ticket = await this.deps.loaders.ticketById.load(ticketId);
    return ticket && ticketInScope(ticketPolicy.ticketScope(viewer), ticket) ? ticket : null;
  }
}
