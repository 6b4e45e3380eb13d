import { auditTenant } from '../audit/audit.context';
import { policy, requireViewer } from '../auth/policy';
import { ConsoleType } from '../cloud/resources';
import { NotFoundError } from '../errors';
import { Clock } from '../time/clock';
import { ServerRow } from './compute.repo';
import { ComputeDeps } from './deps';

/** How long the cloud's console tokens live, and the clock their expiry is read from. */
export interface ConsoleSettings {
  ttlSeconds: number;
  clock: Clock;
}

export interface ServerConsole {
  server: ServerRow;
  type: ConsoleType;
  url: string;
  expiresAt: Date;
}

/**
 * Remote consoles: one cloud call after the checks, nothing written in Canopy. The URL is returned
 * and never kept: the audit record has the mutation's ids only (src/audit/audit.schema.ts), and
 * neither the logs nor the errors carry it.
 */
export class ServerConsoles {
  constructor(
    private readonly scope: ComputeDeps,
    private readonly settings: ConsoleSettings,
  ) {}

  /** The server's state (ACTIVE only) and the types offered are the cloud's to check (CONFLICT, BAD_USER_INPUT). */
  async create(serverId: number, type: ConsoleType): Promise<ServerConsole> {
    const row = await this.scope.rows.serverById.load(serverId);
    if (!row) throw new NotFoundError('Server', serverId);
    auditTenant(row.tenantId);
    policy.openServerConsole(requireViewer(this.scope.viewer), row);
    // Nova does not say when its token expires: it lives [consoleauth] token_ttl from now.
    const issuedAt = this.settings.clock.now();
    const remote = await this.scope.cloud.createServerConsole(row.cloudId, type);
    return { server: row, type, url: remote.url, expiresAt: new Date(issuedAt + this.settings.ttlSeconds * 1000) };
  }
}
