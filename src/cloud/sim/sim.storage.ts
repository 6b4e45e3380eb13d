import { and, eq, inArray } from 'drizzle-orm';
import { manyByKey } from '../../db/batch';
import { Database } from '../../db/database';
import { bi, ConflictError, NotFoundError } from '../../errors';
import { Clock } from '../../time/clock';
import { CloudVolume, CloudVolumeAttachment, ServerStatus } from '../resources';
import { nextDevice } from './sim.catalog';
import { settled } from './sim.compute';
import { SimDb, simTransaction, uuid } from './sim.db';
import { SimQuotas } from './sim.quota';
import { simServers, simVolumeAttachments, simVolumes } from './sim.tables';

type VolumeRow = typeof simVolumes.$inferSelect;

/** Nova's attach_volume and detach_volume: vm_state active, paused or stopped, and no task in flight. */
const ATTACHABLE: ServerStatus[] = ['ACTIVE', 'PAUSED', 'SHUTOFF'];

/** Cinder's volumes and Nova's volume attachments: a volume is `available` until attached, then `in-use`. */
export class SimStorage {
  constructor(
    private readonly db: Database,
    private readonly quotas: SimQuotas,
    private readonly clock: Clock,
  ) {}

  create(spec: { projectId: string; name: string; description: string; sizeGb: number }): Promise<CloudVolume> {
    return simTransaction(this.db, (tx) => {
      this.quotas.assertRoom(tx, spec.projectId, { volumes: 1, gigabytes: spec.sizeGb });
      const row = tx
        .insert(simVolumes)
        .values({ id: uuid(), ...spec })
        .returning()
        .get();
      return this.toVolumes(tx, [row])[0];
    });
  }

  get(ids: readonly string[]): Map<string, CloudVolume> {
    if (ids.length === 0) return new Map();
    const rows = this.db.read
      .select()
      .from(simVolumes)
      .where(inArray(simVolumes.id, [...ids]))
      .all();
    return new Map(this.toVolumes(this.db.read, rows).map((v) => [v.id, v]));
  }

  list(projectIds: readonly string[]): Map<string, CloudVolume[]> {
    const rows =
      projectIds.length === 0
        ? []
        : this.db.read
            .select()
            .from(simVolumes)
            .where(inArray(simVolumes.projectId, [...projectIds]))
            .orderBy(simVolumes.createdAt, simVolumes.id)
            .all();
    const volumes = manyByKey(projectIds, this.toVolumes(this.db.read, rows), (v) => v.projectId);
    return new Map(projectIds.map((id, i) => [id, volumes[i]]));
  }

  /** Cinder refuses to delete a volume that is in-use. */
  delete(id: string): Promise<void> {
    return simTransaction(this.db, (tx) => {
      if (tx.select().from(simVolumeAttachments).where(eq(simVolumeAttachments.volumeId, id)).get())
        throw new ConflictError(bi('The volume is in use; detach it first', '硬盘正在使用，请先卸载'));
      tx.delete(simVolumes).where(eq(simVolumes.id, id)).run();
    });
  }

  attach(serverId: string, volumeId: string): Promise<CloudVolumeAttachment> {
    return simTransaction(this.db, (tx) => {
      const server = tx.select().from(simServers).where(eq(simServers.id, serverId)).get();
      if (!server) throw new NotFoundError('Server', serverId);
      const volume = tx.select().from(simVolumes).where(eq(simVolumes.id, volumeId)).get();
      if (!volume || volume.projectId !== server.projectId) throw new NotFoundError('Volume', volumeId);
      const status = settled(server, this.clock.now());
      if (!ATTACHABLE.includes(status)) {
        throw new ConflictError(
          bi(
            `Cannot attach a volume to a server in state ${status} (allowed in ${ATTACHABLE.join(', ')})`,
            `主机处于 ${status} 状态，不能挂载硬盘（允许的状态：${ATTACHABLE.join('、')}）`,
          ),
        );
      }
      if (tx.select().from(simVolumeAttachments).where(eq(simVolumeAttachments.volumeId, volumeId)).get())
        throw new ConflictError(bi('The volume is already in use', '硬盘已被挂载'));
      const devices = tx
        .select({ device: simVolumeAttachments.device })
        .from(simVolumeAttachments)
        .where(eq(simVolumeAttachments.serverId, serverId))
        .all();
      const device = nextDevice(devices.map((d) => d.device));
      if (!device)
        throw new ConflictError(
          bi('The server has no free device for another volume', '主机没有空闲的设备名，不能再挂载硬盘'),
        );
      return tx.insert(simVolumeAttachments).values({ id: uuid(), volumeId, serverId, device }).returning().get();
    });
  }

  /** Like attaching, Nova refuses while the server is suspended, building, rebooting or in ERROR. */
  detach(serverId: string, attachmentId: string): Promise<void> {
    return simTransaction(this.db, (tx) => {
      const attachment = tx
        .select()
        .from(simVolumeAttachments)
        .where(and(eq(simVolumeAttachments.id, attachmentId), eq(simVolumeAttachments.serverId, serverId)))
        .get();
      if (!attachment) return;
      const server = tx.select().from(simServers).where(eq(simServers.id, serverId)).get();
      const status = server && settled(server, this.clock.now());
      if (status && !ATTACHABLE.includes(status))
        throw new ConflictError(
          bi(
            `Cannot detach a volume from a server in state ${status} (allowed in ${ATTACHABLE.join(', ')})`,
            `主机处于 ${status} 状态，不能卸载硬盘（允许的状态：${ATTACHABLE.join('、')}）`,
          ),
        );
      tx.delete(simVolumeAttachments).where(eq(simVolumeAttachments.id, attachmentId)).run();
    });
  }

  private toVolumes(tx: SimDb, rows: VolumeRow[]): CloudVolume[] {
    const ids = rows.map((r) => r.id);
    const attachments = manyByKey(
      ids,
      ids.length === 0
        ? []
        : tx.select().from(simVolumeAttachments).where(inArray(simVolumeAttachments.volumeId, ids)).all(),
      (a) => a.volumeId,
    );
    return rows.map((row, i) => {
      const mine = attachments[i];
      return { ...row, status: mine.length > 0 ? 'in-use' : 'available', attachments: mine };
    });
  }
}
