import {
  CloudNetwork,
  CloudRouter,
  CloudSecurityGroup,
  CloudSecurityGroupRule,
  CloudSubnet,
  CreateNetworkSpec,
  SecurityGroupRuleSpec,
} from '../resources';
import { Api, Query } from './http';

export interface NsNetwork {
  id: string;
  project_id: string;
  name: string;
  subnets: string[];
  created_at?: string;
  'router:external'?: boolean;
}
interface NsSubnet {
  id: string;
  network_id: string;
  name: string;
  cidr: string;
  gateway_ip: string | null;
  enable_dhcp: boolean;
  allocation_pools: Array<{ start: string; end: string }>;
  dns_nameservers: string[];
}
interface NsRouter {
  id: string;
  project_id: string;
  name: string;
  created_at?: string;
  external_gateway_info: { network_id: string; external_fixed_ips?: Array<{ ip_address: string }> } | null;
}
export interface NsPort {
  id: string;
  network_id: string;
  device_id: string;
  device_owner: string;
  fixed_ips: Array<{ subnet_id: string; ip_address: string }>;
  security_groups?: string[];
}

interface NsSecurityGroupRule {
  id: string;
  security_group_id: string;
  project_id: string;
  direction: 'ingress' | 'egress';
  ethertype: 'IPv4' | 'IPv6';
  protocol: string | null;
  port_range_min: number | null;
  port_range_max: number | null;
  remote_ip_prefix: string | null;
  remote_group_id: string | null;
  created_at?: string;
}
interface NsSecurityGroup {
  id: string;
  project_id: string;
  name: string;
  description: string;
  security_group_rules?: NsSecurityGroupRule[];
}

const ROUTER_INTERFACE_OWNERS = [
  'network:router_interface',
  'network:router_interface_distributed',
  'network:ha_router_replicated_interface',
];
export const V2 = '/v2.0';
/** Ids per request: Neutron takes repeated `id=` filters; 40 UUIDs keep a URL under 2 KB. */
const CHUNK = 40;

function chunks<T>(items: readonly T[]): T[][] {
  const unique = [...new Set(items)];
  const out: T[][] = [];
  for (let i = 0; i < unique.length; i += CHUNK) out.push(unique.slice(i, i + CHUNK));
  return out;
}

/** Every item matching `key=value` for any of `values` (repeated filters), in as few calls as the URL length allows. */
export async function byValues<T>(
  api: Api,
  resource: string,
  key: string,
  values: readonly string[],
  extra: Query = [],
): Promise<T[]> {
  const parts = await Promise.all(
    chunks(values).map((part) =>
      api.all<T>('network', `${V2}/${resource}`, resource.replace(/-/g, '_'), {
        query: [...part.map((v) => [key, v] as [string, string]), ...extra],
      }),
    ),
  );
  return parts.flat();
}

/** Oldest first, as the simulated cloud lists (Neutron's own order is unspecified). */
export function byCreation<T extends { id: string; created_at?: string }>(items: T[]): T[] {
  return items.sort((a, b) => (a.created_at ?? '').localeCompare(b.created_at ?? '') || a.id.localeCompare(b.id));
}

function toNetwork(n: NsNetwork): CloudNetwork {
  const external = n['router:external'] === true;
  return {
    id: n.id,
    projectId: external ? null : n.project_id,
    name: n.name,
    external,
    subnetIds: [...n.subnets].sort(),
  };
}

function toSubnet(s: NsSubnet): CloudSubnet {
  const pool = s.allocation_pools[0] ?? { start: '', end: '' };
  return {
    id: s.id,
    networkId: s.network_id,
    name: s.name,
    cidr: s.cidr,
    gatewayIp: s.gateway_ip ?? '',
    dhcpEnabled: s.enable_dhcp,
    poolStart: pool.start,
    poolEnd: pool.end,
    dnsNameservers: s.dns_nameservers,
  };
}

