import { auditTenant } from '../audit/audit.context';
import { policy, requireViewer } from '../auth/policy';
import { CloudAddress, CloudFloatingIp, CloudNetwork, CloudRouter } from '../cloud/resources';
import { BadInputError, bi, ConflictError, NotFoundError } from '../errors';
import { MaybePromise, then } from '../graphql/maybe-promise';
import { TenantRow } from '../identity/identity.repo';
import { Connection, Keyset, ListOrderField, Order, orderOf, pageInMemory } from '../graphql/paging';
import { FloatingIpPageArgs } from './floating-ip-page.inputs';
import { present, tenantFor, tenantOfProject } from '../resources/deps';
import { ServerRow } from './compute.repo';
import { ComputeDeps } from './deps';
import { ServerService } from './server.service';

/**
 * A tenant's floating IPs (ids are the cloud's UUIDs). Allocating and releasing are the tenant
 * admins'; associating is for whoever may command the server. Each step before the one cloud
 * write only reads, so a refusal or a failure anywhere leaves nothing changed.
 */
export class FloatingIpService {
  constructor(
    private readonly scope: ComputeDeps,
    private readonly servers: ServerService,
  ) {}

  /** A page of the tenant's floating IPs: one list call (Neutron's of the project), sorted and cut in memory. */
  async page(tenantId: number | undefined, args: FloatingIpPageArgs): Promise<Connection<CloudFloatingIp>> {
    const order = orderOf(args.orderBy);
    const tenant = await tenantFor(this.scope, tenantId);
    policy.readFloatingIps(requireViewer(this.scope.viewer), tenant.id, 'Tenant', tenant.id);
    const all = await this.scope.cloudLoaders.floatingIpsByProjectId.load(tenant.projectId);
    return pageInMemory(all, order, args, floatingIpKey);
  }

  /** Another tenant's network is NOT_FOUND; a network of this tenant is not external (BAD_USER_INPUT). */
  async allocate(args: { tenantId: number; externalNetworkId: string }): Promise<CloudFloatingIp> {
    const tenant = await tenantFor(this.scope, args.tenantId);
    policy.manageFloatingIps(requireViewer(this.scope.viewer), tenant.id, 'Tenant', tenant.id);
    const network = await this.scope.cloudLoaders.networkById.load(args.externalNetworkId);
    if (!network || (!network.external && network.projectId !== tenant.projectId))
      throw new NotFoundError('Network', args.externalNetworkId);
    if (!network.external)
      throw new BadInputError(
        'externalNetworkId',
        bi(`Network ${network.name} is not an external network`, `网络 ${network.name} 不是外部网络`),
      );
    return this.fresh(
      await this.scope.cloud.allocateFloatingIp({ projectId: tenant.projectId, externalNetworkId: network.id }),
    );
  }

  /**
   * Maps the IP to `fixedAddress` of the server, or to its first address on a network routed to
   * the IP's external network. Refused: an IP already associated (CONFLICT: disassociate it first,
   * nothing moves silently), an address not the server's (BAD_USER_INPUT), no route (CONFLICT).
   */
  async associate(args: { floatingIpId: string; serverId: number; fixedAddress?: string }): Promise<CloudFloatingIp> {
    const { fip, tenant } = await this.load(args.floatingIpId);
    auditTenant(tenant.id);
    const row = await this.scope.rows.serverById.load(args.serverId);
    if (!row || row.tenantId !== tenant.id) throw new NotFoundError('Server', args.serverId);
    policy.associateFloatingIp(requireViewer(this.scope.viewer), row);
    if (fip.fixedAddress !== null)
      throw new ConflictError(
        bi(
          `Floating IP ${fip.address} is already associated; disassociate it first`,
          `浮动IP ${fip.address} 已绑定，请先解绑`,
        ),
      );
    const server = await this.scope.cloudLoaders.serverById.load(row.cloudId);
    if (!server) throw new NotFoundError('Server', args.serverId);
    const routers = await this.scope.cloudLoaders.routersByProjectId.load(tenant.projectId);
    const address = await this.target(fip, server.addresses, routers, args.fixedAddress);
    return this.fresh(
      await this.scope.cloud.associateFloatingIp(fip.id, { serverId: server.id, fixedAddress: address.ip }),
    );
  }

  /** Whoever may command its server; an IP on no server Canopy knows, the tenant's admins (a no-op when unassociated). */
  async disassociate(floatingIpId: string): Promise<CloudFloatingIp> {
    const { fip, tenant } = await this.load(floatingIpId);
    auditTenant(tenant.id);
    const viewer = requireViewer(this.scope.viewer);
    const row = fip.serverId === null ? undefined : await this.scope.rows.serverByCloudId.load(fip.serverId);
    if (row) policy.associateFloatingIp(viewer, row);
    else policy.manageFloatingIps(viewer, tenant.id, 'Floating IP', floatingIpId);
    if (fip.fixedAddress === null) return fip;
    return this.fresh(await this.scope.cloud.disassociateFloatingIp(fip.id));
  }

