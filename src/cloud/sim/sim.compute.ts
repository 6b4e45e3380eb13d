import { eq, inArray, SQLWrapper } from 'drizzle-orm';
import { manyByKey } from '../../db/batch';
import { Database } from '../../db/database';
import { bi, ConflictError, NotFoundError } from '../../errors';
import { Clock } from '../../time/clock';
import { CloudServer, CreateServerSpec, ServerCommand, ServerStatus } from '../resources';
import { SIM_FLAVORS, SIM_IMAGES, SIM_ZONES } from './sim.catalog';
import { SimDb, simTransaction, uuid } from './sim.db';
import { allocatePort, deletePortsOf, firstSubnetOf, portsOfDevices } from './sim.ports';
import { SimQuotas } from './sim.quota';
import { simNetworks, simSecurityGroups, simServers, simVolumeAttachments } from './sim.tables';

type ServerRow = typeof simServers.$inferSelect;

/**
 * Nova's power-state rules: the states each command is allowed from, and where it leads. A soft
 * REBOOT is allowed only from ACTIVE, STOP also from ERROR (nova/compute/api.py check_instance_state).
 */
const TRANSITIONS: Record<ServerCommand, { from: ServerStatus[]; to: ServerStatus }> = {
  PAUSE: { from: ['ACTIVE'], to: 'PAUSED' },
  UNPAUSE: { from: ['PAUSED'], to: 'ACTIVE' },
  STOP: { from: ['ACTIVE', 'ERROR'], to: 'SHUTOFF' },
  START: { from: ['SHUTOFF'], to: 'ACTIVE' },
  SUSPEND: { from: ['ACTIVE'], to: 'SUSPENDED' },
  RESUME: { from: ['SUSPENDED'], to: 'ACTIVE' },
  REBOOT: { from: ['ACTIVE'], to: 'ACTIVE' },
};

/** Nova's servers. Tasks that take time (build, reboot) settle lazily: a read after `settlesAt` sees the end state. */
export class SimCompute {
  constructor(
    private readonly db: Database,
    private readonly quotas: SimQuotas,
    private readonly taskMs: number,
    private readonly clock: Clock,
  ) {}

  create(spec: CreateServerSpec): Promise<CloudServer> {
    const flavor = SIM_FLAVORS.find((f) => f.id === spec.flavorId);
    if (!flavor) throw new NotFoundError('Flavor', spec.flavorId);
    if (!SIM_IMAGES.some((i) => i.id === spec.imageId)) throw new NotFoundError('Image', spec.imageId);
    if (!SIM_ZONES.some((z) => z.name === spec.availabilityZone))
      throw new NotFoundError('Availability zone', spec.availabilityZone);
    return simTransaction(this.db, (tx) => {
      const groups = tx
        .select({ name: simSecurityGroups.name })
        .from(simSecurityGroups)
        .where(eq(simSecurityGroups.projectId, spec.projectId))
        .all();
      const missing = spec.securityGroups.find((name) => !groups.some((g) => g.name === name));
      if (missing) throw new NotFoundError('Security group', missing);
      this.quotas.assertRoom(tx, spec.projectId, { instances: 1, cores: flavor.vcpus, ramMb: flavor.ramMb });
      const server = tx
        .insert(simServers)
        .values({
          id: uuid(),
          projectId: spec.projectId,
          name: spec.name,
          flavorId: flavor.id,
          imageId: spec.imageId,
          availabilityZone: spec.availabilityZone,
          securityGroups: spec.securityGroups,
          ...this.task('BUILD', 'ACTIVE'),
        })
        .returning()
        .get();
      for (const networkId of spec.networkIds) {
        const network = tx.select().from(simNetworks).where(eq(simNetworks.id, networkId)).get();
        if (!network || (network.projectId !== spec.projectId && !network.external))
          throw new NotFoundError('Network', networkId);
        allocatePort(tx, firstSubnetOf(tx, networkId), 'compute', server.id);
      }
      return this.toServers(tx, [server])[0];
    });
  }

