import { bi, UpstreamUnavailableError } from '../../errors';
import { CloudVolume, CloudVolumeAttachment, VolumePageQuery, VolumeStatus } from '../resources';
import { Api, Query } from './http';
import { waitUntil } from './wait';

interface CnVolume {
  id: string;
  name: string | null;
  description: string | null;
  size: number;
  status: string;
  created_at: string;
  'os-vol-tenant-attr:tenant_id'?: string;
  attachments: Array<{ attachment_id: string; server_id: string; volume_id: string; device: string }>;
}

/** Cinder's statuses in Canopy's four: work in flight shows where it comes from. */
function volumeStatus(status: string): VolumeStatus {
  switch (status) {
    case 'available':
    case 'in-use':
    case 'creating':
    case 'extending':
      return status;
    case 'reserved':
    case 'attaching':
    case 'downloading':
      return status === 'downloading' ? 'creating' : 'available';
    case 'detaching':
      return 'in-use';
    default:
      return 'error';
  }
}

function toVolume(v: CnVolume): CloudVolume {
  return {
    id: v.id,
    projectId: v['os-vol-tenant-attr:tenant_id'] ?? '',
    name: v.name ?? '',
    description: v.description ?? '',
    sizeGb: v.size,
    status: volumeStatus(v.status),
    attachments: v.attachments.map((a) => ({
      id: a.attachment_id,
      volumeId: v.id,
      serverId: a.server_id,
      device: a.device,
    })),
    createdAt: new Date(v.created_at),
  };
}

