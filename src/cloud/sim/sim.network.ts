import { and, eq, inArray, isNull } from 'drizzle-orm';
import { Database } from '../../db/database';
import { BadInputError, bi, ConflictError } from '../../errors';
import { isHostOf, ipToNumber, parseCidr } from '../ipv4';
import { CloudNetwork, CloudSubnet, CreateNetworkSpec } from '../resources';
import { SIM_PUBLIC } from './sim.catalog';
import { SimDb, simTransaction, uuid } from './sim.db';
import { simNetworks, simPorts, simSubnets } from './sim.tables';
import { SimQuotas } from './sim.quota';

type NetworkRow = typeof simNetworks.$inferSelect;
type SubnetRow = typeof simSubnets.$inferSelect;

/** Neutron's networks and subnets; routers are in sim.routers.ts. */
export class SimNetworks {
  constructor(
    private readonly db: Database,
    private readonly quotas: SimQuotas,
  ) {}

  /** The provider's external network `public`, made once on a new database. */
  seedPublic(): Promise<void> {
    return simTransaction(this.db, (tx) => {
      const p = SIM_PUBLIC;
      tx.insert(simNetworks)
        .values({ id: p.networkId, projectId: null, name: p.name, external: true })
        .onConflictDoNothing()
        .run();
      tx.insert(simSubnets)
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
        .onConflictDoNothing()
        .run();
    });
  }

  create(spec: CreateNetworkSpec): Promise<CloudNetwork> {
    assertSubnet(spec.subnet);
    return simTransaction(this.db, (tx) => {
      this.quotas.assertRoom(tx, spec.projectId, { networks: 1 });
      const network = tx
        .insert(simNetworks)
        .values({ id: uuid(), projectId: spec.projectId, name: spec.name })
        .returning()
        .get();
      const { dnsNameservers, ...subnet } = spec.subnet;
      tx.insert(simSubnets)
        .values({
          id: uuid(),
          networkId: network.id,
          name: `${spec.name}-subnet`,
          ...subnet,
          dns: dnsNameservers.join(','),
        })
        .run();
      return this.toNetworks(tx, [network])[0];
    });
  }

  get(ids: readonly string[]): Map<string, CloudNetwork> {
    if (ids.length === 0) return new Map();
    const rows = this.db.read
      .select()
      .from(simNetworks)
      .where(inArray(simNetworks.id, [...ids]))
      .all();
    return new Map(this.toNetworks(this.db.read, rows).map((n) => [n.id, n]));
  }

  list(projectIds: readonly string[]): Map<string, CloudNetwork[]> {
    const rows =
      projectIds.length === 0
        ? []
        : this.db.read
            .select()
            .from(simNetworks)
            .where(inArray(simNetworks.projectId, [...projectIds]))
            .orderBy(simNetworks.createdAt, simNetworks.id)
            .all();
    const networks = this.toNetworks(this.db.read, rows);
    return new Map(projectIds.map((id) => [id, networks.filter((n) => n.projectId === id)]));
  }

  listExternal(): CloudNetwork[] {
    return this.toNetworks(
      this.db.read,
      this.db.read
        .select()
        .from(simNetworks)
        .where(and(eq(simNetworks.external, true), isNull(simNetworks.projectId)))
        .orderBy(simNetworks.name)
        .all(),
    );
  }

  subnets(ids: readonly string[]): Map<string, CloudSubnet> {
    if (ids.length === 0) return new Map();
    return new Map(
      this.db.read
        .select()
        .from(simSubnets)
        .where(inArray(simSubnets.id, [...ids]))
        .all()
        .map((row) => [row.id, toSubnet(row)]),
    );
  }

  /** Neutron's NetworkInUse: any port (a server's, a router interface) keeps the network. */
  delete(id: string): Promise<void> {
    return simTransaction(this.db, (tx) => {
      const network = tx.select().from(simNetworks).where(eq(simNetworks.id, id)).get();
      if (!network) return;
      if (network.external)
        throw new ConflictError(bi('An external network cannot be deleted here', '外部网络不能在此删除'));
      const port = tx.select().from(simPorts).where(eq(simPorts.networkId, id)).limit(1).get();
      if (port)
        throw new ConflictError(
          bi(
            `Network ${network.name} is in use by ${port.deviceOwner === 'compute' ? 'a server' : 'a router'}; remove it from the network first`,
            `网络 ${network.name} 正被${port.deviceOwner === 'compute' ? '主机' : '路由器'}使用，请先将其移出该网络`,
          ),
        );
      tx.delete(simNetworks).where(eq(simNetworks.id, id)).run();
    });
  }

  private toNetworks(tx: SimDb, rows: NetworkRow[]): CloudNetwork[] {
    if (rows.length === 0) return [];
    const subnets = tx
      .select({ id: simSubnets.id, networkId: simSubnets.networkId })
      .from(simSubnets)
      .where(
        inArray(
          simSubnets.networkId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(simSubnets.id)
      .all();
    return rows.map((row) => ({
      id: row.id,
      projectId: row.projectId,
      name: row.name,
      external: row.external,
      subnetIds: subnets.filter((s) => s.networkId === row.id).map((s) => s.id),
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
