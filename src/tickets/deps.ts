import { Viewer } from '../auth/viewer';
import { CloudDriver } from '../cloud/driver';
import type { ResourceServices } from '../graph/resource-services';
import { IdentityServices } from '../identity';
import { Clock } from '../time/clock';
import { ExecutionRepo } from './execution.repo';
import { TicketLoaders } from './tickets.loaders';
import { TicketsRepo } from './tickets.repo';

/**
 * What a ticket service needs for one request; identity answers for tenants and users. A ticket's
 * request is checked and carried out by the resource services themselves, made for the ticket's
 * agent (`resourcesFor`, ticket.policy.ts `ticketAgent`): no second way of making servers.
 */
export interface TicketsDeps {
  viewer: Viewer | undefined;
  repo: TicketsRepo;
  executions: ExecutionRepo;
  loaders: TicketLoaders;
  identity: IdentityServices;
  resourcesFor: (agent: Viewer | undefined) => ResourceServices;
  /** The request's (counted) driver, to find what an interrupted attempt may have made. */
  cloud: CloudDriver;
  clock: Clock;
  requestId: string;
}
