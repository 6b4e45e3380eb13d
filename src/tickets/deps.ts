import { Viewer } from '../auth/viewer';
import { IdentityServices } from '../identity';
import { TicketLoaders } from './tickets.loaders';
import { TicketsRepo } from './tickets.repo';

/** What a ticket service needs for one request; identity answers for tenants and users. */
export interface TicketsDeps {
  viewer: Viewer | undefined;
  repo: TicketsRepo;
  loaders: TicketLoaders;
  identity: IdentityServices;
}