  get(ids: readonly string[]): Map<string, CloudServer> {
    if (ids.length === 0) return new Map();
    const rows = this.db.read
      .select()
      .from(simServers)
      .where(inArray(simServers.id, [...ids]))
      .all();
    return new Map(this.toServers(this.db.read, rows).map((s) => [s.id, s]));
  }

  list(projectIds: readonly string[]): Map<string, CloudServer[]> {
    if (projectIds.length === 0) return new Map();
    const inProjects = inArray(simServers.projectId, [...projectIds]);
    const rows = this.db.read
      .select()
      .from(simServers)
      .where(inProjects)
      .orderBy(simServers.createdAt, simServers.id)
      .all();
    // Their ports and attachments by a subquery: a list of thousands of ids made SQL of thousands of parameters.
    const servers = manyByKey(
      projectIds,
      this.toServers(this.db.read, rows, this.db.read.select({ id: simServers.id }).from(simServers).where(inProjects)),
      (s) => s.projectId,
    );
    return new Map(projectIds.map((id, i) => [id, servers[i]]));
  }

  action(id: string, command: ServerCommand): Promise<CloudServer> {
    return simTransaction(this.db, (tx) => {
      const row = tx.select().from(simServers).where(eq(simServers.id, id)).get();
      if (!row) throw new NotFoundError('Server', id);
      const status = settled(row, this.clock.now());
      const rule = TRANSITIONS[command];
      if (!rule.from.includes(status))
        throw new ConflictError(
          bi(
            `Cannot ${command} a server in state ${status} (allowed from ${rule.from.join(', ')})`,
            `主机处于 ${status} 状态，不能执行 ${command}（仅在 ${rule.from.join('、')} 状态下可执行）`,
          ),
        );
      const change =
        command === 'REBOOT' ? this.task('REBOOT', 'ACTIVE') : { status: rule.to, settlesTo: null, settlesAt: null };
      const updated = tx.update(simServers).set(change).where(eq(simServers.id, id)).returning().get();
      return this.toServers(tx, [updated])[0];
    });
  }

  /** Like Nova, deleting a server frees its ports and detaches its volumes. */
  delete(id: string): Promise<void> {
    return simTransaction(this.db, (tx) => {
      deletePortsOf(tx, id);
      tx.delete(simVolumeAttachments).where(eq(simVolumeAttachments.serverId, id)).run();
      tx.delete(simServers).where(eq(simServers.id, id)).run();
    });
  }

  /** A status that lasts `taskMs` before it settles (immediately when the delay is 0). */
  private task(now: ServerStatus, then: ServerStatus) {
    return this.taskMs > 0
      ? { status: now, settlesTo: then, settlesAt: new Date(this.clock.now() + this.taskMs) }
      : { status: then, settlesTo: null, settlesAt: null };
  }

  /** `devices` chooses the servers whose ports and attachments are read: the rows' ids unless given. */
  private toServers(
    tx: SimDb,
    rows: ServerRow[],
    devices: string[] | SQLWrapper = rows.map((r) => r.id),
  ): CloudServer[] {
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return [];
    // Grouped by server first: filtering per server would make a page of n servers cost n² steps.
    const ports = manyByKey(ids, portsOfDevices(tx, devices, 'compute'), (p) => p.deviceId);
    const attachments = manyByKey(
      ids,
      tx.select().from(simVolumeAttachments).where(inArray(simVolumeAttachments.serverId, devices)).all(),
      (a) => a.serverId,
    );
    return rows.map((row, i) => ({
      id: row.id,
      projectId: row.projectId,
      name: row.name,
      status: settled(row, this.clock.now()),
      flavorId: row.flavorId,
      imageId: row.imageId,
      availabilityZone: row.availabilityZone,
      securityGroups: row.securityGroups,
      addresses: ports[i].map((p) => ({ networkId: p.networkId, subnetId: p.subnetId, ip: p.ip })),
      attachedVolumeIds: attachments[i].map((a) => a.volumeId),
      createdAt: row.createdAt,
    }));
  }
}

/** The status a reader sees at `now`: a finished task has reached its end state. */
export function settled(row: ServerRow, now: number): ServerStatus {
  if (row.settlesTo && row.settlesAt && row.settlesAt.getTime() <= now) return row.settlesTo as ServerStatus;
  return row.status as ServerStatus;
}
