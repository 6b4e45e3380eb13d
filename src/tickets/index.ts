import { Viewer } from '../auth/viewer';
import { IdentityServices } from '../identity';
import { TicketListService } from './ticket-list.service';
import { TicketService } from './ticket.service';
import { ticketLoaders } from './tickets.loaders';
import { TicketsRepo } from './tickets.repo';

/** The tickets domain's services for one request. */
export function ticketServices(repo: TicketsRepo, viewer: Viewer | undefined, identity: IdentityServices) {
  const deps = { viewer, repo, loaders: ticketLoaders(repo), identity };
  return { tickets: new TicketService(deps), lists: new TicketListService(deps) };
}

export type TicketServices = ReturnType<typeof ticketServices>;
