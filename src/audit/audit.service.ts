import { policy, requireViewer } from '../auth/policy';
import { Viewer } from '../auth/viewer';
import { decodeCursor, pageSize, toPage } from '../graphql/paging';
import { parseOptionalId } from '../graphql/ids';
import { Logger } from '../observability/logger';
import { AuditEntry, auditRow } from './audit.context';
import { AuditEventRow, AuditRepo } from './audit.repo';
import { AuditEvent, AuditEventConnection, AuditEventsArgs } from './audit.types';

/** The audit log for one request: appending what the repositories did not, and reading it back. */
export class AuditService {
  constructor(
    private readonly repo: AuditRepo,
    private readonly viewer: Viewer | undefined,
    private readonly logger: Logger,
  ) {}

  /**
   * A failure's record, or a success that changed only the cloud. A record that cannot be written
   * is logged, never thrown: it must not hide the mutation's own answer.
   */
  async appendAfter(entry: AuditEntry, outcome: string): Promise<void> {
    try {
      await this.repo.append(auditRow(entry, outcome));
    } catch (error) {
      this.logger.error(
        { err: error, reqId: entry.requestId, operation: entry.operation, outcome },
        'audit record lost',
      );
    }
  }

  async list(args: AuditEventsArgs): Promise<AuditEventConnection> {
    const filter = args.filter ?? {};
    const tenantId = policy.auditScope(requireViewer(this.viewer), parseOptionalId(filter.tenantId, 'tenantId'));
    const first = pageSize(args);
    const rows = await this.repo.list({
      tenantId,
      actorId: parseOptionalId(filter.actorId, 'actorId'),
      operation: filter.operation ?? undefined,
      outcome: filter.outcome ?? undefined,
      from: filter.from ?? undefined,
      to: filter.to ?? undefined,
      beforeId: decodeCursor(args.after),
      limit: first + 1,
    });
    const page = toPage(rows, first);
    return { nodes: page.nodes.map(toEvent), pageInfo: page.pageInfo };
  }
}

function toEvent(row: AuditEventRow): AuditEvent {
  const targets = Object.entries(JSON.parse(row.targets) as Record<string, string>).map(([name, id]) => ({ name, id }));
  return { ...row, targets };
}
