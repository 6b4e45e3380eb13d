import { and, eq, inArray, ne } from 'drizzle-orm';
import { Database } from '../../db/database';
import { BadInputError, bi, ConflictError, NotFoundError } from '../../errors';
import { CloudFloatingIp } from '../resources';
import { SimDb, simTables, uuid } from './sim.db';
import { allocatePort, deletePortsOf, firstSubnetOf } from './sim.ports';
import { SimQuotas } from './sim.quota';
import type { simFloatingIps } from './sim.tables';

type FloatingIpRow = typeof simFloatingIps.$inferSelect;

/**
 * Neutron's floating IPs: an address of the external subnet (a `floatingip` port, so routers'
 * gateways never take it too) and, when associated, the server port it maps to. Neutron's rule is
 * kept: the port's subnet must be an interface of a router whose gateway is the IP's network.
 */
export class SimFloatingIps {
  private readonly t = simTables(this.db.read);

  constructor(
    private readonly db: Database,
    private readonly quotas: SimQuotas,
  ) {}

  allocate(spec: { projectId: string; externalNetworkId: string }): Promise<CloudFloatingIp> {
    const { networks, floatingIps } = this.t;
    return this.db.transaction(async (tx) => {
      const [network] = await tx.select().from(networks).where(eq(networks.id, spec.externalNetworkId));
      if (!network) throw new NotFoundError('Network', spec.externalNetworkId);
      if (!network.external)
        throw new BadInputError(
          'externalNetworkId',
          bi(`Network ${network.name} is not an external network`, `网络 ${network.name} 不是外部网络`),
        );
      await this.quotas.assertRoom(tx, spec.projectId, { floatingIps: 1 });
      const id = uuid();
      const port = await allocatePort(tx, await firstSubnetOf(tx, network.id), 'floatingip', id);
      const [row] = await tx
        .insert(floatingIps)
        .values({ id, projectId: spec.projectId, externalNetworkId: network.id, address: port.ip })
        .returning();
      return (await this.toFloatingIps(tx, [row]))[0];
    });
  }

  async get(ids: readonly string[]): Promise<Map<string, CloudFloatingIp>> {
    if (ids.length === 0) return new Map();
    const { floatingIps } = this.t;
    const rows = await this.db.read
      .select()
      .from(floatingIps)
      .where(inArray(floatingIps.id, [...ids]));
    return new Map((await this.toFloatingIps(this.db.read, rows)).map((f) => [f.id, f]));
  }

  async list(projectIds: readonly string[]): Promise<Map<string, CloudFloatingIp[]>> {
    const { floatingIps } = this.t;
    const rows =
      projectIds.length === 0
        ? []
        : await this.db.read
            .select()
            .from(floatingIps)
            .where(inArray(floatingIps.projectId, [...projectIds]))
            .orderBy(floatingIps.createdAt, floatingIps.id);
    const found = await this.toFloatingIps(this.db.read, rows);
    return new Map(projectIds.map((id) => [id, found.filter((f) => f.projectId === id)]));
  }

