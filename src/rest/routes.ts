import { Route } from './route';
import { identityRoutes } from './routes.identity';
import { resourceRoutes } from './routes.resources';
import { ticketRoutes } from './routes.tickets';

/** Every route of the seed's REST API (../shared/seed/api-spec.zh.md), in the seed's order of sections. */
export const ROUTES: readonly Route[] = [...identityRoutes, ...resourceRoutes, ...ticketRoutes];
