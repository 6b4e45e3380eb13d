import { and, eq, inArray } from 'drizzle-orm';
import { Database } from '../../db/database';
import { BadInputError, bi, ConflictError, NotFoundError } from '../../errors';
import { overlaps, parseCidr } from '../ipv4';
import { CloudRouter } from '../resources';
import { SimDb, simTables, uuid } from './sim.db';
import { allocatePort, deletePortsOf, firstSubnetOf, portsOfDevices } from './sim.ports';
import { SimQuotas } from './sim.quota';
import type { simRouters } from './sim.tables';

type RouterRow = typeof simRouters.$inferSelect;

/** Neutron's routers: a gateway port on an external network and interfaces on tenant subnets. */
export class SimRouters {
  private readonly t = simTables(this.db.read);

  constructor(
    private readonly db: Database,
    private readonly quotas: SimQuotas,
  ) {}

  create(spec: { projectId: string; name: string; externalNetworkId: string }): Promise<CloudRouter> {
    const { networks, routers } = this.t;
    return this.db.transaction(async (tx) => {
      const [external] = await tx.select().from(networks).where(eq(networks.id, spec.externalNetworkId));
      if (!external) throw new NotFoundError('Network', spec.externalNetworkId);
      if (!external.external)
        throw new BadInputError(
          'externalNetworkId',
          bi(`Network ${external.name} is not an external network`, `网络 ${external.name} 不是外部网络`),
        );
      await this.quotas.assertRoom(tx, spec.projectId, { routers: 1 });
      const [router] = await tx
        .insert(routers)
        .values({ id: uuid(), projectId: spec.projectId, name: spec.name, externalNetworkId: external.id })
        .returning();
      await allocatePort(tx, await firstSubnetOf(tx, external.id), 'router_gateway', router.id);
      return (await this.toRouters(tx, [router]))[0];
    });
  }

  async get(ids: readonly string[]): Promise<Map<string, CloudRouter>> {
    if (ids.length === 0) return new Map();
    const { routers } = this.t;
    const rows = await this.db.read
      .select()
      .from(routers)
      .where(inArray(routers.id, [...ids]));
    return new Map((await this.toRouters(this.db.read, rows)).map((r) => [r.id, r]));
  }

  async list(projectIds: readonly string[]): Promise<Map<string, CloudRouter[]>> {
    const { routers } = this.t;
    const rows =
      projectIds.length === 0
        ? []
        : await this.db.read
            .select()
            .from(routers)
            .where(inArray(routers.projectId, [...projectIds]))
            .orderBy(routers.createdAt, routers.id);
    const found = await this.toRouters(this.db.read, rows);
    return new Map(projectIds.map((id) => [id, found.filter((r) => r.projectId === id)]));
  }

  /** Neutron's RouterInUse: interfaces must be removed first; the gateway goes with the router. */
  delete(id: string): Promise<void> {
    const { routers } = this.t;
    return this.db.transaction(async (tx) => {
      if ((await portsOfDevices(tx, [id], 'router_interface')).length > 0)
        throw new ConflictError(
          bi('The router still has interfaces; disconnect its networks first', '路由器仍连接着网络，请先断开'),
        );
      await deletePortsOf(tx, id);
      await tx.delete(routers).where(eq(routers.id, id));
    });
  }

