import { and, eq, inArray } from 'drizzle-orm';
import { Database } from '../../db/database';
import { BadInputError, bi, ConflictError, NotFoundError } from '../../errors';
import { overlaps, parseCidr } from '../ipv4';
import { CloudRouter } from '../resources';
import { SimDb, simTransaction, uuid } from './sim.db';
import { allocatePort, deletePortsOf, firstSubnetOf, portsOfDevices } from './sim.ports';
import { SimQuotas } from './sim.quota';
import { simNetworks, simPorts, simRouters, simSubnets } from './sim.tables';

type RouterRow = typeof simRouters.$inferSelect;

/** Neutron's routers: a gateway port on an external network and interfaces on tenant subnets. */
export class SimRouters {
  constructor(
    private readonly db: Database,
    private readonly quotas: SimQuotas,
  ) {}

  create(spec: { projectId: string; name: string; externalNetworkId: string }): Promise<CloudRouter> {
    return simTransaction(this.db, (tx) => {
      const external = tx.select().from(simNetworks).where(eq(simNetworks.id, spec.externalNetworkId)).get();
      if (!external) throw new NotFoundError('Network', spec.externalNetworkId);
      if (!external.external)
        throw new BadInputError(
          'externalNetworkId',
          bi(`Network ${external.name} is not an external network`, `网络 ${external.name} 不是外部网络`),
        );
      this.quotas.assertRoom(tx, spec.projectId, { routers: 1 });
      const router = tx
        .insert(simRouters)
        .values({ id: uuid(), projectId: spec.projectId, name: spec.name, externalNetworkId: external.id })
        .returning()
        .get();
      allocatePort(tx, firstSubnetOf(tx, external.id), 'router_gateway', router.id);
      return this.toRouters(tx, [router])[0];
    });
  }

  get(ids: readonly string[]): Map<string, CloudRouter> {
    if (ids.length === 0) return new Map();
    const rows = this.db.read
      .select()
      .from(simRouters)
      .where(inArray(simRouters.id, [...ids]))
      .all();
    return new Map(this.toRouters(this.db.read, rows).map((r) => [r.id, r]));
  }

  list(projectIds: readonly string[]): Map<string, CloudRouter[]> {
    const rows =
      projectIds.length === 0
        ? []
        : this.db.read
            .select()
            .from(simRouters)
            .where(inArray(simRouters.projectId, [...projectIds]))
            .orderBy(simRouters.createdAt, simRouters.id)
            .all();
    const routers = this.toRouters(this.db.read, rows);
    return new Map(projectIds.map((id) => [id, routers.filter((r) => r.projectId === id)]));
  }

  /** Neutron's RouterInUse: interfaces must be removed first; the gateway goes with the router. */
  delete(id: string): Promise<void> {
    return simTransaction(this.db, (tx) => {
      if (portsOfDevices(tx, [id], 'router_interface').length > 0)
        throw new ConflictError(
          bi('The router still has interfaces; disconnect its networks first', '路由器仍连接着网络，请先断开'),
        );
      deletePortsOf(tx, id);
      tx.delete(simRouters).where(eq(simRouters.id, id)).run();
    });
  }

  /** The interface takes the subnet's gateway address, as Neutron does when no port is given. */
  addInterface(routerId: string, subnetId: string): Promise<CloudRouter> {
    return simTransaction(this.db, (tx) => {
      const router = this.load(tx, routerId);
      const subnet = tx.select().from(simSubnets).where(eq(simSubnets.id, subnetId)).get();
      if (!subnet) throw new NotFoundError('Subnet', subnetId);
      const current = portsOfDevices(tx, [routerId], 'router_interface');
      if (current.some((p) => p.subnetId === subnetId))
        throw new ConflictError(bi('The router is already connected to this network', '路由器已连接到该网络'));
      const cidr = parseCidr(subnet.cidr)!;
      const others =
        current.length === 0
          ? []
          : tx
              .select()
              .from(simSubnets)
              .where(
                inArray(
                  simSubnets.id,
                  current.map((p) => p.subnetId),
                ),
              )
              .all();
      const clash = others.find((other) => overlaps(cidr, parseCidr(other.cidr)!));
      if (clash)
        throw new ConflictError(
          bi(
            `The network's subnet ${subnet.cidr} overlaps ${clash.cidr}, already on this router`,
            `该网络的子网 ${subnet.cidr} 与路由器上已连接的 ${clash.cidr} 重叠`,
          ),
        );
      const taken = tx
        .select()
        .from(simPorts)
        .where(and(eq(simPorts.subnetId, subnetId), eq(simPorts.ip, subnet.gatewayIp)))
        .get();
      if (taken)
        throw new ConflictError(
          bi(`The gateway address ${subnet.gatewayIp} is already in use`, `网关地址 ${subnet.gatewayIp} 已被占用`),
        );
      tx.insert(simPorts)
        .values({
          id: uuid(),
          networkId: subnet.networkId,
          subnetId,
          ip: subnet.gatewayIp,
          deviceOwner: 'router_interface',
          deviceId: routerId,
        })
        .run();
      return this.toRouters(tx, [router])[0];
    });
  }

  removeInterface(routerId: string, subnetId: string): Promise<CloudRouter> {
    return simTransaction(this.db, (tx) => {
      const router = this.load(tx, routerId);
      const removed = tx
        .delete(simPorts)
        .where(
          and(
            eq(simPorts.deviceId, routerId),
            eq(simPorts.deviceOwner, 'router_interface'),
            eq(simPorts.subnetId, subnetId),
          ),
        )
        .returning()
        .get();
      if (!removed) throw new NotFoundError('Router interface on subnet', subnetId);
      return this.toRouters(tx, [router])[0];
    });
  }

  private load(tx: SimDb, id: string): RouterRow {
    const router = tx.select().from(simRouters).where(eq(simRouters.id, id)).get();
    if (!router) throw new NotFoundError('Router', id);
    return router;
  }

  private toRouters(tx: SimDb, rows: RouterRow[]): CloudRouter[] {
    const ports = portsOfDevices(
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
