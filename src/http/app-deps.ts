import { AuditRepo } from '../audit/audit.repo';
import { CloudDriver } from '../cloud/driver';
import { ComputeRepo } from '../compute/compute.repo';
import { Config } from '../config';
import { OpenedDb } from '../db/client';
import { AuthService } from '../identity/auth.service';
import { IdentityRepo } from '../identity/identity.repo';
import { LiveBus } from '../live/bus';
import { Logger } from '../observability/logger';
import { Metrics } from '../observability/metrics';
import { Clock } from '../time/clock';
import { StorageRepo } from '../storage/storage.repo';
import { ExecutionRepo } from '../tickets/execution.repo';
import { TicketsRepo } from '../tickets/tickets.repo';

/** What lives as long as the process: the database, the cloud driver, the repositories. */
export interface AppDeps {
  config: Config;
  db: OpenedDb;
  cloud: CloudDriver;
  identityRepo: IdentityRepo;
  auth: AuthService;
  logger: Logger;
  metrics: Metrics;
  computeRepo: ComputeRepo;
  storageRepo: StorageRepo;
  ticketsRepo: TicketsRepo;
  executionRepo: ExecutionRepo;
  auditRepo: AuditRepo;
  /** Carries subscription events between replicas (in-process on SQLite). */
  bus: LiveBus;
  /** Where time is read (tests pass a ManualClock): sessions, console expiries. */
  clock: Clock;
}
