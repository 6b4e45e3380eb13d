import { Tx } from '../../db/database';
import { and, eq, inArray, SQLWrapper } from 'drizzle-orm';
import { bi, ConflictError, NotFoundError } from '../../errors';
import { firstFree } from '../ipv4';
import { SimDb, uuid } from './sim.db';
import { simPorts, simSubnets } from './sim.tables';

export type PortRow = typeof simPorts.$inferSelect;
type DeviceOwner = PortRow['deviceOwner'];

/** Takes the first free address of the subnet's DHCP pool for a device (Neutron's IPAM). */
export function allocatePort(tx: Tx, subnetId: string, deviceOwner: DeviceOwner, deviceId: string): PortRow {
  const subnet = tx.select().from(simSubnets).where(eq(simSubnets.id, subnetId)).get();
  if (!subnet) throw new NotFoundError('Subnet', subnetId);
  const used = new Set(
    tx
      .select({ ip: simPorts.ip })
      .from(simPorts)
      .where(eq(simPorts.subnetId, subnetId))
      .all()
      .map((p) => p.ip),
  );
  const ip = firstFree(subnet.poolStart, subnet.poolEnd, used);
  if (!ip)
    throw new ConflictError(
      bi(`No more IP addresses available on subnet ${subnet.cidr}`, `子网 ${subnet.cidr} 已没有可用的 IP 地址`),
    );
  return tx
    .insert(simPorts)
    .values({ id: uuid(), networkId: subnet.networkId, subnetId, ip, deviceOwner, deviceId })
    .returning()
    .get();
}

/** The first subnet of each network: where a new server's port goes. */
export function firstSubnetOf(tx: SimDb, networkId: string): string {
  const subnet = tx
    .select({ id: simSubnets.id })
    .from(simSubnets)
    .where(eq(simSubnets.networkId, networkId))
    .orderBy(simSubnets.id)
    .limit(1)
    .get();
  if (!subnet)
    throw new ConflictError(
      bi(`Network ${networkId} has no subnet to take an address from`, `网络 ${networkId} 没有可分配地址的子网`),
    );
  return subnet.id;
}

/** Array.isArray alone narrows a readonly array to any[]. */
const isIdList = (devices: readonly string[] | SQLWrapper): devices is readonly string[] => Array.isArray(devices);

/** Ports of the devices: listed by id, or chosen by a subquery (a whole project's servers). */
export function portsOfDevices(tx: SimDb, devices: readonly string[] | SQLWrapper, owner?: DeviceOwner): PortRow[] {
  if (isIdList(devices) && devices.length === 0) return [];
  const where = inArray(simPorts.deviceId, isIdList(devices) ? [...devices] : devices);
  return tx
    .select()
    .from(simPorts)
    .where(owner ? and(where, eq(simPorts.deviceOwner, owner)) : where)
    .all();
}

export function deletePortsOf(tx: Tx, deviceId: string): void {
  tx.delete(simPorts).where(eq(simPorts.deviceId, deviceId)).run();
}
