import { AsyncLocalStorage } from 'node:async_hooks';
import { onRollback, Tx } from '../db/database';
import { AuditRepo, NewAuditEvent } from './audit.repo';

/**
 * The audit record of the mutation running now, held per mutation in AsyncLocalStorage so that the
 * repository that makes the change appends the record inside its own transaction
 * (`recordChange`): the change and its record commit or roll back together, and repositories stay
 * the only SQL. Outside a mutation (bootstrap, CLI, session touches) there is no record to write.
 */
export interface AuditEntry {
  operation: string;
  requestId: string;
  actorId: number | null;
  /** A tenant user's records stay in its tenant; staff (and logins) get the tenant the operation concerned. */
  tenantFixed: boolean;
  tenantId: number | null;
  targets: Record<string, string>;
  /** Set once a repository appended the success record in its transaction, unset if that transaction did not commit. */
  recorded: boolean;
}

const auditStorage = new AsyncLocalStorage<AuditEntry>();
let mutationsRunning = 0;

/**
 * Runs a mutation with its audit entry as the current one. On Node 20 an AsyncLocalStorage that has
 * run keeps promise hooks on for the whole process, and they cost every promise of every query
 * (about a tenth of a small query's CPU, docs/PERFORMANCE.md): so the storage is switched off again
 * whenever no mutation is running, and queries alone never pay for it.
 */
export function runAudited<T>(entry: AuditEntry, mutation: () => Promise<T>): Promise<T> {
  mutationsRunning++;
  return auditStorage.run(entry, mutation).finally(() => {
    if (--mutationsRunning === 0) auditStorage.disable();
  });
}

export interface ChangeFacts {
  /** The tenant whose data changed; null for platform-wide data, undefined when unknown here. */
  tenantId?: number | null;
  /** Ids of what the change made or touched, beyond those in the input. */
  targets?: Record<string, number | string>;
  /** Who acted, when the request had no session yet (a login). */
  actorId?: number;
}

/** Called by repositories as the last statement of a mutation's write transaction. */
export async function recordChange(tx: Tx, facts: ChangeFacts = {}): Promise<void> {
  const entry = auditStorage.getStore();
  if (!entry || entry.recorded) return;
  if (facts.tenantId !== undefined) concerns(entry, facts.tenantId);
  for (const [name, id] of Object.entries(facts.targets ?? {})) entry.targets[name] = String(id);
  if (facts.actorId !== undefined) entry.actorId = facts.actorId;
  await AuditRepo.append(tx, auditRow(entry, 'ok'));
  entry.recorded = true;
  // Recorded only if the transaction commits: one run again on PostgreSQL appends it again.
  onRollback(tx, () => {
    entry.recorded = false;
  });
}

/** For changes made only in the cloud: the tenant they concern, once a service knows it. */
export function auditTenant(tenantId: number): void {
  const entry = auditStorage.getStore();
  if (entry) concerns(entry, tenantId);
}

function concerns(entry: AuditEntry, tenantId: number | null): void {
  // A tenant user's records always stay in its own tenant, whatever ids it tried.
  if (!entry.tenantFixed && tenantId !== null) entry.tenantId = tenantId;
}

export function auditRow(entry: AuditEntry, outcome: string): NewAuditEvent {
  return {
    requestId: entry.requestId,
    actorId: entry.actorId,
    tenantId: entry.tenantId,
    operation: entry.operation,
    targets: JSON.stringify(entry.targets),
    outcome,
  };
}