/** Neutron: networks, subnets, routers and their interfaces (ports), security groups, ports of servers. */
export const neutron = {
  async createNetwork(api: Api, spec: CreateNetworkSpec): Promise<CloudNetwork> {
    const { body } = await api.post<{ network: NsNetwork }>('network', `${V2}/networks`, {
      body: { network: { name: spec.name, project_id: spec.projectId, admin_state_up: true } },
    });
    const network = body.network;
    try {
      const s = spec.subnet;
      const { body: made } = await api.post<{ subnet: NsSubnet }>('network', `${V2}/subnets`, {
        body: {
          subnet: {
            network_id: network.id,
            project_id: spec.projectId,
            name: `${spec.name}-subnet`,
            ip_version: 4,
            cidr: s.cidr,
            gateway_ip: s.gatewayIp,
            enable_dhcp: s.dhcpEnabled,
            allocation_pools: [{ start: s.poolStart, end: s.poolEnd }],
            dns_nameservers: s.dnsNameservers,
          },
        },
      });
      return toNetwork({ ...network, subnets: [made.subnet.id] });
    } catch (error) {
      await api.delete('network', `${V2}/networks/${network.id}`).catch(() => undefined);
      throw error;
    }
  },

  async getNetworks(api: Api, ids: readonly string[]): Promise<Map<string, CloudNetwork>> {
    const found = await byValues<NsNetwork>(api, 'networks', 'id', ids);
    return new Map(found.map((n) => [n.id, toNetwork(n)]));
  },

  async listNetworks(api: Api, projectIds: readonly string[]): Promise<Map<string, CloudNetwork[]>> {
    const found = byCreation(
      (await byValues<NsNetwork>(api, 'networks', 'project_id', projectIds)).filter((n) => !n['router:external']),
    );
    return new Map(projectIds.map((id) => [id, found.filter((n) => n.project_id === id).map(toNetwork)]));
  },

  async listExternalNetworks(api: Api): Promise<CloudNetwork[]> {
    const found = await api.all<NsNetwork>('network', `${V2}/networks`, 'networks', {
      query: [['router:external', 'true']],
    });
    return found.map(toNetwork).sort((a, b) => a.name.localeCompare(b.name));
  },

  async getSubnets(api: Api, ids: readonly string[]): Promise<Map<string, CloudSubnet>> {
    const found = await byValues<NsSubnet>(api, 'subnets', 'id', ids);
    return new Map(found.map((s) => [s.id, toSubnet(s)]));
  },

  async deleteNetwork(api: Api, id: string): Promise<void> {
    await api.delete('network', `${V2}/networks/${id}`, { kind: 'Network', id });
  },

  async createRouter(
    api: Api,
    spec: { projectId: string; name: string; externalNetworkId: string },
  ): Promise<CloudRouter> {
    const { body } = await api.post<{ router: NsRouter }>('network', `${V2}/routers`, {
      body: {
        router: {
          name: spec.name,
          project_id: spec.projectId,
          external_gateway_info: { network_id: spec.externalNetworkId },
        },
      },
    });
    return toRouter(body.router, []);
  },

  async getRouters(api: Api, ids: readonly string[]): Promise<Map<string, CloudRouter>> {
    if (ids.length === 0) return new Map();
    const [routers, ports] = await Promise.all([
      byValues<NsRouter>(api, 'routers', 'id', ids),
      this.interfacePorts(api, ids),
    ]);
    return new Map(routers.map((r) => [r.id, toRouter(r, ports)]));
  },

  async listRouters(api: Api, projectIds: readonly string[]): Promise<Map<string, CloudRouter[]>> {
    const routers = byCreation(await byValues<NsRouter>(api, 'routers', 'project_id', projectIds));
    const ports =
      routers.length === 0
        ? []
        : await this.interfacePorts(
            api,
            routers.map((r) => r.id),
          );
    return new Map(
      projectIds.map((id) => [id, routers.filter((r) => r.project_id === id).map((r) => toRouter(r, ports))]),
    );
  },

  async deleteRouter(api: Api, id: string): Promise<void> {
    await api.delete('network', `${V2}/routers/${id}`, { kind: 'Router', id });
  },

  async addRouterInterface(api: Api, routerId: string, subnetId: string): Promise<void> {
    await api.put('network', `${V2}/routers/${routerId}/add_router_interface`, {
      body: { subnet_id: subnetId },
      kind: 'Router',
      id: routerId,
    });
  },

  async removeRouterInterface(api: Api, routerId: string, subnetId: string): Promise<void> {
    await api.put('network', `${V2}/routers/${routerId}/remove_router_interface`, {
      body: { subnet_id: subnetId },
      kind: 'Router interface on subnet',
      id: subnetId,
    });
  },

  interfacePorts(api: Api, routerIds: readonly string[]): Promise<NsPort[]> {
    return byValues<NsPort>(
      api,
      'ports',
      'device_id',
      routerIds,
      ROUTER_INTERFACE_OWNERS.map((o) => ['device_owner', o] as [string, string]),
    );
  },

  /** Listing a project's groups makes Neutron create its `default` group, as on a project's first use. */
  async listSecurityGroups(api: Api, projectIds: readonly string[]): Promise<Map<string, CloudSecurityGroup[]>> {
    const found = await byValues<NsSecurityGroup>(api, 'security-groups', 'project_id', projectIds, GROUP_FIELDS);
    const groups = found.map(toSecurityGroup).sort((a, b) => a.name.localeCompare(b.name));
    return new Map(projectIds.map((id) => [id, groups.filter((g) => g.projectId === id)]));
  },

  async getSecurityGroups(api: Api, ids: readonly string[]): Promise<Map<string, CloudSecurityGroup>> {
    const found = await byValues<NsSecurityGroup>(api, 'security-groups', 'id', ids, GROUP_FIELDS);
    return new Map(found.map((g) => [g.id, toSecurityGroup(g)]));
  },

  async createSecurityGroup(
    api: Api,
    spec: { projectId: string; name: string; description: string },
  ): Promise<CloudSecurityGroup> {
    const { body } = await api.post<{ security_group: NsSecurityGroup }>('network', `${V2}/security-groups`, {
      body: { security_group: { name: spec.name, description: spec.description, project_id: spec.projectId } },
    });
    return toSecurityGroup(body.security_group);
  },

  async deleteSecurityGroup(api: Api, id: string): Promise<void> {
    await api.delete('network', `${V2}/security-groups/${id}`, { kind: 'Security group', id });
  },

  async addSecurityGroupRule(api: Api, spec: SecurityGroupRuleSpec): Promise<CloudSecurityGroupRule> {
    const { body } = await api.post<{ security_group_rule: NsSecurityGroupRule }>(
      'network',
      `${V2}/security-group-rules`,
      {
        body: {
          security_group_rule: {
            security_group_id: spec.securityGroupId,
            project_id: spec.projectId,
            direction: spec.direction,
            ethertype: spec.ethertype,
            protocol: spec.protocol,
            port_range_min: spec.portMin,
            port_range_max: spec.portMax,
            remote_ip_prefix: spec.remoteCidr,
            remote_group_id: spec.remoteSecurityGroupId,
          },
        },
        kind: 'Security group',
        id: spec.securityGroupId,
      },
    );
    return toRule(body.security_group_rule);
  },

  async getSecurityGroupRules(api: Api, ids: readonly string[]): Promise<Map<string, CloudSecurityGroupRule>> {
    const found = await byValues<NsSecurityGroupRule>(api, 'security-group-rules', 'id', ids);
    return new Map(found.map((r) => [r.id, toRule(r)]));
  },

  async removeSecurityGroupRule(api: Api, id: string): Promise<void> {
    await api.delete('network', `${V2}/security-group-rules/${id}`, { kind: 'Security group rule', id });
  },

  /** The groups of one port; Nova shows a server's groups from its ports. */
  async setPortSecurityGroups(api: Api, portId: string, securityGroupIds: readonly string[]): Promise<void> {
    await api.put('network', `${V2}/ports/${portId}`, {
      body: { port: { security_groups: securityGroupIds } },
      kind: 'Port',
      id: portId,
    });
  },

  /** A server's port, made before the server so that an exhausted address pool is a CONFLICT at once, not a server in ERROR. */
  async createPort(
    api: Api,
    spec: { projectId: string; networkId: string; name: string; securityGroupIds: string[] },
  ): Promise<NsPort> {
    const { body } = await api.post<{ port: NsPort }>('network', `${V2}/ports`, {
      body: {
        port: {
          network_id: spec.networkId,
          project_id: spec.projectId,
          name: spec.name,
          security_groups: spec.securityGroupIds,
        },
      },
      kind: 'Network',
      id: spec.networkId,
    });
    return body.port;
  },

  portsOfDevices(api: Api, deviceIds: readonly string[]): Promise<NsPort[]> {
    return byValues<NsPort>(api, 'ports', 'device_id', deviceIds);
  },

  async deletePort(api: Api, id: string): Promise<void> {
    await api.delete('network', `${V2}/ports/${id}`);
  },

  async quota(api: Api, projectId: string): Promise<Record<NeutronQuotaKey, { limit: number; used: number }>> {
    const { body } = await api.get<{ quota: Record<string, { limit: number; used: number }> }>(
      'network',
      `${V2}/quotas/${projectId}/details`,
    );
    return Object.fromEntries(Object.entries(NEUTRON_QUOTAS).map(([key, name]) => [key, body.quota[name]])) as Record<
      NeutronQuotaKey,
      { limit: number; used: number }
    >;
  },

  async setQuota(api: Api, projectId: string, limits: Partial<Record<NeutronQuotaKey, number>>): Promise<void> {
    const quota: Record<string, number> = {};
    for (const [key, name] of Object.entries(NEUTRON_QUOTAS)) {
      const limit = limits[key as NeutronQuotaKey];
      if (limit !== undefined) quota[name] = limit;
    }
    if (Object.keys(quota).length > 0) await api.put('network', `${V2}/quotas/${projectId}`, { body: { quota } });
  },
};

