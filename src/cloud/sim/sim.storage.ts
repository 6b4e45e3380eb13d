import { and, eq, exists, gt, inArray, isNull, lte, not, or, sql, SQL } from 'drizzle-orm';
import { manyByKey } from '../../db/batch';
import { Database } from '../../db/database';
import { BadInputError, bi, ConflictError, NotFoundError } from '../../errors';
import { Clock } from '../../time/clock';
import { CloudVolume, CloudVolumeAttachment, ServerStatus, VolumePageQuery, VolumeStatus } from '../resources';
import { nextDevice } from './sim.catalog';
import { settled } from './sim.compute';
import { SimDb, simTables, uuid } from './sim.db';
import { pageClauses } from './sim.paging';
import { SimQuotas } from './sim.quota';
import type { simVolumes } from './sim.tables';

type VolumeRow = typeof simVolumes.$inferSelect;

/** Nova's attach_volume and detach_volume: vm_state active, paused or stopped, and no task in flight. */
const ATTACHABLE: ServerStatus[] = ['ACTIVE', 'PAUSED', 'SHUTOFF'];

/** Cinder's volumes and Nova's volume attachments: a volume is `available` until attached, then `in-use`. */
export class SimStorage {
  private readonly t = simTables(this.db.read);

  constructor(
    private readonly db: Database,
    private readonly quotas: SimQuotas,
    private readonly clock: Clock,
    /** How long an extend takes (the sim's task time); 0: done at once. */
    private readonly taskMs = 0,
  ) {}

  create(spec: { projectId: string; name: string; description: string; sizeGb: number }): Promise<CloudVolume> {
    const { volumes } = this.t;
    return this.db.transaction(async (tx) => {
      await this.quotas.assertRoom(tx, spec.projectId, { volumes: 1, gigabytes: spec.sizeGb });
      const [row] = await tx
        .insert(volumes)
        .values({ id: uuid(), ...spec })
        .returning();
      return (await this.toVolumes(tx, [row]))[0];
    });
  }

  async get(ids: readonly string[]): Promise<Map<string, CloudVolume>> {
    if (ids.length === 0) return new Map();
    const { volumes } = this.t;
    const rows = await this.db.read
      .select()
      .from(volumes)
      .where(inArray(volumes.id, [...ids]));
    return new Map((await this.toVolumes(this.db.read, rows)).map((v) => [v.id, v]));
  }

  async list(projectIds: readonly string[]): Promise<Map<string, CloudVolume[]>> {
    const { volumes } = this.t;
    const rows =
      projectIds.length === 0
        ? []
        : await this.db.read
            .select()
            .from(volumes)
            .where(inArray(volumes.projectId, [...projectIds]))
            .orderBy(volumes.createdAt, volumes.id);
    const found = manyByKey(projectIds, await this.toVolumes(this.db.read, rows), (v) => v.projectId);
    return new Map(projectIds.map((id, i) => [id, found[i]]));
  }

  /** A page by the (project, sort key, id) indexes; the status filter as toVolumes derives it. */
  async page(query: VolumePageQuery): Promise<CloudVolume[]> {
    const { volumes } = this.t;
    const { where, orderBy } = pageClauses(volumes, query);
    if (query.status !== undefined) where.push(this.hasStatus(query.status));
    const rows = await this.db.read
      .select()
      .from(volumes)
      .where(and(...where))
      .orderBy(...orderBy)
      .limit(query.limit);
    return this.toVolumes(this.db.read, rows);
  }

  private hasStatus(status: VolumeStatus): SQL {
    const { attachments, volumes } = this.t;
    const now = new Date(this.clock.now());
    const extending = gt(volumes.extendedAt, now);
    const attached = exists(
      this.db.read.select({ id: attachments.id }).from(attachments).where(eq(attachments.volumeId, volumes.id)),
    );
    const settledNow = or(isNull(volumes.extendedAt), lte(volumes.extendedAt, now)) as SQL;
    if (status === 'extending') return extending;
    if (status === 'in-use') return and(settledNow, attached) as SQL;
    if (status === 'available') return and(settledNow, not(attached)) as SQL;
    return sql`false`;
  }

  /**
   * Cinder's os-extend: only larger, only while available or in-use (Cinder >= 3.42 extends an
   * attached volume online), the gigabytes quota checked for the growth; `extending` for a task's time.
   */
  extend(id: string, sizeGb: number): Promise<CloudVolume> {
    const { volumes } = this.t;
    return this.db.transaction(async (tx) => {
      const [row] = await tx.select().from(volumes).where(eq(volumes.id, id));
      if (!row) throw new NotFoundError('Volume', id);
      this.assertSettled(row);
      if (sizeGb <= row.sizeGb)
        throw new BadInputError(
          'sizeGb',
          bi(
            `New size for extend must be greater than current size (${row.sizeGb} GB)`,
            `扩容后的大小必须大于当前大小（${row.sizeGb} GB）`,
          ),
        );
      await this.quotas.assertRoom(tx, row.projectId, { gigabytes: sizeGb - row.sizeGb });
      const extendedAt = this.taskMs > 0 ? new Date(this.clock.now() + this.taskMs) : null;
      const [updated] = await tx.update(volumes).set({ sizeGb, extendedAt }).where(eq(volumes.id, id)).returning();
      return (await this.toVolumes(tx, [updated]))[0];
    });
  }

