import { BadInputError, bi, ConflictError, NotFoundError, UpstreamUnavailableError } from '../../errors';
import {
  CloudAvailabilityZone,
  CloudConsole,
  CloudFlavor,
  ConsoleType,
  CloudServer,
  CreateServerSpec,
  ServerCommand,
  ServerPageQuery,
  ServerStatus,
} from '../resources';
import { Api, Query } from './http';
import { neutron, NsPort } from './neutron';
import { waitUntil } from './wait';

export interface NvServer {
  id: string;
  tenant_id: string;
  name: string;
  status: string;
  flavor: { id: string };
  image: { id: string } | '';
  created: string;
  security_groups?: Array<{ name: string }>;
  'OS-EXT-AZ:availability_zone'?: string;
  'OS-EXT-STS:task_state'?: string | null;
  'os-extended-volumes:volumes_attached'?: Array<{ id: string }>;
  metadata?: Record<string, string>;
  key_name?: string | null;
}

/** Nova's protocol and type of each console (remote-consoles, microversion 2.6 and later). */
const CONSOLES: Record<ConsoleType, { protocol: string; type: string }> = {
  NOVNC: { protocol: 'vnc', type: 'novnc' },
  SERIAL: { protocol: 'serial', type: 'serial' },
};

const ACTIONS: Record<ServerCommand, { body: Record<string, unknown>; to: ServerStatus }> = {
  PAUSE: { body: { pause: null }, to: 'PAUSED' },
  UNPAUSE: { body: { unpause: null }, to: 'ACTIVE' },
  STOP: { body: { 'os-stop': null }, to: 'SHUTOFF' },
  START: { body: { 'os-start': null }, to: 'ACTIVE' },
  SUSPEND: { body: { suspend: null }, to: 'SUSPENDED' },
  RESUME: { body: { resume: null }, to: 'ACTIVE' },
  REBOOT: { body: { reboot: { type: 'SOFT' } }, to: 'ACTIVE' },
};

/** Nova's status in Canopy's vocabulary: a reboot in flight is REBOOT even while Nova still says ACTIVE. */
export function serverStatus(s: NvServer): ServerStatus {
  const task = s['OS-EXT-STS:task_state'] ?? '';
  if (task.startsWith('reboot')) return 'REBOOT';
  // A resize in flight (resize_prep … resize_finish, resize_reverting) is RESIZE whatever Nova's status says yet.
  if (task.startsWith('resize_')) return 'RESIZE';
  switch (s.status) {
    case 'BUILD':
    case 'ACTIVE':
    case 'PAUSED':
    case 'SHUTOFF':
    case 'SUSPENDED':
    case 'REBOOT':
    case 'RESIZE':
    case 'VERIFY_RESIZE':
    case 'ERROR':
      return s.status;
    case 'REVERT_RESIZE':
      return 'RESIZE';
    case 'HARD_REBOOT':
      return 'REBOOT';
    case 'SHELVED':
    case 'SHELVED_OFFLOADED':
    case 'STOPPED':
      return 'SHUTOFF';
    case 'UNKNOWN':
      return 'ERROR';
    default:
      return 'ACTIVE'; // MIGRATING, RESCUE, PASSWORD: running
  }
}

/** Nova's `name` filter is a regular expression: a substring is the text with its specials escaped. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The ports Canopy made for a server, kept in its metadata (`canopy-port-0`, …) so a delete finds them before Nova binds them. */
const PORT_KEY = 'canopy-port-';
function portsMetadata(ports: NsPort[]): Record<string, string> {
  return Object.fromEntries(ports.map((p, i) => [`${PORT_KEY}${i}`, p.id]));
}

export function toServer(s: NvServer, ports: NsPort[]): CloudServer {
  return {
    id: s.id,
    projectId: s.tenant_id,
    name: s.name,
    status: serverStatus(s),
    flavorId: s.flavor.id,
    imageId: s.image ? s.image.id : '',
    availabilityZone: s['OS-EXT-AZ:availability_zone'] ?? '',
    securityGroups: [...new Set((s.security_groups ?? []).map((g) => g.name))],
    addresses: ports
      .filter((p) => p.device_id === s.id)
      .flatMap((p) =>
        p.fixed_ips.map((ip) => ({ networkId: p.network_id, subnetId: ip.subnet_id, ip: ip.ip_address })),
      ),
    attachedVolumeIds: (s['os-extended-volumes:volumes_attached'] ?? []).map((v) => v.id),
    keyName: s.key_name ?? null,
    createdAt: new Date(s.created),
  };
}

