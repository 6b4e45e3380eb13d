import { Tx } from '../../db/database';
import { and, eq, inArray, SQLWrapper } from 'drizzle-orm';
import { bi, ConflictError, NotFoundError } from '../../errors';
import { firstFree } from '../ipv4';
import { SimDb, simTables, uuid } from './sim.db';
import type { simPorts } from './sim.tables';

export type PortRow = typeof simPorts.$inferSelect;
type DeviceOwner = PortRow['deviceOwner'];

/**
 * Takes the first free address of the subnet's DHCP pool for a device (Neutron's IPAM). Two at
 * once cannot take the same one: on SQLite the writers run one at a time; on PostgreSQL the
 * SERIALIZABLE transaction that read the same ports is failed and run again, so it reads the
 * address the other took (the UNIQUE index on subnet and ip is the last guard, never caught).
 */
export async function allocatePort(
  tx: Tx,
  subnetId: string,
  deviceOwner: DeviceOwner,
  deviceId: string,
): Promise<PortRow> {
  const { ports, subnets } = simTables(tx);
  const [subnet] = await tx.select().from(subnets).where(eq(subnets.id, subnetId));
  if (!subnet) throw new NotFoundError('Subnet', subnetId);
  const used = new Set(
    (await tx.select({ ip: ports.ip }).from(ports).where(eq(ports.subnetId, subnetId))).map((p) => p.ip),
  );
  const ip = firstFree(subnet.poolStart, subnet.poolEnd, used);
  if (!ip)
    throw new ConflictError(
      bi(`No more IP addresses available on subnet ${subnet.cidr}`, `子网 ${subnet.cidr} 已没有可用的 IP 地址`),
    );
  const [port] = await tx
    .insert(ports)
    .values({ id: uuid(), networkId: subnet.networkId, subnetId, ip, deviceOwner, deviceId })
    .returning();
  return port;
}

/** The first subnet of each network: where a new server's port goes. */
export async function firstSubnetOf(tx: SimDb, networkId: string): Promise<string> {
  const { subnets } = simTables(tx);
  const [subnet] = await tx
    .select({ id: subnets.id })
    .from(subnets)
    .where(eq(subnets.networkId, networkId))
    .orderBy(subnets.id)
    .limit(1);
  if (!subnet)
    throw new ConflictError(
      bi(`Network ${networkId} has no subnet to take an address from`, `网络 ${networkId} 没有可分配地址的子网`),
    );
  return subnet.id;
}

/** Array.isArray alone narrows a readonly array to any[]. */
const isIdList = (devices: readonly string[] | SQLWrapper): devices is readonly string[] => Array.isArray(devices);

/** Ports of the devices: listed by id, or chosen by a subquery (a whole project's servers). */
export async function portsOfDevices(
  tx: SimDb,
  devices: readonly string[] | SQLWrapper,
  owner?: DeviceOwner,
): Promise<PortRow[]> {
  if (isIdList(devices) && devices.length === 0) return [];
  const { ports } = simTables(tx);
  const where = inArray(ports.deviceId, isIdList(devices) ? [...devices] : devices);
  return tx
    .select()
    .from(ports)
    .where(owner ? and(where, eq(ports.deviceOwner, owner)) : where);
}

/** As Neutron does, a floating IP mapped to one of the ports stays allocated, unassociated. */
export async function deletePortsOf(tx: Tx, deviceId: string): Promise<void> {
  const { floatingIps, ports } = simTables(tx);
  await tx
    .update(floatingIps)
    .set({ fixedPortId: null })
    .where(
      inArray(floatingIps.fixedPortId, tx.select({ id: ports.id }).from(ports).where(eq(ports.deviceId, deviceId))),
    );
  await tx.delete(ports).where(eq(ports.deviceId, deviceId));
}
