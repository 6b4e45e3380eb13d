import { bi, ConflictError, NotFoundError } from '../../errors';
import { CloudFloatingIp, FloatingIpStatus } from '../resources';
import { Api } from './http';
import { byCreation, byValues, neutron, V2 } from './neutron';

interface NsFloatingIp {
  id: string;
  project_id: string;
  floating_network_id: string;
  floating_ip_address: string;
  status: string;
  port_id: string | null;
  fixed_ip_address: string | null;
  created_at?: string;
  /** Neutron's fip-port-details extension: the port's device, so no ports call is needed per page. */
  port_details?: { device_id: string } | null;
}

function toFloatingIp(f: NsFloatingIp): CloudFloatingIp {
  const associated = f.port_id !== null;
  return {
    id: f.id,
    projectId: f.project_id,
    externalNetworkId: f.floating_network_id,
    address: f.floating_ip_address,
    status: (['ACTIVE', 'DOWN', 'ERROR'].includes(f.status) ? f.status : 'ERROR') as FloatingIpStatus,
    serverId: associated ? (f.port_details?.device_id ?? null) : null,
    fixedAddress: associated ? f.fixed_ip_address : null,
    createdAt: new Date(f.created_at ?? 0),
  };
}

/** Neutron's /v2.0/floatingips, always with the tenant's project_id (through the service account Neutron would give its own). */
export const neutronFloatingIps = {
  async allocate(api: Api, spec: { projectId: string; externalNetworkId: string }): Promise<CloudFloatingIp> {
    const { body } = await api.post<{ floatingip: NsFloatingIp }>('network', `${V2}/floatingips`, {
      body: { floatingip: { floating_network_id: spec.externalNetworkId, project_id: spec.projectId } },
      kind: 'Network',
      id: spec.externalNetworkId,
    });
    return toFloatingIp(body.floatingip);
  },

  async get(api: Api, ids: readonly string[]): Promise<Map<string, CloudFloatingIp>> {
    const found = await byValues<NsFloatingIp>(api, 'floatingips', 'id', ids);
    return new Map(found.map((f) => [f.id, toFloatingIp(f)]));
  },

  async list(api: Api, projectIds: readonly string[]): Promise<Map<string, CloudFloatingIp[]>> {
    const found = byCreation(await byValues<NsFloatingIp>(api, 'floatingips', 'project_id', projectIds)).map(
      toFloatingIp,
    );
    return new Map(projectIds.map((id) => [id, found.filter((f) => f.projectId === id)]));
  },

  /**
   * Neutron would move an associated IP to the new port; the driver contract refuses instead
   * (CONFLICT), so a second associate never silently takes the address from another server.
   */
  async associate(api: Api, id: string, target: { serverId: string; fixedAddress: string }): Promise<CloudFloatingIp> {
    const current = (await this.get(api, [id])).get(id);
    if (!current) throw new NotFoundError('Floating IP', id);
    if (current.fixedAddress !== null)
      throw new ConflictError(
        bi(
          `Floating IP ${current.address} is already associated; disassociate it first`,
          `浮动IP ${current.address} 已绑定，请先解绑`,
        ),
      );
    const ports = await neutron.portsOfDevices(api, [target.serverId]);
    const port = ports.find((p) => p.fixed_ips.some((ip) => ip.ip_address === target.fixedAddress));
    if (!port) throw new NotFoundError('Server address', target.fixedAddress);
    return this.update(api, id, { port_id: port.id, fixed_ip_address: target.fixedAddress });
  },

  disassociate(api: Api, id: string): Promise<CloudFloatingIp> {
    return this.update(api, id, { port_id: null });
  },

  async release(api: Api, id: string): Promise<void> {
    await api.delete('network', `${V2}/floatingips/${id}`, { kind: 'Floating IP', id });
  },

  async update(api: Api, id: string, floatingip: Record<string, string | null>): Promise<CloudFloatingIp> {
    const { body } = await api.put<{ floatingip: NsFloatingIp }>('network', `${V2}/floatingips/${id}`, {
      body: { floatingip },
      kind: 'Floating IP',
      id,
    });
    return toFloatingIp(body.floatingip);
  },
};