/** Nova: servers (their addresses from Neutron's ports), power actions, attachments, flavors, zones, quotas. */
export const nova = {
  /** A key pair of Canopy's own OpenStack user (Nova's key pairs are per user, not per project). */
  async createKeyPair(api: Api, spec: { name: string; publicKey: string }): Promise<void> {
    await api.post('compute', '/os-keypairs', {
      body: { keypair: { name: spec.name, public_key: spec.publicKey } },
    });
  },

  async deleteKeyPair(api: Api, name: string): Promise<void> {
    await api.delete('compute', `/os-keypairs/${encodeURIComponent(name)}`);
  },

  async createServer(api: Api, spec: CreateServerSpec, waitMs: number): Promise<CloudServer> {
    const groups = (await neutron.listSecurityGroups(api, [spec.projectId])).get(spec.projectId) ?? [];
    const securityGroupIds = spec.securityGroups.map((name) => {
      const group = groups.find((g) => g.name === name);
      if (!group) throw new NotFoundError('Security group', name);
      return group.id;
    });
    const ports: NsPort[] = [];
    try {
      for (const networkId of spec.networkIds)
        ports.push(
          await neutron.createPort(api, { projectId: spec.projectId, networkId, name: spec.name, securityGroupIds }),
        );
      const { body } = await api.post<{ server: { id: string } }>('compute', '/servers', {
        projectId: spec.projectId,
        body: {
          server: {
            name: spec.name,
            flavorRef: spec.flavorId,
            imageRef: spec.imageId,
            availability_zone: spec.availabilityZone,
            networks: ports.map((p) => ({ port: p.id })),
            metadata: portsMetadata(ports),
            ...(spec.keyName === undefined ? {} : { key_name: spec.keyName }),
          },
        },
      });
      try {
        const { body: made } = await api.get<{ server: NvServer }>('compute', `/servers/${body.server.id}`);
        // Nova binds the ports while it builds; until then they are ours, so the server's addresses are known now.
        return toServer(
          made.server,
          ports.map((p) => ({ ...p, device_id: made.server.id })),
        );
      } catch (error) {
        await this.deleteServer(api, body.server.id, waitMs).catch(() => undefined);
        throw error;
      }
    } catch (error) {
      await Promise.all(ports.map((p) => neutron.deletePort(api, p.id).catch(() => undefined)));
      throw error;
    }
  },

  /** One GET per id (Nova filters servers by one uuid at a time), and one Neutron call for all their ports. */
  async getServers(api: Api, ids: readonly string[]): Promise<Map<string, CloudServer>> {
    if (ids.length === 0) return new Map();
    const unique = [...new Set(ids)];
    const [found, ports] = await Promise.all([
      Promise.all(unique.map((id) => api.get<{ server?: NvServer }>('compute', `/servers/${id}`, { accept: [404] }))),
      neutron.portsOfDevices(api, unique),
    ]);
    return new Map(
      found.flatMap(({ body }) => (body?.server ? [[body.server.id, toServer(body.server, ports)] as const] : [])),
    );
  },

  /** The ids of every project's servers changed since then (Nova's changes-since, deleted ones too), in one paged list. */
  async changedServers(api: Api, since: Date): Promise<string[]> {
    const servers = await api.all<{ id: string }>('compute', '/servers', 'servers', {
      query: [
        ['all_tenants', '1'],
        ['changes-since', since.toISOString()],
      ],
    });
    return servers.map((server) => server.id);
  },

  /** A project's servers in one call (admin: all_tenants=1&project_id=), and their ports in one more. */
  async listServers(api: Api, projectIds: readonly string[]): Promise<Map<string, CloudServer[]>> {
    const unique = [...new Set(projectIds)];
    const lists = await Promise.all(
      unique.map(async (projectId) => {
        const servers = await api.all<NvServer>('compute', '/servers/detail', 'servers', {
          query: [
            ['all_tenants', '1'],
            ['project_id', projectId],
          ],
        });
        const ports =
          servers.length === 0
            ? []
            : await neutron.portsOfDevices(
                api,
                servers.map((s) => s.id),
              );
        return [
          projectId,
          servers
            .map((s) => toServer(s, ports))
            .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id)),
        ] as const;
      }),
    );
    return new Map(lists);
  },

  /**
   * One page of a project's servers in one Nova call (`limit`, `marker`, `sort_key`, `sort_dir`, and
   * Nova's filters: `status`, `name` as an escaped regex, `flavor`, `image`) and their ports in one
   * Neutron call. Nova finds a marker among deleted servers too, so a page after a server deleted
   * meanwhile goes on where it was (docs/CLOUD.md "Pages").
   */
  async pageServers(api: Api, q: ServerPageQuery): Promise<CloudServer[]> {
    const query: Query = [
      ['all_tenants', '1'],
      ['project_id', q.projectId],
      ['limit', q.limit],
      ['sort_key', q.sort.key === 'name' ? 'display_name' : 'created_at'],
      ['sort_dir', q.sort.dir],
    ];
    if (q.after) query.push(['marker', q.after.id]);
    if (q.status !== undefined) query.push(['status', q.status]);
    if (q.nameContains !== undefined) query.push(['name', escapeRegex(q.nameContains)]);
    if (q.flavorId !== undefined) query.push(['flavor', q.flavorId]);
    if (q.imageId !== undefined) query.push(['image', q.imageId]);
    const { body } = await api.get<{ servers: NvServer[] }>('compute', '/servers/detail', { query });
    const servers = body.servers;
    const ports =
      servers.length === 0
        ? []
        : await neutron.portsOfDevices(
            api,
            servers.map((s) => s.id),
          );
    return servers.map((s) => toServer(s, ports));
  },

  /** Runs the command, then waits until Nova has carried it out (no task in flight), as the sim's answer shows the new state. */
  async serverAction(api: Api, id: string, command: ServerCommand, waitMs: number): Promise<CloudServer> {
    const action = ACTIONS[command];
    await api.post('compute', `/servers/${id}/action`, { body: action.body, kind: 'Server', id });
    const server = await waitUntil(
      async () =>
        (await api.get<{ server: NvServer }>('compute', `/servers/${id}`, { kind: 'Server', id })).body.server,
      (s) => !s['OS-EXT-STS:task_state'] && (s.status === action.to || s.status === 'ERROR'),
      `server ${id} to reach ${action.to} after ${command}`,
      waitMs,
    );
    return toServer(server, await neutron.portsOfDevices(api, [id]));
  },

  /**
   * Nova's resize (`{"resize": {"flavorRef"}}`; Nova checks the state, the flavor and the quota
   * for the growth), then waits for VERIFY_RESIZE, as the sim's answer settles there. A resize
   * that Nova gave up on (back in its old state with the old flavor, or ERROR) fails.
   */
  async resize(api: Api, id: string, flavorId: string, waitMs: number): Promise<CloudServer> {
    await api.post('compute', `/servers/${id}/action`, {
      body: { resize: { flavorRef: flavorId } },
      kind: 'Server',
      id,
    });
    const server = await waitUntil(
      () => this.read(api, id),
      (s) => !s['OS-EXT-STS:task_state'] && s.status !== 'RESIZE',
      `server ${id} to reach VERIFY_RESIZE`,
      waitMs,
    );
    if (server.status !== 'VERIFY_RESIZE')
      throw new UpstreamUnavailableError(
        bi(
          `The cloud could not resize server ${id} (status ${server.status})`,
          `云平台未能调整主机 ${id} 的配置（状态 ${server.status}）`,
        ),
      );
    return toServer(server, await neutron.portsOfDevices(api, [id]));
  },

  /**
   * `confirmResize` or `revertResize` (the action names of every microversion), then waits until
   * Nova has finished: no task, out of VERIFY_RESIZE (back to ACTIVE, or SHUTOFF for a stopped server).
   */
  async finishResize(api: Api, id: string, action: 'confirmResize' | 'revertResize', waitMs: number) {
    await api.post('compute', `/servers/${id}/action`, { body: { [action]: null }, kind: 'Server', id });
    const server = await waitUntil(
      () => this.read(api, id),
      (s) => !s['OS-EXT-STS:task_state'] && !['VERIFY_RESIZE', 'RESIZE', 'REVERT_RESIZE'].includes(s.status),
      `server ${id} to finish ${action}`,
      waitMs,
    );
    return toServer(server, await neutron.portsOfDevices(api, [id]));
  },

  /**
   * A remote console. Canopy checks that the server is ACTIVE first: Nova's fake driver (the
   * devcloud's) gives consoles in any state, libvirt refuses a stopped server (409, CONFLICT). A
   * type Nova does not offer ([vnc] or [serial_console] disabled: 400 "Unavailable console type")
   * is BAD_USER_INPUT on `type`. The URL's token is a credential: it stays out of errors and logs.
   */
  async createConsole(api: Api, id: string, type: ConsoleType): Promise<CloudConsole> {
    const server = await this.read(api, id);
    if (serverStatus(server) !== 'ACTIVE')
      throw new ConflictError(
        bi(
          `Cannot open a console of a server in state ${serverStatus(server)} (allowed from ACTIVE)`,
          `主机处于 ${serverStatus(server)} 状态，不能打开控制台（仅在 ACTIVE 状态下可打开）`,
        ),
      );
    const notOffered = () =>
      new BadInputError('type', bi(`This cloud does not offer ${type} consoles`, `云平台不提供 ${type} 控制台`));
    const { status, body } = await api
      .post<{ remote_console?: { url: string } }>('compute', `/servers/${id}/remote-consoles`, {
        body: { remote_console: CONSOLES[type] },
        kind: 'Server',
        id,
        // 501: a hypervisor driver without this console.
        accept: [501],
      })
      .catch((error: unknown) => {
        throw error instanceof BadInputError && /unavailable console type/i.test(error.message) ? notOffered() : error;
      });
    if (status === 501) throw notOffered();
    if (!body?.remote_console?.url)
      throw new UpstreamUnavailableError(
        bi(`The cloud answered ${status} without a console URL`, `云平台返回 ${status}，但没有控制台地址`),
      );
    return { type, url: body.remote_console.url };
  },

  async read(api: Api, id: string): Promise<NvServer> {
    return (await api.get<{ server: NvServer }>('compute', `/servers/${id}`, { kind: 'Server', id })).body.server;
  },

  /**
   * Deletes the server, waits until Nova has, then deletes the ports made for it: those its
   * metadata names (a server still in BUILD has not bound them yet) and those bound to it.
   */
  async deleteServer(api: Api, id: string, waitMs: number): Promise<void> {
    const [{ body }, bound] = await Promise.all([
      api.get<{ server?: NvServer }>('compute', `/servers/${id}`, { accept: [404] }),
      neutron.portsOfDevices(api, [id]),
    ]);
    if (!body?.server && bound.length === 0) return;
    const ports = new Set([
      ...Object.entries(body?.server?.metadata ?? {}).flatMap(([key, value]) =>
        key.startsWith(PORT_KEY) ? [value] : [],
      ),
      ...bound.map((p) => p.id),
    ]);
    const { status } = await api.delete('compute', `/servers/${id}`);
    if (status !== 404)
      await waitUntil(
        () => api.get('compute', `/servers/${id}`, { accept: [404] }),
        (r) => r.status === 404,
        `server ${id} to be deleted`,
        waitMs,
      );
    await Promise.all([...ports].map((port) => neutron.deletePort(api, port)));
  },

  async attach(api: Api, serverId: string, volumeId: string): Promise<void> {
    await api.post('compute', `/servers/${serverId}/os-volume_attachments`, {
      body: { volumeAttachment: { volumeId } },
      kind: 'Server or volume',
      id: `${serverId}/${volumeId}`,
    });
  },

  async detach(api: Api, serverId: string, volumeId: string): Promise<void> {
    await api.delete('compute', `/servers/${serverId}/os-volume_attachments/${volumeId}`);
  },

  async listFlavors(api: Api): Promise<CloudFlavor[]> {
    const flavors = await api.all<{ id: string; name: string; vcpus: number; ram: number; disk: number }>(
      'compute',
      '/flavors/detail',
      'flavors',
    );
    return flavors
      .map((f) => ({ id: f.id, name: f.name, vcpus: f.vcpus, ramMb: f.ram, diskGb: f.disk }))
      .sort((a, b) => a.ramMb - b.ramMb || a.vcpus - b.vcpus || a.diskGb - b.diskGb || a.name.localeCompare(b.name));
  },

  async listAvailabilityZones(api: Api): Promise<CloudAvailabilityZone[]> {
    const { body } = await api.get<{
      availabilityZoneInfo: Array<{ zoneName: string; zoneState: { available: boolean } }>;
    }>('compute', '/os-availability-zone');
    return body.availabilityZoneInfo.map((z) => ({ name: z.zoneName, available: z.zoneState.available }));
  },

  async quota(api: Api, projectId: string) {
    const { body } = await api.get<{ quota_set: Record<string, { limit: number; in_use: number }> }>(
      'compute',
      `/os-quota-sets/${projectId}/detail`,
    );
    const q = body.quota_set;
    return { instances: q.instances, cores: q.cores, ramMb: q.ram };
  },

  async setQuota(
    api: Api,
    projectId: string,
    limits: { instances?: number; cores?: number; ramMb?: number },
  ): Promise<void> {
    const quota: Record<string, number> = {};
    if (limits.instances !== undefined) quota.instances = limits.instances;
    if (limits.cores !== undefined) quota.cores = limits.cores;
    if (limits.ramMb !== undefined) quota.ram = limits.ramMb;
    if (Object.keys(quota).length > 0)
      await api.put('compute', `/os-quota-sets/${projectId}`, { body: { quota_set: quota } });
  },
};
