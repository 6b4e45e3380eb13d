import { randomUUID } from 'node:crypto';
import { Reader, Tx } from '../../db/database';
import { tablesFor } from '../../db/dialect-tables';
import {
  simFloatingIps,
  simKeyPairs,
  simNetworks,
  simPorts,
  simProjects,
  simQuotas,
  simRouters,
  simSecurityGroupRules,
  simSecurityGroups,
  simServers,
  simSubnets,
  simVolumeAttachments,
  simVolumes,
} from './sim.tables';

/**
 * The read side or an open transaction: the simulated cloud's parts run the same code in both.
 * Its SQL is the awaited query builder both backends share, and each write is one
 * `db.transaction(async (tx) => ...)` holding SQL only, so that PostgreSQL may run it again from
 * the start after a serialization failure (docs/DATABASE.md).
 */
export type SimDb = Reader | Tx;

/** Every table of the simulated cloud, by a short name; here, since a *.tables.ts exports tables only (drizzle/pg.schema.ts spreads them). */
const SIM_TABLES = {
  projects: simProjects,
  quotas: simQuotas,
  securityGroups: simSecurityGroups,
  securityGroupRules: simSecurityGroupRules,
  networks: simNetworks,
  subnets: simSubnets,
  ports: simPorts,
  routers: simRouters,
  floatingIps: simFloatingIps,
  servers: simServers,
  keyPairs: simKeyPairs,
  volumes: simVolumes,
  attachments: simVolumeAttachments,
};

export type SimTables = typeof SIM_TABLES;

/**
 * The sim's tables in the dialect of `q`. A database has one dialect, so the tables a part takes
 * once from `db.read` serve its transactions too; helpers handed only a `tx` ask here.
 */
export function simTables(q: SimDb): SimTables {
  return tablesFor(q, SIM_TABLES);
}

export function uuid(): string {
  return randomUUID();
}
