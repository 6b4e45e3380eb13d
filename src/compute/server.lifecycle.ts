import { randomUUID } from 'node:crypto';
import { auditTenant } from '../audit/audit.context';
import { policy, requireViewer } from '../auth/policy';
import { CloudServer, ServerCommand } from '../cloud/resources';
import { tenantFor } from '../resources/deps';
import { allOrNothing, UndoStack } from '../shared/undo';
import { BadInputError, bi, CanopyError, ConflictError, NotFoundError } from '../errors';
import { TenantRow } from '../identity/identity.repo';
import { createDefaultNetwork, DEFAULT_NETWORK } from '../network/default-network';
import { ServerRow } from './compute.repo';
import { ComputeDeps } from './deps';
import { KeyPairService } from './key-pair.service';
import { CreateServerArgs, planServer } from './server.plan';

/** Creating, deleting, commanding, resizing and assigning servers. */
export class ServerLifecycle {
  constructor(private readonly scope: ComputeDeps) {}

  /**
   * All or nothing: a default network made for this server, the cloud key pair and the cloud
   * server are undone if a later step fails. With a key pair, a cloud key pair of a name used
   * once is made just before the server and deleted as soon as the cloud has the server (it keeps
   * its copy of the key): no other request ever sees or names it (docs/CLOUD.md "Key pairs").
   */
  async create(args: CreateServerArgs): Promise<ServerRow> {
    const { tenant, keyPair, plan } = await this.plan(args);
    const undo = new UndoStack();
    return allOrNothing(undo, async () => {
      const networkIds = args.createDefaultNetwork
        ? [...plan.networkIds, await this.defaultNetworkId(tenant, undo)]
        : plan.networkIds;
      const keyName = keyPair && (await this.cloudKeyPair(keyPair.publicKey, undo));
      const server = await this.scope.cloud.createServer({
        ...plan,
        projectId: tenant.projectId,
        networkIds: [...new Set(networkIds)],
        ...(keyName === undefined ? {} : { keyName }),
      });
      undo.push(`server ${server.id}`, () => this.scope.cloud.deleteServer(server.id));
      this.scope.cloudLoaders.serverById.prime(server.id, server);
      if (keyName !== undefined) await this.scope.cloud.deleteKeyPair(keyName);
      return this.scope.compute.insertServer({
        tenantId: tenant.id,
        cloudId: server.id,
        serverType: args.serverType ?? 'PRIVATE',
        ...(keyPair && { keyName: keyPair.name, keyFingerprint: keyPair.fingerprint }),
      });
    });
  }

  /** createServer's checks alone, nothing made: a ticket's request is checked with them when raised. */
  async plan(args: CreateServerArgs) {
    const viewer = requireViewer(this.scope.viewer);
    const tenant = await tenantFor(this.scope, args.tenantId);
    policy.manageTenantResources(viewer, tenant.id, 'Tenant', tenant.id);
    const keyPair = args.keyPairId === undefined ? undefined : await new KeyPairService(this.scope).own(args.keyPairId);
    return { tenant, keyPair, plan: await planServer(this.scope, tenant, args) };
  }

  /** A cloud key pair for one server, named so that it can be no other's; its undo deletes it (again, harmlessly, once deleted). */
  private async cloudKeyPair(publicKey: string, undo: UndoStack): Promise<string> {
    const name = `canopy-${randomUUID()}`;
    await this.scope.cloud.createKeyPair({ name, publicKey });
    undo.push(`cloud key pair ${name}`, () => this.scope.cloud.deleteKeyPair(name));
    return name;
  }

  /**
   * Releases the assignment, detaches the volumes, deletes the cloud server, then Canopy's row.
   * Each step is safe to repeat, so a failure part-way is finished by calling deleteServer again,
   * and the error says what was already done.
   */
  async delete(tenantId: number, serverId: number): Promise<number> {
    const row = await this.manageable(serverId, tenantId);
    const done: string[] = [];
    try {
      if (row.assignedUserId !== null) {
        await this.scope.compute.assign(row.id, null);
        done.push('its assignment was released');
      }
      const live = (await this.scope.cloud.getServers([row.cloudId])).get(row.cloudId);
      if (live) {
        const volumes = await this.scope.cloud.getVolumes(live.attachedVolumeIds);
        const attachments = [...volumes.values()].flatMap((v) => v.attachments.filter((a) => a.serverId === live.id));
        // Nova detaches only from a server that is active, paused or stopped; from any other state
        // deleting the server detaches its volumes itself.
        const detachable = live.status === 'ACTIVE' || live.status === 'PAUSED' || live.status === 'SHUTOFF';
        for (const attachment of detachable ? attachments : []) {
          await this.scope.cloud.detachVolume(live.id, attachment.id);
          await this.scope.compute.deleteAttachmentByCloudId(attachment.id);
          done.push(`volume ${attachment.volumeId} was detached`);
        }
        await this.scope.cloud.deleteServer(live.id);
        for (const attachment of detachable ? [] : attachments)
          await this.scope.compute.deleteAttachmentByCloudId(attachment.id);
      }
      await this.scope.compute.deleteServer(row.id);
      return row.id;
    } catch (error) {
      if (error instanceof CanopyError && done.length > 0)
        error.message = `${error.message} (the server is partly deleted: ${done.join(', ')}; call deleteServer again to finish)`;
      throw error;
    }
  }

