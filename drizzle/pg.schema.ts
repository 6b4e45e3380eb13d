// PostgreSQL's tables for drizzle-kit (drizzle.pg.config.ts): every domain's sqlite-core tables in
// PostgreSQL's types, derived by src/db/dialect-tables.ts, so they are declared once.
import { pgTables } from '../src/db/dialect-tables';
import * as audit from '../src/audit/audit.tables';
import * as loginLimiter from '../src/auth/login-limiter.tables';
import * as sim from '../src/cloud/sim/sim.tables';
import * as compute from '../src/compute/compute.tables';
import * as identity from '../src/identity/identity.tables';
import * as storage from '../src/storage/storage.tables';
import * as tickets from '../src/tickets/tickets.tables';

export const {
  tenants,
  groups,
  users,
  memberships,
  sessions,
  servers,
  volumeAttachments,
  volumes,
  tickets: ticketsTable,
  ticketEvents,
  auditEvents,
  loginFailures,
  simProjects,
  simQuotas,
  simSecurityGroups,
  simNetworks,
  simSubnets,
  simPorts,
  simRouters,
  simServers,
  simVolumes,
  simVolumeAttachments,
} = pgTables({ ...identity, ...compute, ...storage, ...tickets, ...audit, ...loginLimiter, ...sim });
