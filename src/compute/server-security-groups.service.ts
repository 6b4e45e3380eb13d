import { auditTenant } from '../audit/audit.context';
import { policy, requireViewer } from '../auth/policy';
import { CloudSecurityGroup } from '../cloud/resources';
import { NotFoundError } from '../errors';
import { MaybePromise, then } from '../graphql/maybe-promise';
import { ServerRow } from './compute.repo';
import { ComputeDeps } from './deps';
import { ServerService } from './server.service';

/** Which security groups a server has: read with the server, chosen by the tenant's admins. */
export class ServerSecurityGroups {
  constructor(
    private readonly scope: ComputeDeps,
    private readonly servers: ServerService,
  ) {}

  /**
   * The server's groups with their rules, in the cloud's order of its names. The tenant's groups
   * are read once per project for the whole page (ServerService.loadForFields), whatever its size.
   */
  of(row: ServerRow): MaybePromise<CloudSecurityGroup[]> {
    return then(this.servers.live(row), (server) =>
      then(this.scope.cloudLoaders.securityGroupsByProjectId.load(server.projectId), (groups) =>
        server.securityGroups.flatMap((name) => groups.filter((g) => g.name === name)),
      ),
    );
  }

  /**
   * Replaces the server's groups, each of which must be of the server's tenant (another tenant's is
   * NOT_FOUND). One cloud write, all or nothing: the reads before it change nothing when they fail.
   */
  async set(serverId: number, securityGroupIds: readonly string[]): Promise<ServerRow> {
    const row = await this.scope.rows.serverById.load(serverId);
    if (!row) throw new NotFoundError('Server', serverId);
    auditTenant(row.tenantId);
    policy.manageSecurityGroups(requireViewer(this.scope.viewer), row.tenantId, 'Server', serverId);
    const tenant = await this.scope.identity.tenantById.load(row.tenantId);
    if (!tenant) throw new NotFoundError('Server', serverId);
    const groups = await this.scope.cloudLoaders.securityGroupsByProjectId.load(tenant.projectId);
    const ids = [...new Set(securityGroupIds)];
    const unknown = ids.find((id) => !groups.some((g) => g.id === id));
    if (unknown !== undefined) throw new NotFoundError('Security group', unknown);
    const server = await this.scope.cloud.setServerSecurityGroups(row.cloudId, ids);
    this.scope.cloudLoaders.serverById.clear(server.id).prime(server.id, server);
    return row;
  }
}
