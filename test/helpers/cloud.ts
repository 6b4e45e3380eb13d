import { sql } from 'drizzle-orm';
import { GqlClient } from './client';
import { CreateNetwork, CreateServer } from './cloud.documents';
import { TestServer } from './server';

/** A tenant network 10.<n>.0.0/24 with the default DHCP range; returns its id. */
export async function makeNetwork(client: GqlClient, tenantId: string, name: string, n = 0): Promise<string> {
  const { createNetwork } = await client.ok(CreateNetwork, { input: { tenantId, name, cidr: `10.${n}.0.0/24`, gateway: `10.${n}.0.1` } });
  return createNetwork.network.id;
}

/** A cirros m1.tiny server on the network; returns its id. */
export async function makeServer(client: GqlClient, tenantId: string, networkId: string, extra: { serverType?: 'PRIVATE' | 'SHARED'; name?: string } = {}): Promise<string> {
  const { createServer } = await client.ok(CreateServer, { input: { tenantId, imageId: 'cirros-0.6.2-x86_64', instanceType: 'm1.tiny', networkIds: [networkId], ...extra } });
  return createServer.server.id;
}

/** How many rows each cloud and Canopy table holds: an orphan shows as a count that did not return. */
export function rowCounts(server: TestServer): Record<string, number> {
  const db = server.canopy.deps.db.db;
  const count = (table: string, where = '1 = 1') => db.get<{ n: number }>(sql.raw(`select count(*) as n from ${table} where ${where}`)).n;
  return {
    simProjects: count('sim_projects'),
    simServers: count('sim_servers'),
    simNetworks: count('sim_networks', 'external = 0'),
    simRouters: count('sim_routers'),
    simPorts: count('sim_ports'),
    simAttachments: count('sim_volume_attachments'),
    simVolumes: count('sim_volumes'),
    tenants: count('tenants'),
    servers: count('servers'),
    attachments: count('volume_attachments'),
  };
}
