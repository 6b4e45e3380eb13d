import { Viewer } from '../auth/viewer';
import { CloudDriver } from '../cloud/driver';
import type { ResourceServices } from '../graph/resource-services';
import { IdentityServices } from '../identity';
import { Clock } from '../time/clock';
import { ExecutionRepo } from './execution.repo';
import { TicketExecution } from './execution.service';
import { TicketOutcomeService } from './outcome.service';
import { TicketRequestService } from './request.service';
import { TicketListService } from './ticket-list.service';
import { TicketService } from './ticket.service';
import { ticketLoaders } from './tickets.loaders';
import { TicketsRepo } from './tickets.repo';

/** The tickets domain's services for one request. */
export function ticketServices(
  repos: { tickets: TicketsRepo; executions: ExecutionRepo },
  viewer: Viewer | undefined,
  identity: IdentityServices,
  work: {
    resourcesFor: (agent: Viewer | undefined) => ResourceServices;
    cloud: CloudDriver;
    clock: Clock;
    requestId: string;
  },
) {
  const deps = {
    viewer,
    repo: repos.tickets,
    executions: repos.executions,
    loaders: ticketLoaders(repos.tickets, repos.executions),
    identity,
    ...work,
  };
  const requests = new TicketRequestService(deps);
  return {
    tickets: new TicketService(deps, requests, new TicketExecution(deps)),
    lists: new TicketListService(deps),
    requests,
    outcomes: new TicketOutcomeService(deps),
  };
}

export type TicketServices = ReturnType<typeof ticketServices>;