  async command(serverId: number, command: ServerCommand): Promise<ServerRow> {
    const row = await this.load(serverId);
    auditTenant(row.tenantId);
    policy.commandServer(requireViewer(this.scope.viewer), row);
    const server = await this.scope.cloud.serverAction(row.cloudId, command);
    this.scope.cloudLoaders.serverById.clear(server.id).prime(server.id, server);
    return row;
  }

  /**
   * One cloud call after the checks: Canopy's row does not change (the flavor is the cloud's),
   * so a refused or failed resize leaves nothing behind. The flavor is checked here first, as in
   * createServer (unknown, or the server's own: BAD_USER_INPUT on flavorName); the state and the
   * quota for the growth are the cloud's to check (CONFLICT, QUOTA_EXCEEDED).
   */
  async resize(serverId: number, flavorName: string): Promise<ServerRow> {
    const { row, flavor } = await this.checkResize(serverId, flavorName);
    return this.primed(row, await this.scope.cloud.resizeServer(row.cloudId, flavor.id));
  }

  /** resizeServer's checks alone, nothing changed (a ticket's request is checked with them when raised). */
  async checkResize(serverId: number, flavorName: string) {
    const row = await this.load(serverId);
    auditTenant(row.tenantId);
    policy.resizeServer(requireViewer(this.scope.viewer), row);
    const [flavors, live] = await Promise.all([
      this.scope.cloud.listFlavors(),
      this.scope.cloudLoaders.serverById.load(row.cloudId),
    ]);
    if (!live) throw new NotFoundError('Server', serverId);
    const flavor = flavors.find((f) => f.name === flavorName || f.id === flavorName);
    if (!flavor) throw new BadInputError('flavorName', bi(`No flavor "${flavorName}"`, `模板“${flavorName}”不存在`));
    if (flavor.id === live.flavorId)
      throw new BadInputError(
        'flavorName',
        bi(
          `The server already has flavor ${flavor.name}; choose another`,
          `主机已经是模板 ${flavor.name}，请选择其他模板`,
        ),
      );
    return { row, flavor, live };
  }

  /** confirmResize or revertResize: the cloud refuses (CONFLICT) unless the server is in VERIFY_RESIZE. */
  async finishResize(serverId: number, how: 'confirm' | 'revert'): Promise<ServerRow> {
    const row = await this.load(serverId);
    auditTenant(row.tenantId);
    policy.resizeServer(requireViewer(this.scope.viewer), row);
    const server =
      how === 'confirm'
        ? await this.scope.cloud.confirmResize(row.cloudId)
        : await this.scope.cloud.revertResize(row.cloudId);
    return this.primed(row, server);
  }

  private primed(row: ServerRow, server: CloudServer): ServerRow {
    this.scope.cloudLoaders.serverById.clear(server.id).prime(server.id, server);
    return row;
  }

  /** Only PRIVATE servers are assigned, and only to a user of the server's own tenant. */
  async assign(serverId: number, userId: number): Promise<ServerRow> {
    const row = await this.manageable(serverId);
    if (row.serverType === 'SHARED')
      throw new ConflictError(
        bi(
          'A SHARED server is used by the whole tenant and is never assigned',
          '共享主机供整个租户使用，不能分配给用户',
        ),
      );
    const user = await this.scope.identity.userById.load(userId);
    if (!user || user.tenantId !== row.tenantId) throw new NotFoundError('User', userId);
    return this.updated(await this.scope.compute.assign(row.id, user.id), serverId);
  }

  async unassign(serverId: number): Promise<ServerRow> {
    const row = await this.manageable(serverId);
    return this.updated(await this.scope.compute.assign(row.id, null), serverId);
  }

  /** Reuses the tenant's network named `default`, or makes it (with its router), registering the undo. */
  private async defaultNetworkId(tenant: TenantRow, undo: UndoStack): Promise<string> {
    const existing = (await this.scope.cloudLoaders.networksByProjectId.load(tenant.projectId)).find(
      (n) => n.name === DEFAULT_NETWORK.name,
    );
    return existing?.id ?? (await createDefaultNetwork(this.scope.cloud, tenant.projectId, undo)).network.id;
  }

  private async manageable(serverId: number, tenantId?: number): Promise<ServerRow> {
    // The viewer first: an anonymous caller learns nothing of which servers exist (found by the REST fuzz).
    const viewer = requireViewer(this.scope.viewer);
    const row = await this.load(serverId);
    if (tenantId !== undefined && row.tenantId !== tenantId) throw new NotFoundError('Server', serverId);
    policy.manageTenantResources(viewer, row.tenantId, 'Server', serverId);
    return row;
  }

  private async load(serverId: number): Promise<ServerRow> {
    const row = await this.scope.rows.serverById.load(serverId);
    if (!row) throw new NotFoundError('Server', serverId);
    return row;
  }

  private updated(row: ServerRow | undefined, serverId: number): ServerRow {
    if (!row) throw new NotFoundError('Server', serverId);
    this.scope.rows.serverById.clear(row.id).prime(row.id, row);
    return row;
  }
}
