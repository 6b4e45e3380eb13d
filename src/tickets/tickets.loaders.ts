import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../db/batch';
import { ExecutionRepo } from './execution.repo';
import { TicketsRepo } from './tickets.repo';

/** Per-request loaders for tickets, named XByY; one SQL statement per batch. */
export function ticketLoaders(repo: TicketsRepo, executions: ExecutionRepo) {
  return {
    ticketById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await repo.ticketsByIds(ids), (row) => row.id),
    ),
    eventsByTicketId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(ids, await repo.eventsOfTickets(ids), (row) => row.ticketId),
    ),
    attemptsByTicketId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(ids, await executions.attemptsOfTickets(ids), (row) => row.ticketId),
    ),
    stepsByTicketId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(ids, await executions.stepsOfTickets(ids), (row) => row.ticketId),
    ),
    /** The ticket that made (or resized) a server: its id, or undefined. */
    ticketIdByServerId: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await executions.doneStepsOfResources(['SERVER'], ids), (row) => row.resourceId as number).map(
        (step) => step?.ticketId,
      ),
    ),
    ticketIdByVolumeId: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await executions.doneStepsOfResources(['VOLUME'], ids), (row) => row.resourceId as number).map(
        (step) => step?.ticketId,
      ),
    ),
  };
}

export type TicketLoaders = ReturnType<typeof ticketLoaders>;
