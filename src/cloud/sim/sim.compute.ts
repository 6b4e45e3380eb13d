import { and, eq, gt, inArray, isNull, lte, or, SQL, SQLWrapper } from 'drizzle-orm';
import { manyByKey } from '../../db/batch';
import { Database } from '../../db/database';
import { BadInputError, bi, ConflictError, NotFoundError } from '../../errors';
import { Clock } from '../../time/clock';
import { CloudServer, CreateServerSpec, ServerCommand, ServerPageQuery, ServerStatus } from '../resources';
import { SIM_FLAVORS, SIM_IMAGES, SIM_ZONES } from './sim.catalog';
import { SimDb, simTables, uuid } from './sim.db';
import { allocatePort, deletePortsOf, firstSubnetOf, portsOfDevices } from './sim.ports';
import { pageClauses } from './sim.paging';
import { SimQuotas } from './sim.quota';
import { publicKeyOf } from './sim.key-pairs';
import type { simServers } from './sim.tables';

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

/**
 * Nova's resize rules (nova/compute/api.py check_instance_state): resize from vm_state active or
 * stopped with no task in flight; confirm and revert only from resized (VERIFY_RESIZE).
 */
const RESIZABLE: ServerStatus[] = ['ACTIVE', 'SHUTOFF'];

function refused(what: string, status: ServerStatus, allowed: ServerStatus[]): ConflictError {
  return new ConflictError(
    bi(
      `Cannot ${what} a server in state ${status} (allowed from ${allowed.join(', ')})`,
      `主机处于 ${status} 状态，不能执行 ${what}（仅在 ${allowed.join('、')} 状态下可执行）`,
    ),
  );
}

