import { and, eq, inArray, isNull } from 'drizzle-orm';
import { Database } from '../../db/database';
import { BadInputError, bi, ConflictError } from '../../errors';
import { isHostOf, ipToNumber, parseCidr } from '../ipv4';
import { CloudNetwork, CloudSubnet, CreateNetworkSpec } from '../resources';
import { SIM_PUBLIC } from './sim.catalog';
import { SimDb, simTables, uuid } from './sim.db';
import type { simNetworks, simSubnets } from './sim.tables';
import { SimQuotas } from './sim.quota';

type NetworkRow = typeof simNetworks.$inferSelect;
type SubnetRow = typeof simSubnets.$inferSelect;

/** Neutron's networks and subnets; routers are in sim.routers.ts. */
export class SimNetworks {
  private readonly t = simTables(this.db.read);

  constructor(
    private readonly db: Database,
    private readonly quotas: SimQuotas,
  ) {}

  /** The provider's external network `public`, made once on a new database. */
  seedPublic(): Promise<void> {
    const { networks, subnets } = this.t;
    return this.db.transaction(async (tx) => {
      const p = SIM_PUBLIC;
      await tx
        .insert(networks)
        .values({ id: p.networkId, projectId: null, name: p.name, external: true })
        .onConflictDoNothing();
      await tx
        .insert(subnets)
        .values({
          id: p.subnetId,
          networkId: p.networkId,
          name: `${p.name}-subnet`,
          cidr: p.cidr,
          gatewayIp: p.gatewayIp,
          dhcpEnabled: false,
          poolStart: p.poolStart,
          poolEnd: p.poolEnd,
        })
        .onConflictDoNothing();
    });
  }

  create(spec: CreateNetworkSpec): Promise<CloudNetwork> {
    assertSubnet(spec.subnet);
    const { networks, subnets } = this.t;
    return this.db.transaction(async (tx) => {
      await this.quotas.assertRoom(tx, spec.projectId, { networks: 1 });
      const [network] = await tx
        .insert(networks)
        .values({ id: uuid(), projectId: spec.projectId, name: spec.name })
        .returning();
      const { dnsNameservers, ...subnet } = spec.subnet;
      await tx.insert(subnets).values({
        id: uuid(),
        networkId: network.id,
        name: `${spec.name}-subnet`,
        ...subnet,
        dns: dnsNameservers.join(','),
      });
      return (await this.toNetworks(tx, [network]))[0];
    });
  }

  async get(ids: readonly string[]): Promise<Map<string, CloudNetwork>> {
    if (ids.length === 0) return new Map();
    const { networks } = this.t;
    const rows = await this.db.read
      .select()
      .from(networks)
      .where(inArray(networks.id, [...ids]));
    return new Map((await this.toNetworks(this.db.read, rows)).map((n) => [n.id, n]));
  }

  async list(projectIds: readonly string[]): Promise<Map<string, CloudNetwork[]>> {
    const { networks } = this.t;
    const rows =
      projectIds.length === 0
        ? []
        : await this.db.read
            .select()
            .from(networks)
            .where(inArray(networks.projectId, [...projectIds]))
            .orderBy(networks.createdAt, networks.id);
    const found = await this.toNetworks(this.db.read, rows);
    return new Map(projectIds.map((id) => [id, found.filter((n) => n.projectId === id)]));
  }

  async listExternal(): Promise<CloudNetwork[]> {
    const { networks } = this.t;
    const rows = await this.db.read
      .select()
      .from(networks)
      .where(and(eq(networks.external, true), isNull(networks.projectId)))
      .orderBy(networks.name);
    return this.toNetworks(this.db.read, rows);
  }

  async subnets(ids: readonly string[]): Promise<Map<string, CloudSubnet>> {
    if (ids.length === 0) return new Map();
    const { subnets } = this.t;
    const rows = await this.db.read
      .select()
      .from(subnets)
      .where(inArray(subnets.id, [...ids]));
    return new Map(rows.map((row) => [row.id, toSubnet(row)]));
  }

  /** Neutron's NetworkInUse: any port (a server's, a router interface) keeps the network. */
  delete(id: string): Promise<void> {
    const { networks, ports } = this.t;
    return this.db.transaction(async (tx) => {
      const [network] = await tx.select().from(networks).where(eq(networks.id, id));
      if (!network) return;
      if (network.external)
        throw new ConflictError(bi('An external network cannot be deleted here', '外部网络不能在此删除'));
      const [port] = await tx.select().from(ports).where(eq(ports.networkId, id)).limit(1);
      if (port)
        throw new ConflictError(
          bi(
            `Network ${network.name} is in use by ${port.deviceOwner === 'compute' ? 'a server' : 'a router'}; remove it from the network first`,
            `网络 ${network.name} 正被${port.deviceOwner === 'compute' ? '主机' : '路由器'}使用，请先将其移出该网络`,
          ),
        );
      await tx.delete(networks).where(eq(networks.id, id));
    });
  }

  private async toNetworks(tx: SimDb, rows: NetworkRow[]): Promise<CloudNetwork[]> {
    if (rows.length === 0) return [];
    const { subnets } = this.t;
    const found = await tx
      .select({ id: subnets.id, networkId: subnets.networkId })
      .from(subnets)
      .where(
        inArray(
          subnets.networkId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(subnets.id);
    return rows.map((row) => ({
      id: row.id,
      projectId: row.projectId,
      name: row.name,
      external: row.external,
      subnetIds: found.filter((s) => s.networkId === row.id).map((s) => s.id),
    }));
  }
}

/** Neutron's own checks on a subnet (Canopy validates first, with friendlier field names). */
function assertSubnet(subnet: CreateNetworkSpec['subnet']): void {
  const cidr = parseCidr(subnet.cidr);
  if (!cidr || cidr.prefix > 30)
    throw new BadInputError('cidr', bi(`Invalid CIDR ${subnet.cidr}`, `无效的网络地址 ${subnet.cidr}`));
  if (!isHostOf(cidr, subnet.gatewayIp))
    throw new BadInputError(
      'gateway',
      bi(
        `Gateway ${subnet.gatewayIp} is not a host address of ${subnet.cidr}`,
        `网关 ${subnet.gatewayIp} 不是 ${subnet.cidr} 中的主机地址`,
      ),
    );
  const [start, end, gw] = [subnet.poolStart, subnet.poolEnd, subnet.gatewayIp].map((ip) =>
    isHostOf(cidr, ip) ? ipToNumber(ip) : NaN,
  );
  if (Number.isNaN(start) || Number.isNaN(end) || start > end)
    throw new BadInputError(
      'dhcpStartIp',
      bi(
        'The allocation pool must lie inside the subnet, start before end',
        '地址池必须在子网之内，且起始地址在结束地址之前',
      ),
    );
  if (gw >= start && gw <= end)
    throw new BadInputError(
      'gateway',
      bi('The gateway must not lie inside the allocation pool', '网关不能在地址池之内'),
    );
}

export function toSubnet(row: SubnetRow): CloudSubnet {
  const { dns, ...rest } = row;
  return { ...rest, dnsNameservers: dns ? dns.split(',') : [] };
}
