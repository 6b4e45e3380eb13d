import DataLoader from 'dataloader';
import { manyByKey, oneByKey } from '../db/batch';
import { TicketsRepo } from './tickets.repo';

/** Per-request loaders for tickets, named XByY; one SQL statement per batch. */
export function ticketLoaders(repo: TicketsRepo) {
  return {
    ticketById: new DataLoader(async (ids: readonly number[]) =>
      oneByKey(ids, await repo.ticketsByIds(ids), (row) => row.id),
    ),
    eventsByTicketId: new DataLoader(async (ids: readonly number[]) =>
      manyByKey(ids, await repo.eventsOfTickets(ids), (row) => row.ticketId),
    ),
  };
}

export type TicketLoaders = ReturnType<typeof ticketLoaders>;
