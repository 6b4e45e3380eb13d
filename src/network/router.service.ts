import { auditTenant } from '../audit/audit.context';
import { policy, requireViewer } from '../auth/policy';
import { CloudNetwork, CloudRouter } from '../cloud/resources';
import { present, ResourceDeps, tenantFor, tenantOfProject } from '../resources/deps';
import { BadInputError, bi, NotFoundError } from '../errors';
import { TenantRow } from '../identity/identity.repo';
import { Connection, nameKeyOf, nameOrderOf, pageInMemory } from '../graphql/paging';
import { NamedPageArgs } from './network-page.inputs';

/** Tenant routers: a gateway on an external network, interfaces on the tenant's networks. */
export class RouterService {
  constructor(private readonly scope: ResourceDeps) {}

  async list(tenantId: number | undefined): Promise<CloudRouter[]> {
    return this.ofTenant(await tenantFor(this.scope, tenantId));
  }

  async ofTenant(tenant: TenantRow): Promise<CloudRouter[]> {
    policy.readTenantResources(requireViewer(this.scope.viewer), tenant.id, 'Tenant', tenant.id);
    return this.scope.cloudLoaders.routersByProjectId.load(tenant.projectId);
  }

  /** `tenant.routers`: one list call (Neutron's routers of the project), sorted and cut in memory. */
  async pageOfTenant(tenant: TenantRow, args: NamedPageArgs): Promise<Connection<CloudRouter>> {
    const order = nameOrderOf(args.orderBy);
    return pageInMemory(await this.ofTenant(tenant), order, args, nameKeyOf);
  }

  async create(args: { tenantId?: number; name: string; externalNetworkId: string }): Promise<CloudRouter> {
    const tenant = await tenantFor(this.scope, args.tenantId);
    policy.manageTenantResources(requireViewer(this.scope.viewer), tenant.id, 'Tenant', tenant.id);
    const external = await this.scope.cloudLoaders.networkById.load(args.externalNetworkId);
    if (!external?.external)
      throw new BadInputError(
        'externalNetworkId',
        bi(`No external network ${args.externalNetworkId}`, `外部网络 ${args.externalNetworkId} 不存在`),
      );
    return this.scope.cloud.createRouter({
      projectId: tenant.projectId,
      name: args.name,
      externalNetworkId: external.id,
    });
  }

  /** The cloud refuses while the router has interfaces (CONFLICT). */
  async delete(routerId: string): Promise<string> {
    const { router } = await this.manageable(routerId);
    await this.scope.cloud.deleteRouter(router.id);
    return router.id;
  }

  async connect(routerId: string, networkId: string, tenantId?: number): Promise<CloudRouter> {
    const { router, subnetId } = await this.withNetwork(routerId, networkId, tenantId);
    return this.fresh(await this.scope.cloud.addRouterInterface(router.id, subnetId));
  }

  async disconnect(routerId: string, networkId: string, tenantId?: number): Promise<CloudRouter> {
    const { router, network } = await this.withNetwork(routerId, networkId, tenantId);
    const subnetId = router.interfaces.find((i) => i.networkId === network.id)?.subnetId;
    if (!subnetId) throw new NotFoundError(`Connection of router ${router.id} to network`, network.id);
    return this.fresh(await this.scope.cloud.removeRouterInterface(router.id, subnetId));
  }

  // ---- fields
  async externalNetwork(router: CloudRouter): Promise<CloudNetwork | null> {
    return router.externalNetworkId === null
      ? null
      : ((await this.scope.cloudLoaders.networkById.load(router.externalNetworkId)) ?? null);
  }

  async networks(router: CloudRouter): Promise<CloudNetwork[]> {
    const ids = [...new Set(router.interfaces.map((i) => i.networkId))];
    return present(await this.scope.cloudLoaders.networkById.loadMany(ids));
  }

  async tenant(router: CloudRouter): Promise<TenantRow | null> {
    return (await tenantOfProject(this.scope, router.projectId)) ?? null;
  }

  /** The router and the tenant network to (dis)connect; both must be the same tenant's (and `tenantId`'s when given). */
  private async withNetwork(routerId: string, networkId: string, tenantId?: number) {
    const { router, tenant } = await this.manageable(routerId, tenantId);
    const network = await this.scope.cloudLoaders.networkById.load(networkId);
    if (!network || network.projectId !== tenant.projectId) throw new NotFoundError('Network', networkId);
    const subnetId = network.subnetIds[0];
    if (!subnetId)
      throw new BadInputError('networkId', bi('The network has no subnet to connect', '该网络没有可连接的子网'));
    return { router, network, subnetId };
  }

  private async manageable(routerId: string, tenantId?: number): Promise<{ router: CloudRouter; tenant: TenantRow }> {
    const router = await this.scope.cloudLoaders.routerById.load(routerId);
    const tenant = router && (await tenantOfProject(this.scope, router.projectId));
    if (!router || !tenant || (tenantId !== undefined && tenant.id !== tenantId))
      throw new NotFoundError('Router', routerId);
    auditTenant(tenant.id);
    policy.manageTenantResources(requireViewer(this.scope.viewer), tenant.id, 'Router', routerId);
    return { router, tenant };
  }

  private fresh(router: CloudRouter): CloudRouter {
    this.scope.cloudLoaders.routerById.clear(router.id).prime(router.id, router);
    return router;
  }
}