/** Canopy's quota keys that are Neutron's, and Neutron's names for them. */
export const NEUTRON_QUOTAS = {
  networks: 'network',
  routers: 'router',
  securityGroups: 'security_group',
  securityGroupRules: 'security_group_rule',
  floatingIps: 'floatingip',
} as const;
export type NeutronQuotaKey = keyof typeof NEUTRON_QUOTAS;

const GROUP_FIELDS: Query = ['id', 'project_id', 'name', 'description', 'security_group_rules'].map(
  (f) => ['fields', f] as [string, string],
);

function toSecurityGroup(g: NsSecurityGroup): CloudSecurityGroup {
  return {
    id: g.id,
    projectId: g.project_id,
    name: g.name,
    description: g.description,
    rules: byCreation([...(g.security_group_rules ?? [])]).map(toRule),
  };
}

function toRule(r: NsSecurityGroupRule): CloudSecurityGroupRule {
  return {
    id: r.id,
    securityGroupId: r.security_group_id,
    projectId: r.project_id,
    direction: r.direction,
    ethertype: r.ethertype,
    protocol: r.protocol,
    portMin: r.port_range_min,
    portMax: r.port_range_max,
    remoteCidr: r.remote_ip_prefix,
    remoteSecurityGroupId: r.remote_group_id,
  };
}

function toRouter(r: NsRouter, ports: NsPort[]): CloudRouter {
  const gateway = r.external_gateway_info;
  return {
    id: r.id,
    projectId: r.project_id,
    name: r.name,
    externalNetworkId: gateway?.network_id ?? null,
    externalIp: gateway?.external_fixed_ips?.[0]?.ip_address ?? null,
    interfaces: ports
      .filter((p) => p.device_id === r.id)
      .flatMap((p) =>
        p.fixed_ips.map((ip) => ({ subnetId: ip.subnet_id, networkId: p.network_id, ip: ip.ip_address })),
      ),
  };
}