/** Cinder v3: volumes, their attachments (made through Nova), quotas. */
export const cinder = {
  /** Made in the tenant's project (Cinder creates in the token's project); waits until it is available. */
  async create(
    api: Api,
    spec: { projectId: string; name: string; description: string; sizeGb: number },
    waitMs: number,
  ): Promise<CloudVolume> {
    const { body } = await api.post<{ volume: CnVolume }>('volumev3', '/volumes', {
      projectId: spec.projectId,
      body: { volume: { size: spec.sizeGb, name: spec.name, description: spec.description } },
    });
    const id = body.volume.id;
    try {
      const ready = await waitUntil(
        () => this.read(api, id),
        (v) => v.status !== 'creating',
        `volume ${id} to be created`,
        waitMs,
      );
      if (ready.status !== 'available')
        throw new UpstreamUnavailableError(
          bi(
            `The cloud could not create the volume (status ${ready.status})`,
            `云平台未能创建硬盘（状态 ${ready.status}）`,
          ),
        );
      return toVolume(ready);
    } catch (error) {
      await this.delete(api, id, waitMs).catch(() => undefined);
      throw error;
    }
  },

  async read(api: Api, id: string): Promise<CnVolume> {
    return (await api.get<{ volume: CnVolume }>('volumev3', `/volumes/${id}`, { kind: 'Volume', id })).body.volume;
  },

  async get(api: Api, ids: readonly string[]): Promise<Map<string, CloudVolume>> {
    const found = await Promise.all(
      [...new Set(ids)].map((id) => api.get<{ volume?: CnVolume }>('volumev3', `/volumes/${id}`, { accept: [404] })),
    );
    return new Map(
      found.flatMap(({ body }) => (body?.volume ? [[body.volume.id, toVolume(body.volume)] as const] : [])),
    );
  },

  /**
   * The ids of every project's volumes changed since then, in one paged list. Cinder has no
   * `changes-since` (an unknown filter there matches nothing); microversion 3.60's
   * `updated_at=gt:` is its equivalent. Deleted volumes are not listed by Cinder, so not told.
   */
  async changedVolumes(api: Api, since: Date): Promise<string[]> {
    const volumes = await api.all<{ id: string }>('volumev3', '/volumes', 'volumes', {
      query: [
        ['all_tenants', '1'],
        ['updated_at', `gt:${since.toISOString()}`],
      ],
      microversion: 'volume 3.60',
    });
    return volumes.map((volume) => volume.id);
  },

  async list(api: Api, projectIds: readonly string[]): Promise<Map<string, CloudVolume[]>> {
    const lists = await Promise.all(
      [...new Set(projectIds)].map(async (projectId) => {
        const volumes = await api.all<CnVolume>('volumev3', '/volumes/detail', 'volumes', {
          query: [
            ['all_tenants', '1'],
            ['project_id', projectId],
          ],
        });
        return [
          projectId,
          volumes
            .map(toVolume)
            .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id)),
        ] as const;
      }),
    );
    return new Map(lists);
  },

  /**
   * One page of a project's volumes in one Cinder call: `limit`, `marker`, `sort=<key>:<dir>`,
   * `status`, and `name~` (Cinder's LIKE filter, microversion 3.34) for a name that contains the text.
   */
  async page(api: Api, q: VolumePageQuery): Promise<CloudVolume[]> {
    const query: Query = [
      ['all_tenants', '1'],
      ['project_id', q.projectId],
      ['limit', q.limit],
      ['sort', `${q.sort.key === 'name' ? 'name' : 'created_at'}:${q.sort.dir},id:${q.sort.dir}`],
    ];
    if (q.after) query.push(['marker', q.after.id]);
    if (q.status !== undefined) query.push(['status', q.status]);
    if (q.nameContains !== undefined) query.push(['name~', q.nameContains]);
    const { body } = await api.get<{ volumes: CnVolume[] }>('volumev3', '/volumes/detail', {
      query,
      microversion: 'volume 3.34',
    });
    return body.volumes.map(toVolume);
  },

  /** Cinder refuses an in-use volume (400: CONFLICT); waits until the volume is gone, so its quota is free. */
  async delete(api: Api, id: string, waitMs: number): Promise<void> {
    const { status } = await api.delete('volumev3', `/volumes/${id}`);
    if (status !== 404)
      await waitUntil(
        () => api.get<{ volume?: CnVolume }>('volumev3', `/volumes/${id}`, { accept: [404] }),
        (r) => r.status === 404 || r.body?.volume?.status === 'error_deleting',
        `volume ${id} to be deleted`,
        waitMs,
      );
  },

  /**
   * `os-extend` at microversion 3.42, which extends an attached volume too where the backend
   * can (else Cinder's 400 "status must be available" is CONFLICT); Cinder checks the size and the
   * gigabytes quota (413). Waits until the volume is no longer `extending`; a failed extend
   * (error_extending) has its status reset to what it was, and is UPSTREAM_UNAVAILABLE.
   */
  async extend(api: Api, id: string, sizeGb: number, waitMs: number): Promise<CloudVolume> {
    await api.post('volumev3', `/volumes/${id}/action`, {
      body: { 'os-extend': { new_size: sizeGb } },
      microversion: 'volume 3.42',
      kind: 'Volume',
      id,
    });
    const volume = await waitUntil(
      () => this.read(api, id),
      (v) => v.status !== 'extending',
      `volume ${id} to be extended`,
      waitMs,
    );
    if (volume.status === 'error_extending') {
      // Cinder keeps the old size and gives the quota back, but leaves the volume unusable until an
      // admin resets it: put it back as it was, so a failed extend leaves nothing half-done.
      const status = volume.attachments.length > 0 ? 'in-use' : 'available';
      const reset = await api
        .post('volumev3', `/volumes/${id}/action`, { body: { 'os-reset_status': { status } }, kind: 'Volume', id })
        .then(
          () => true,
          () => false,
        );
      throw new UpstreamUnavailableError(
        reset
          ? bi(
              `The cloud could not extend volume ${id} (nothing was changed: the volume is ${status} with its old size)`,
              `云平台未能扩容硬盘 ${id}（未做任何改动：硬盘仍为 ${status}，大小不变）`,
            )
          : bi(
              `The cloud could not extend volume ${id}, and it stays in error_extending: an operator must reset its status to ${status}`,
              `云平台未能扩容硬盘 ${id}，硬盘停留在 error_extending 状态：需运维人员将其状态重置为 ${status}`,
            ),
      );
    }
    if (volume.size < sizeGb)
      throw new UpstreamUnavailableError(
        bi(
          `The cloud could not extend volume ${id} (status ${volume.status})`,
          `云平台未能扩容硬盘 ${id}（状态 ${volume.status}）`,
        ),
      );
    return toVolume(volume);
  },

  /** The volume of an attachment; undefined when the attachment is gone. */
  async attachmentVolume(api: Api, attachmentId: string): Promise<string | undefined> {
    const { body } = await api.get<{ attachment?: { volume_id: string } }>('volumev3', `/attachments/${attachmentId}`, {
      accept: [404],
    });
    return body?.attachment?.volume_id;
  },

  /** Nova attaches asynchronously: waits until Cinder shows the volume in-use on the server. */
  async waitAttached(api: Api, volumeId: string, serverId: string, waitMs: number): Promise<CloudVolumeAttachment> {
    const volume = await waitUntil(
      () => this.read(api, volumeId),
      (v) =>
        (v.status === 'in-use' && v.attachments.some((a) => a.server_id === serverId)) ||
        v.status === 'available' ||
        v.status === 'error',
      `volume ${volumeId} to be attached`,
      waitMs,
    );
    const attachment = toVolume(volume).attachments.find((a) => a.serverId === serverId);
    if (!attachment)
      throw new UpstreamUnavailableError(
        bi(
          `The cloud could not attach volume ${volumeId} (status ${volume.status})`,
          `云平台未能挂载硬盘 ${volumeId}（状态 ${volume.status}）`,
        ),
      );
    return attachment;
  },

  async waitDetached(api: Api, volumeId: string, attachmentId: string, waitMs: number): Promise<void> {
    await waitUntil(
      () => api.get<{ volume?: CnVolume }>('volumev3', `/volumes/${volumeId}`, { accept: [404] }),
      (r) =>
        !r.body?.volume ||
        (r.body.volume.status !== 'detaching' &&
          !r.body.volume.attachments.some((a) => a.attachment_id === attachmentId)),
      `volume ${volumeId} to be detached`,
      waitMs,
    );
  },

  async quota(api: Api, projectId: string) {
    const { body } = await api.get<{ quota_set: Record<string, { limit: number; in_use: number }> }>(
      'volumev3',
      `/os-quota-sets/${projectId}`,
      { query: [['usage', 'true']] },
    );
    return { volumes: body.quota_set.volumes, gigabytes: body.quota_set.gigabytes };
  },

  async setQuota(api: Api, projectId: string, limits: { volumes?: number; gigabytes?: number }): Promise<void> {
    const quota: Record<string, number> = {};
    if (limits.volumes !== undefined) quota.volumes = limits.volumes;
    if (limits.gigabytes !== undefined) quota.gigabytes = limits.gigabytes;
    if (Object.keys(quota).length > 0)
      await api.put('volumev3', `/os-quota-sets/${projectId}`, { body: { quota_set: quota } });
  },
};