/** Nova's servers. Tasks that take time (build, reboot) settle lazily: a read after `settlesAt` sees the end state. */
export class SimCompute {
  private readonly t = simTables(this.db.read);

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
    const { networks, securityGroups, servers } = this.t;
    return this.db.transaction(async (tx) => {
      const groups = await tx
        .select({ name: securityGroups.name })
        .from(securityGroups)
        .where(eq(securityGroups.projectId, spec.projectId));
      const missing = spec.securityGroups.find((name) => !groups.some((g) => g.name === name));
      if (missing) throw new NotFoundError('Security group', missing);
      await this.quotas.assertRoom(tx, spec.projectId, { instances: 1, cores: flavor.vcpus, ramMb: flavor.ramMb });
      const keyData = spec.keyName === undefined ? null : await publicKeyOf(tx, spec.keyName);
      const [server] = await tx
        .insert(servers)
        .values({
          id: uuid(),
          projectId: spec.projectId,
          name: spec.name,
          flavorId: flavor.id,
          imageId: spec.imageId,
          availabilityZone: spec.availabilityZone,
          securityGroups: spec.securityGroups,
          keyName: spec.keyName ?? null,
          keyData,
          ...this.task('BUILD', 'ACTIVE'),
        })
        .returning();
      for (const networkId of spec.networkIds) {
        const [network] = await tx.select().from(networks).where(eq(networks.id, networkId));
        if (!network || (network.projectId !== spec.projectId && !network.external))
          throw new NotFoundError('Network', networkId);
        await allocatePort(tx, await firstSubnetOf(tx, networkId), 'compute', server.id);
      }
      return (await this.toServers(tx, [server]))[0];
    });
  }

  async get(ids: readonly string[]): Promise<Map<string, CloudServer>> {
    if (ids.length === 0) return new Map();
    const { servers } = this.t;
    const rows = await this.db.read
      .select()
      .from(servers)
      .where(inArray(servers.id, [...ids]));
    return new Map((await this.toServers(this.db.read, rows)).map((s) => [s.id, s]));
  }

  async list(projectIds: readonly string[]): Promise<Map<string, CloudServer[]>> {
    if (projectIds.length === 0) return new Map();
    const { servers } = this.t;
    const inProjects = inArray(servers.projectId, [...projectIds]);
    const rows = await this.db.read.select().from(servers).where(inProjects).orderBy(servers.createdAt, servers.id);
    // Their ports and attachments by a subquery: a list of thousands of ids made SQL of thousands of parameters.
    const found = manyByKey(
      projectIds,
      await this.toServers(this.db.read, rows, this.db.read.select({ id: servers.id }).from(servers).where(inProjects)),
      (s) => s.projectId,
    );
    return new Map(projectIds.map((id, i) => [id, found[i]]));
  }

  /** A page by the (project, sort key, id) indexes; the status filter sees a finished task's end state, as reads do. */
  async page(query: ServerPageQuery): Promise<CloudServer[]> {
    const { servers } = this.t;
    const { where, orderBy } = pageClauses(servers, query);
    if (query.status !== undefined) where.push(this.hasStatus(query.status));
    if (query.flavorId !== undefined) where.push(eq(servers.flavorId, query.flavorId));
    if (query.imageId !== undefined) where.push(eq(servers.imageId, query.imageId));
    const rows = await this.db.read
      .select()
      .from(servers)
      .where(and(...where))
      .orderBy(...orderBy)
      .limit(query.limit);
    return this.toServers(this.db.read, rows);
  }

  private hasStatus(status: ServerStatus): SQL {
    const { servers } = this.t;
    const now = new Date(this.clock.now());
    const finished = and(lte(servers.settlesAt, now), eq(servers.settlesTo, status));
    const running = and(or(isNull(servers.settlesTo), gt(servers.settlesAt, now)), eq(servers.status, status));
    return or(finished, running) as SQL;
  }

  action(id: string, command: ServerCommand): Promise<CloudServer> {
    const { servers } = this.t;
    return this.db.transaction(async (tx) => {
      const [row] = await tx.select().from(servers).where(eq(servers.id, id));
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
      const [updated] = await tx.update(servers).set(change).where(eq(servers.id, id)).returning();
      return (await this.toServers(tx, [updated]))[0];
    });
  }

  /**
   * RESIZE for a task's time, then VERIFY_RESIZE with the new flavor; the quota is checked for the
   * growth (Nova's _check_quota_for_upsize). The flavor and status it came from are kept for revert.
   */
  resize(id: string, flavorId: string): Promise<CloudServer> {
    const flavor = SIM_FLAVORS.find((f) => f.id === flavorId);
    if (!flavor) throw new NotFoundError('Flavor', flavorId);
    const { servers } = this.t;
    return this.db.transaction(async (tx) => {
      const row = await this.row(tx, id);
      const status = settled(row, this.clock.now());
      if (!RESIZABLE.includes(status)) throw refused('RESIZE', status, RESIZABLE);
      if (row.flavorId === flavor.id)
        throw new BadInputError(
          undefined,
          bi('When resizing, the server must change flavor', '调整配置时必须换用不同的模板'),
        );
      await this.quotas.assertRoom(tx, row.projectId, growth(row.flavorId, flavor.id));
      const [updated] = await tx
        .update(servers)
        .set({
          flavorId: flavor.id,
          resizedFrom: { flavorId: row.flavorId, status },
          ...this.task('RESIZE', 'VERIFY_RESIZE'),
        })
        .where(eq(servers.id, id))
        .returning();
      return (await this.toServers(tx, [updated]))[0];
    });
  }

  /** Keeps the new flavor; the server is back in the state it was resized from. */
  confirmResize(id: string): Promise<CloudServer> {
    return this.finishResize(id, 'CONFIRM_RESIZE', (from) => ({
      status: from.status,
      settlesTo: null,
      settlesAt: null,
    }));
  }

  /** Back to the old flavor (checked against the quota, as a resize down reverted grows), after a task's time. */
  revertResize(id: string): Promise<CloudServer> {
    return this.finishResize(id, 'REVERT_RESIZE', (from, row, tx) =>
      this.quotas
        .assertRoom(tx, row.projectId, growth(row.flavorId, from.flavorId))
        .then(() => ({ flavorId: from.flavorId, ...this.task('RESIZE', from.status as ServerStatus) })),
    );
  }

  private finishResize(
    id: string,
    what: string,
    change: (
      from: { flavorId: string; status: string },
      row: ServerRow,
      tx: SimDb,
    ) => Partial<ServerRow> | Promise<Partial<ServerRow>>,
  ): Promise<CloudServer> {
    const { servers } = this.t;
    return this.db.transaction(async (tx) => {
      const row = await this.row(tx, id);
      const status = settled(row, this.clock.now());
      if (status !== 'VERIFY_RESIZE' || !row.resizedFrom) throw refused(what, status, ['VERIFY_RESIZE']);
      const [updated] = await tx
        .update(servers)
        .set({ ...(await change(row.resizedFrom, row, tx)), resizedFrom: null })
        .where(eq(servers.id, id))
        .returning();
      return (await this.toServers(tx, [updated]))[0];
    });
  }

  private async row(tx: SimDb, id: string): Promise<ServerRow> {
    const { servers } = this.t;
    const [row] = await tx.select().from(servers).where(eq(servers.id, id));
    if (!row) throw new NotFoundError('Server', id);
    return row;
  }

  /** Like Nova, deleting a server frees its ports and detaches its volumes. */
  delete(id: string): Promise<void> {
    const { attachments, servers } = this.t;
    return this.db.transaction(async (tx) => {
      await deletePortsOf(tx, id);
      await tx.delete(attachments).where(eq(attachments.serverId, id));
      await tx.delete(servers).where(eq(servers.id, id));
    });
  }

  /** A status that lasts `taskMs` before it settles (immediately when the delay is 0). */
  private task(now: ServerStatus, then: ServerStatus) {
    return this.taskMs > 0
      ? { status: now, settlesTo: then, settlesAt: new Date(this.clock.now() + this.taskMs) }
      : { status: then, settlesTo: null, settlesAt: null };
  }

  /** `devices` chooses the servers whose ports and attachments are read: the rows' ids unless given. */
  private async toServers(
    tx: SimDb,
    rows: ServerRow[],
    devices: string[] | SQLWrapper = rows.map((r) => r.id),
  ): Promise<CloudServer[]> {
    const ids = rows.map((r) => r.id);
    if (ids.length === 0) return [];
    const { attachments } = this.t;
    // Grouped by server first: filtering per server would make a page of n servers cost n² steps.
    const ports = manyByKey(ids, await portsOfDevices(tx, devices, 'compute'), (p) => p.deviceId);
    const attached = manyByKey(
      ids,
      await tx.select().from(attachments).where(inArray(attachments.serverId, devices)),
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
      attachedVolumeIds: attached[i].map((a) => a.volumeId),
      keyName: row.keyName,
      createdAt: row.createdAt,
    }));
  }
}

/** What moving from one flavor to another adds to the cores and RAM in use (negative: frees). */
function growth(fromId: string, toId: string): { cores: number; ramMb: number } {
  const from = SIM_FLAVORS.find((f) => f.id === fromId);
  const to = SIM_FLAVORS.find((f) => f.id === toId);
  return { cores: (to?.vcpus ?? 0) - (from?.vcpus ?? 0), ramMb: (to?.ramMb ?? 0) - (from?.ramMb ?? 0) };
}

/** The status a reader sees at `now`: a finished task has reached its end state. */
export function settled(row: ServerRow, now: number): ServerStatus {
  if (row.settlesTo && row.settlesAt && row.settlesAt.getTime() <= now) return row.settlesTo as ServerStatus;
  return row.status as ServerStatus;
}