  /** Associated or not: the cloud disassociates it on the way, as Neutron does. */
  async release(floatingIpId: string): Promise<string> {
    const { fip, tenant } = await this.load(floatingIpId);
    auditTenant(tenant.id);
    policy.manageFloatingIps(requireViewer(this.scope.viewer), tenant.id, 'Floating IP', floatingIpId);
    await this.scope.cloud.releaseFloatingIp(fip.id);
    this.scope.cloudLoaders.floatingIpById.clear(fip.id);
    this.scope.cloudLoaders.floatingIpsByProjectId.clear(fip.projectId);
    return fip.id;
  }

  // ---- fields
  /** The server's floating IPs, from one list of its tenant's per page (ServerService.loadForFields). */
  ofServer(row: ServerRow): MaybePromise<CloudFloatingIp[]> {
    return then(this.servers.live(row), (server) =>
      then(this.scope.cloudLoaders.floatingIpsByProjectId.load(server.projectId), (fips) =>
        fips.filter((f) => f.serverId === server.id),
      ),
    );
  }

  /** Null when unassociated, or when the viewer may not see that server (a member's IP on another's). */
  async server(fip: CloudFloatingIp): Promise<ServerRow | null> {
    if (fip.serverId === null) return null;
    const row = await this.scope.rows.serverByCloudId.load(fip.serverId);
    return row && policy.canReadServer(requireViewer(this.scope.viewer), row) ? row : null;
  }

  async externalNetwork(fip: CloudFloatingIp): Promise<CloudNetwork | null> {
    return (await this.scope.cloudLoaders.networkById.load(fip.externalNetworkId)) ?? null;
  }

  /** An IP of a tenant the viewer may see (NOT_FOUND otherwise), with its tenant. */
  private async load(floatingIpId: string): Promise<{ fip: CloudFloatingIp; tenant: TenantRow }> {
    const fip = await this.scope.cloudLoaders.floatingIpById.load(floatingIpId);
    const tenant = fip && (await tenantOfProject(this.scope, fip.projectId));
    if (!fip || !tenant) throw new NotFoundError('Floating IP', floatingIpId);
    policy.readFloatingIps(requireViewer(this.scope.viewer), tenant.id, 'Floating IP', floatingIpId);
    return { fip, tenant };
  }

  /** Neutron's rule, checked first for a clear message: a router of the tenant, gateway on the IP's network, on the address's subnet. */
  private async target(
    fip: CloudFloatingIp,
    addresses: CloudAddress[],
    routers: CloudRouter[],
    fixedAddress: string | undefined,
  ): Promise<CloudAddress> {
    const routed = (a: CloudAddress) =>
      routers.some(
        (r) => r.externalNetworkId === fip.externalNetworkId && r.interfaces.some((i) => i.subnetId === a.subnetId),
      );
    const chosen = fixedAddress === undefined ? addresses : addresses.filter((a) => a.ip === fixedAddress);
    if (fixedAddress !== undefined && chosen.length === 0)
      throw new BadInputError(
        'fixedAddress',
        bi(`The server has no address ${fixedAddress}`, `该主机没有地址 ${fixedAddress}`),
      );
    const found = chosen.find(routed);
    if (found) return found;
    const networks = present(
      await this.scope.cloudLoaders.networkById.loadMany([
        ...new Set([fip.externalNetworkId, ...chosen.map((a) => a.networkId)]),
      ]),
    );
    const name = (id: string) => networks.find((n) => n.id === id)?.name ?? id;
    const from = [...new Set(chosen.map((a) => name(a.networkId)))].join(', ') || '(none)';
    const to = name(fip.externalNetworkId);
    throw new ConflictError(
      bi(
        `No router of the tenant routes the server's network ${from} to external network ${to}: create a router with gateway ${to} and connect it to that network first`,
        `租户没有将主机所在网络 ${from} 路由到外部网络 ${to} 的路由器：请先创建以 ${to} 为网关的路由器并连接该网络`,
      ),
    );
  }

  private fresh(fip: CloudFloatingIp): CloudFloatingIp {
    this.scope.cloudLoaders.floatingIpById.clear(fip.id).prime(fip.id, fip);
    this.scope.cloudLoaders.floatingIpsByProjectId.clear(fip.projectId);
    return fip;
  }
}

/** A floating IP has no name: NAME sorts by its address, as text. */
function floatingIpKey(order: Order, fip: CloudFloatingIp): Keyset {
  return {
    value: order.field === ListOrderField.NAME ? fip.address : String(fip.createdAt.getTime()),
    id: fip.id,
  };
}
