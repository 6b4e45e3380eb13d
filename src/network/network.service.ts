import { auditTenant } from '../audit/audit.context';
import { policy, requireViewer } from '../auth/policy';
import { CloudNetwork, CloudRouter, CloudSubnet } from '../cloud/resources';
import { present, ResourceDeps, tenantFor, tenantOfProject } from '../resources/deps';
import { bi, ConflictError, NotFoundError } from '../errors';
import { TenantRow } from '../identity/identity.repo';
import { Connection, nameKeyOf, nameOrderOf, pageInMemory } from '../graphql/paging';
import { NamedPageArgs } from './network-page.inputs';
import { subnetSpec, SubnetArgs } from './subnet.rules';

export interface CreateNetworkArgs extends SubnetArgs {
  tenantId: number;
  name: string;
}

/** Tenant networks (ids are the cloud's UUIDs) and the provider's external networks. */
export class NetworkService {
  constructor(private readonly scope: ResourceDeps) {}

  /** The tenant's networks, or the one with `networkId` (NOT_FOUND when it is not the tenant's). */
  async list(tenantId: number | undefined, networkId?: string): Promise<CloudNetwork[]> {
    const tenant = await tenantFor(this.scope, tenantId);
    const networks = await this.ofTenant(tenant);
    if (networkId === undefined) return networks;
    const one = networks.find((n) => n.id === networkId);
    if (!one) throw new NotFoundError('Network', networkId);
    return [one];
  }

  async ofTenant(tenant: TenantRow): Promise<CloudNetwork[]> {
    policy.readTenantResources(requireViewer(this.scope.viewer), tenant.id, 'Tenant', tenant.id);
    return this.scope.cloudLoaders.networksByProjectId.load(tenant.projectId);
  }

  /** `tenant.networks`: one list call (Neutron's networks of the project), sorted and cut in memory. */
  async pageOfTenant(tenant: TenantRow, args: NamedPageArgs): Promise<Connection<CloudNetwork>> {
    const order = nameOrderOf(args.orderBy);
    return pageInMemory(await this.ofTenant(tenant), order, args, nameKeyOf);
  }

  async external(): Promise<CloudNetwork[]> {
    requireViewer(this.scope.viewer);
    return this.scope.cloud.listExternalNetworks();
  }

  /** Names are unique inside a tenant (the seed's rule; Neutron itself allows duplicates). */
  async create(args: CreateNetworkArgs): Promise<CloudNetwork> {
    const tenant = await tenantFor(this.scope, args.tenantId);
    policy.manageTenantResources(requireViewer(this.scope.viewer), tenant.id, 'Tenant', tenant.id);
    const subnet = subnetSpec(args);
    const existing = await this.scope.cloudLoaders.networksByProjectId.load(tenant.projectId);
    if (existing.some((n) => n.name === args.name))
      throw new ConflictError(
        bi(`The tenant already has a network named "${args.name}"`, `该租户已有名为“${args.name}”的网络`),
      );
    return this.scope.cloud.createNetwork({ projectId: tenant.projectId, name: args.name, subnet });
  }

  /** The cloud refuses while a server or router interface is on the network (CONFLICT). */
  async delete(networkId: string): Promise<string> {
    const network = await this.load(networkId);
    const tenant = await this.tenantOf(network);
    auditTenant(tenant.id);
    policy.manageTenantResources(requireViewer(this.scope.viewer), tenant.id, 'Network', networkId);
    await this.scope.cloud.deleteNetwork(network.id);
    return network.id;
  }

  /** A tenant network the viewer may see; the provider's networks and other tenants' are NOT_FOUND. */
  async load(networkId: string): Promise<CloudNetwork> {
    const network = await this.scope.cloudLoaders.networkById.load(networkId);
    if (!network) throw new NotFoundError('Network', networkId);
    const tenant = await this.tenantOf(network);
    policy.readTenantResources(requireViewer(this.scope.viewer), tenant.id, 'Network', networkId);
    return network;
  }

  // ---- fields
  async subnets(network: CloudNetwork): Promise<CloudSubnet[]> {
    return present(await this.scope.cloudLoaders.subnetById.loadMany(network.subnetIds));
  }

  async firstSubnet(network: CloudNetwork): Promise<CloudSubnet | null> {
    return (await this.subnets(network))[0] ?? null;
  }

  /** Routers with an interface on this network. */
  async routers(network: CloudNetwork): Promise<CloudRouter[]> {
    if (network.projectId === null) return [];
    const routers = await this.scope.cloudLoaders.routersByProjectId.load(network.projectId);
    return routers.filter((r) => r.interfaces.some((i) => i.networkId === network.id));
  }

  async tenant(network: CloudNetwork): Promise<TenantRow | null> {
    return (await tenantOfProject(this.scope, network.projectId)) ?? null;
  }

  private async tenantOf(network: CloudNetwork): Promise<TenantRow> {
    const tenant = await tenantOfProject(this.scope, network.projectId);
    if (!tenant) throw new NotFoundError('Network', network.id);
    return tenant;
  }
}