  associate(id: string, target: { serverId: string; fixedAddress: string }): Promise<CloudFloatingIp> {
    const { floatingIps, ports, servers } = this.t;
    return this.db.transaction(async (tx) => {
      const fip = await this.load(tx, id);
      if (fip.fixedPortId !== null)
        throw new ConflictError(
          bi(
            `Floating IP ${fip.address} is already associated; disassociate it first`,
            `浮动IP ${fip.address} 已绑定，请先解绑`,
          ),
        );
      const [server] = await tx.select().from(servers).where(eq(servers.id, target.serverId));
      if (!server || server.projectId !== fip.projectId) throw new NotFoundError('Server', target.serverId);
      const [port] = await tx
        .select()
        .from(ports)
        .where(and(eq(ports.deviceId, server.id), eq(ports.deviceOwner, 'compute'), eq(ports.ip, target.fixedAddress)));
      if (!port) throw new NotFoundError('Server address', target.fixedAddress);
      const [other] = await tx
        .select({ address: floatingIps.address })
        .from(floatingIps)
        .where(
          and(
            eq(floatingIps.fixedPortId, port.id),
            eq(floatingIps.externalNetworkId, fip.externalNetworkId),
            ne(floatingIps.id, fip.id),
          ),
        );
      if (other)
        throw new ConflictError(
          bi(
            `Address ${port.ip} already has floating IP ${other.address} of this external network`,
            `地址 ${port.ip} 已绑定该外部网络的浮动IP ${other.address}`,
          ),
        );
      if (!(await routed(tx, fip.projectId, fip.externalNetworkId, port.subnetId)))
        throw new ConflictError(
          bi(
            `No router of the tenant joins the network of ${port.ip} to the floating IP's external network; connect a router with that gateway to it first`,
            `租户没有将 ${port.ip} 所在网络连接到该浮动IP外部网络的路由器，请先用以该外部网络为网关的路由器连接该网络`,
          ),
        );
      const [updated] = await tx
        .update(floatingIps)
        .set({ fixedPortId: port.id })
        .where(eq(floatingIps.id, id))
        .returning();
      return (await this.toFloatingIps(tx, [updated]))[0];
    });
  }

  disassociate(id: string): Promise<CloudFloatingIp> {
    const { floatingIps } = this.t;
    return this.db.transaction(async (tx) => {
      await this.load(tx, id);
      const [updated] = await tx
        .update(floatingIps)
        .set({ fixedPortId: null })
        .where(eq(floatingIps.id, id))
        .returning();
      return (await this.toFloatingIps(tx, [updated]))[0];
    });
  }

  release(id: string): Promise<void> {
    const { floatingIps } = this.t;
    return this.db.transaction(async (tx) => {
      await deletePortsOf(tx, id);
      await tx.delete(floatingIps).where(eq(floatingIps.id, id));
    });
  }

  private async load(tx: SimDb, id: string): Promise<FloatingIpRow> {
    const { floatingIps } = this.t;
    const [row] = await tx.select().from(floatingIps).where(eq(floatingIps.id, id));
    if (!row) throw new NotFoundError('Floating IP', id);
    return row;
  }

  private async toFloatingIps(tx: SimDb, rows: FloatingIpRow[]): Promise<CloudFloatingIp[]> {
    const portIds = rows.flatMap((r) => (r.fixedPortId === null ? [] : [r.fixedPortId]));
    const { ports } = this.t;
    const fixed = new Map(
      (portIds.length === 0 ? [] : await tx.select().from(ports).where(inArray(ports.id, portIds))).map((p) => [
        p.id,
        p,
      ]),
    );
    return rows.map((row) => {
      const port = row.fixedPortId === null ? undefined : fixed.get(row.fixedPortId);
      return {
        id: row.id,
        projectId: row.projectId,
        externalNetworkId: row.externalNetworkId,
        address: row.address,
        status: port ? 'ACTIVE' : 'DOWN',
        serverId: port?.deviceId ?? null,
        fixedAddress: port?.ip ?? null,
        createdAt: row.createdAt,
      };
    });
  }
}

/** Neutron's route for a floating IP: a router of the project, gateway on the network, an interface on the subnet. */
async function routed(tx: SimDb, projectId: string, externalNetworkId: string, subnetId: string): Promise<boolean> {
  const { ports, routers } = simTables(tx);
  const [found] = await tx
    .select({ id: routers.id })
    .from(routers)
    .innerJoin(ports, and(eq(ports.deviceId, routers.id), eq(ports.deviceOwner, 'router_interface')))
    .where(
      and(
        eq(routers.projectId, projectId),
        eq(routers.externalNetworkId, externalNetworkId),
        eq(ports.subnetId, subnetId),
      ),
    )
    .limit(1);
  return found !== undefined;
}