  /**
   * The interface takes the subnet's gateway address, as Neutron does when no port is given. Read
   * before the insert, so that a taken address is a CONFLICT, never a UNIQUE violation (which on
   * PostgreSQL would abort the transaction); a concurrent taker is caught as in allocatePort.
   */
  addInterface(routerId: string, subnetId: string): Promise<CloudRouter> {
    const { ports, subnets } = this.t;
    return this.db.transaction(async (tx) => {
      const router = await this.load(tx, routerId);
      const [subnet] = await tx.select().from(subnets).where(eq(subnets.id, subnetId));
      if (!subnet) throw new NotFoundError('Subnet', subnetId);
      const current = await portsOfDevices(tx, [routerId], 'router_interface');
      if (current.some((p) => p.subnetId === subnetId))
        throw new ConflictError(bi('The router is already connected to this network', '路由器已连接到该网络'));
      const cidr = parseCidr(subnet.cidr)!;
      const others =
        current.length === 0
          ? []
          : await tx
              .select()
              .from(subnets)
              .where(
                inArray(
                  subnets.id,
                  current.map((p) => p.subnetId),
                ),
              );
      const clash = others.find((other) => overlaps(cidr, parseCidr(other.cidr)!));
      if (clash)
        throw new ConflictError(
          bi(
            `The network's subnet ${subnet.cidr} overlaps ${clash.cidr}, already on this router`,
            `该网络的子网 ${subnet.cidr} 与路由器上已连接的 ${clash.cidr} 重叠`,
          ),
        );
      const [taken] = await tx
        .select()
        .from(ports)
        .where(and(eq(ports.subnetId, subnetId), eq(ports.ip, subnet.gatewayIp)));
      if (taken)
        throw new ConflictError(
          bi(`The gateway address ${subnet.gatewayIp} is already in use`, `网关地址 ${subnet.gatewayIp} 已被占用`),
        );
      await tx.insert(ports).values({
        id: uuid(),
        networkId: subnet.networkId,
        subnetId,
        ip: subnet.gatewayIp,
        deviceOwner: 'router_interface',
        deviceId: routerId,
      });
      return (await this.toRouters(tx, [router]))[0];
    });
  }

  /** Neutron's RouterInterfaceInUseByFloatingIP: a floating IP routed through this interface keeps it. */
  removeInterface(routerId: string, subnetId: string): Promise<CloudRouter> {
    const { floatingIps, ports } = this.t;
    return this.db.transaction(async (tx) => {
      const router = await this.load(tx, routerId);
      const [user] = await tx
        .select({ address: floatingIps.address })
        .from(floatingIps)
        .innerJoin(ports, eq(ports.id, floatingIps.fixedPortId))
        .where(
          and(
            eq(floatingIps.projectId, router.projectId),
            eq(floatingIps.externalNetworkId, router.externalNetworkId ?? ''),
            eq(ports.subnetId, subnetId),
          ),
        )
        .limit(1);
      if (user)
        throw new ConflictError(
          bi(
            `Floating IP ${user.address} is routed through this connection; disassociate it first`,
            `浮动IP ${user.address} 经由该连接路由，请先解绑`,
          ),
        );
      const [removed] = await tx
        .delete(ports)
        .where(
          and(eq(ports.deviceId, routerId), eq(ports.deviceOwner, 'router_interface'), eq(ports.subnetId, subnetId)),
        )
        .returning();
      if (!removed) throw new NotFoundError('Router interface on subnet', subnetId);
      return (await this.toRouters(tx, [router]))[0];
    });
  }

  private async load(tx: SimDb, id: string): Promise<RouterRow> {
    const { routers } = this.t;
    const [router] = await tx.select().from(routers).where(eq(routers.id, id));
    if (!router) throw new NotFoundError('Router', id);
    return router;
  }

  private async toRouters(tx: SimDb, rows: RouterRow[]): Promise<CloudRouter[]> {
    const ports = await portsOfDevices(
      tx,
      rows.map((r) => r.id),
    );
    return rows.map((row) => {
      const mine = ports.filter((p) => p.deviceId === row.id);
      return {
        id: row.id,
        projectId: row.projectId,
        name: row.name,
        externalNetworkId: row.externalNetworkId,
        externalIp: mine.find((p) => p.deviceOwner === 'router_gateway')?.ip ?? null,
        interfaces: mine
          .filter((p) => p.deviceOwner === 'router_interface')
          .map((p) => ({ subnetId: p.subnetId, networkId: p.networkId, ip: p.ip })),
      };
    });
  }
}