  /** Cinder refuses to delete a volume that is in-use. */
  delete(id: string): Promise<void> {
    const { attachments, volumes } = this.t;
    return this.db.transaction(async (tx) => {
      const [row] = await tx.select().from(volumes).where(eq(volumes.id, id));
      if (row) this.assertSettled(row);
      const [inUse] = await tx.select().from(attachments).where(eq(attachments.volumeId, id));
      if (inUse) throw new ConflictError(bi('The volume is in use; detach it first', '硬盘正在使用，请先卸载'));
      await tx.delete(volumes).where(eq(volumes.id, id));
    });
  }

  /**
   * Checked before the insert, so that a volume in use is a CONFLICT, never a UNIQUE violation (on
   * PostgreSQL that would abort the transaction); a concurrent attach fails SERIALIZABLE and reruns.
   */
  attach(serverId: string, volumeId: string): Promise<CloudVolumeAttachment> {
    const { attachments, servers, volumes } = this.t;
    return this.db.transaction(async (tx) => {
      const [server] = await tx.select().from(servers).where(eq(servers.id, serverId));
      if (!server) throw new NotFoundError('Server', serverId);
      const [volume] = await tx.select().from(volumes).where(eq(volumes.id, volumeId));
      if (!volume || volume.projectId !== server.projectId) throw new NotFoundError('Volume', volumeId);
      this.assertSettled(volume);
      const status = settled(server, this.clock.now());
      if (!ATTACHABLE.includes(status)) {
        throw new ConflictError(
          bi(
            `Cannot attach a volume to a server in state ${status} (allowed in ${ATTACHABLE.join(', ')})`,
            `主机处于 ${status} 状态，不能挂载硬盘（允许的状态：${ATTACHABLE.join('、')}）`,
          ),
        );
      }
      const [inUse] = await tx.select().from(attachments).where(eq(attachments.volumeId, volumeId));
      if (inUse) throw new ConflictError(bi('The volume is already in use', '硬盘已被挂载'));
      const devices = await tx
        .select({ device: attachments.device })
        .from(attachments)
        .where(eq(attachments.serverId, serverId));
      const device = nextDevice(devices.map((d) => d.device));
      if (!device)
        throw new ConflictError(
          bi('The server has no free device for another volume', '主机没有空闲的设备名，不能再挂载硬盘'),
        );
      const [attachment] = await tx.insert(attachments).values({ id: uuid(), volumeId, serverId, device }).returning();
      return attachment;
    });
  }

  /** Like attaching, Nova refuses while the server is suspended, building, rebooting or in ERROR. */
  detach(serverId: string, attachmentId: string): Promise<void> {
    const { attachments, servers } = this.t;
    return this.db.transaction(async (tx) => {
      const [attachment] = await tx
        .select()
        .from(attachments)
        .where(and(eq(attachments.id, attachmentId), eq(attachments.serverId, serverId)));
      if (!attachment) return;
      const [server] = await tx.select().from(servers).where(eq(servers.id, serverId));
      const status = server && settled(server, this.clock.now());
      if (status && !ATTACHABLE.includes(status))
        throw new ConflictError(
          bi(
            `Cannot detach a volume from a server in state ${status} (allowed in ${ATTACHABLE.join(', ')})`,
            `主机处于 ${status} 状态，不能卸载硬盘（允许的状态：${ATTACHABLE.join('、')}）`,
          ),
        );
      await tx.delete(attachments).where(eq(attachments.id, attachmentId));
    });
  }

  /** Cinder acts on a volume only while it is available or in-use: not while it is extending. */
  private assertSettled(row: VolumeRow): void {
    if (this.extending(row))
      throw new ConflictError(
        bi(
          'Invalid volume: Volume status must be available or in-use, but current status is: extending',
          '硬盘正在扩容，请稍后再试',
        ),
      );
  }

  private extending(row: VolumeRow): boolean {
    return row.extendedAt !== null && row.extendedAt.getTime() > this.clock.now();
  }

  private async toVolumes(tx: SimDb, rows: VolumeRow[]): Promise<CloudVolume[]> {
    const ids = rows.map((r) => r.id);
    const { attachments } = this.t;
    const attached = manyByKey(
      ids,
      ids.length === 0 ? [] : await tx.select().from(attachments).where(inArray(attachments.volumeId, ids)),
      (a) => a.volumeId,
    );
    return rows.map((row, i) => {
      const mine = attached[i];
      const { extendedAt: _extendedAt, ...volume } = row;
      const status = this.extending(row) ? 'extending' : mine.length > 0 ? 'in-use' : 'available';
      return { ...volume, status, attachments: mine };
    });
  }
}
