import { policy, requireViewer } from '../auth/policy';
import { CloudVolume } from '../cloud/resources';
import { tenantFor } from '../resources/deps';
import { allOrNothing, UndoStack } from '../shared/undo';
import { auditTenant } from '../audit/audit.context';
import { BadInputError, bi, NotFoundError } from '../errors';
import { TenantRow } from '../identity/identity.repo';
import { StorageDeps } from './deps';
import { LiveEvent } from '../live/bus';
import { unlessHidden } from '../live/stream';
import { VolumeChange } from './volume-change.types';
import { VolumeRow } from './storage.repo';

/** Volumes; Canopy keeps the integer ids, the cloud the state. Attaching them to servers is compute's. */
export class VolumeService {
  constructor(private readonly scope: StorageDeps) {}

  async list(tenantId: number | undefined): Promise<VolumeRow[]> {
    return this.ofTenant(await tenantFor(this.scope, tenantId));
  }

  /** One volume, when the viewer sees the tenant's volumes and the cloud still has it. */
  async get(id: number): Promise<VolumeRow> {
    const row = await this.scope.rows.volumeById.load(id);
    if (!row) throw new NotFoundError('Volume', id);
    policy.readTenantResources(requireViewer(this.scope.viewer), row.tenantId, 'Volume', id);
    await this.live(row);
    return row;
  }

  /** volumeChanged(tenantId): who may read the tenant's volumes (its admins, staff); another tenant NOT_FOUND. */
  async watch(tenantId: number): Promise<void> {
    const tenant = await tenantFor(this.scope, tenantId);
    policy.readTenantResources(requireViewer(this.scope.viewer), tenant.id, 'Tenant', tenant.id);
  }

  /** One volume's event as this viewer may see it now (as volume lists show it), its deletion, or undefined (no event). */
  async change(event: LiveEvent): Promise<VolumeChange | undefined> {
    if (event.kind !== 'volume') return undefined;
    if (event.gone)
      return policy.canReadTenantResources(requireViewer(this.scope.viewer), event.tenantId)
        ? { volumeId: event.id, volume: null }
        : undefined;
    const volume = await unlessHidden(() => this.get(event.id));
    return volume && { volumeId: event.id, volume };
  }

  /** Whose volume this is, to tell its tenant's subscribers it changed; no check, nothing of it is shown. */
  async tenantIdOf(id: number): Promise<number | undefined> {
    return (await this.scope.rows.volumeById.load(id))?.tenantId;
  }

  /** The tenant's volumes that still exist in the cloud. */
  async ofTenant(tenant: TenantRow): Promise<VolumeRow[]> {
    policy.readTenantResources(requireViewer(this.scope.viewer), tenant.id, 'Tenant', tenant.id);
    const rows = await this.scope.storage.volumesOfTenant(tenant.id);
    if (rows.length > 0) await this.scope.cloudLoaders.volumesByProjectId.load(tenant.projectId);
    const live = await this.scope.cloudLoaders.volumeById.loadMany(rows.map((r) => r.cloudId));
    const failure = live.find((v) => v instanceof Error);
    if (failure) throw failure;
    return rows.filter((_, i) => live[i] !== undefined);
  }

  async create(args: { tenantId: number; sizeGb?: number; name?: string; description?: string }): Promise<VolumeRow> {
    const tenant = await tenantFor(this.scope, args.tenantId);
    policy.manageTenantResources(requireViewer(this.scope.viewer), tenant.id, 'Tenant', tenant.id);
    const undo = new UndoStack();
    return allOrNothing(undo, async () => {
      const volume = await this.scope.cloud.createVolume({
        projectId: tenant.projectId,
        name: args.name ?? '',
        description: args.description ?? '',
        sizeGb: args.sizeGb ?? 1,
      });
      undo.push(`volume ${volume.id}`, () => this.scope.cloud.deleteVolume(volume.id));
      this.scope.cloudLoaders.volumeById.prime(volume.id, volume);
      return this.scope.storage.insertVolume({ tenantId: tenant.id, cloudId: volume.id });
    });
  }

  /** The cloud refuses while the volume is attached (CONFLICT). */
  async delete(tenantId: number, volumeId: number): Promise<number> {
    const row = await this.manageable(tenantId, volumeId);
    await this.scope.cloud.deleteVolume(row.cloudId);
    await this.scope.storage.deleteVolume(row.id);
    return row.id;
  }

  /**
   * One cloud call after the checks; Canopy's row does not change. Only larger (BAD_USER_INPUT on
   * sizeGb); the gigabytes quota for the growth and the volume's state are the cloud's to check.
   */
  async extend(volumeId: number, sizeGb: number): Promise<VolumeRow> {
    const row = await this.checkExtend(volumeId, sizeGb);
    const volume = await this.scope.cloud.extendVolume(row.cloudId, sizeGb);
    this.scope.cloudLoaders.volumeById.clear(volume.id).prime(volume.id, volume);
    return row;
  }

  /** extendVolume's checks alone, nothing changed (a ticket's request is checked with them when raised). */
  async checkExtend(volumeId: number, sizeGb: number): Promise<VolumeRow> {
    const row = await this.scope.rows.volumeById.load(volumeId);
    if (!row) throw new NotFoundError('Volume', volumeId);
    auditTenant(row.tenantId);
    policy.extendVolume(requireViewer(this.scope.viewer), row);
    const live = await this.live(row);
    if (sizeGb <= live.sizeGb)
      throw new BadInputError(
        'sizeGb',
        bi(
          `A volume only grows: give more than its ${live.sizeGb} GB`,
          `硬盘只能扩大：请指定大于当前 ${live.sizeGb} GB 的大小`,
        ),
      );
    return row;
  }

  /** The tenant's volume, when the viewer may change it (attaching it too, in compute). */
  async manageable(tenantId: number, volumeId: number): Promise<VolumeRow> {
    const tenant = await tenantFor(this.scope, tenantId);
    const row = await this.scope.rows.volumeById.load(volumeId);
    if (!row || row.tenantId !== tenant.id) throw new NotFoundError('Volume', volumeId);
    policy.manageTenantResources(requireViewer(this.scope.viewer), tenant.id, 'Volume', volumeId);
    return row;
  }

  // ---- fields
  async live(row: VolumeRow): Promise<CloudVolume> {
    const volume = await this.scope.cloudLoaders.volumeById.load(row.cloudId);
    if (!volume) throw new NotFoundError('Volume', row.id);
    return volume;
  }
}
