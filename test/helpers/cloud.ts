import { sql } from 'drizzle-orm';
import { GqlClient } from './client';
import { CreateNetwork, CreateServer, GetServer } from './cloud.documents';
import { TestServer } from './server';
import { CATALOG } from './target';

/** A tenant network 10.<n>.0.0/24 with the default DHCP range; returns its id. */
export async function makeNetwork(client: GqlClient, tenantId: string, name: string, n = 0): Promise<string> {
  const { createNetwork } = await client.ok(CreateNetwork, {
    input: { tenantId, name, cidr: `10.${n}.0.0/24`, gateway: `10.${n}.0.1` },
  });
  return createNetwork.network.id;
}

/** A cirros m1.tiny server on the network, waited for until ACTIVE; returns its id. */
export async function makeServer(
  client: GqlClient,
  tenantId: string,
  networkId: string,
  extra: { serverType?: 'PRIVATE' | 'SHARED'; name?: string } = {},
): Promise<string> {
  const { createServer } = await client.ok(CreateServer, {
    input: { tenantId, imageId: CATALOG.bootImage, instanceType: 'm1.tiny', networkIds: [networkId], ...extra },
  });
  await waitForServer(client, createServer.server.id);
  return createServer.server.id;
}

/**
 * Reads the server until it has left BUILD (at once on the sim with no build delay; a few
 * seconds on OpenStack), and returns what GetServer says then.
 */
export async function waitForServer(client: GqlClient, id: string, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { server } = await client.ok(GetServer, { id });
    if (server.status !== 'BUILD') return server;
    if (Date.now() > deadline) throw new Error(`Server ${id} still in BUILD after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** How many rows Canopy's tables hold: an orphan shows as a count that did not return. */
export function canopyCounts(server: TestServer): Record<string, number> {
  const db = server.canopy.deps.db.db.read;
  const count = (table: string) => db.get<{ n: number }>(sql.raw(`select count(*) as n from ${table}`)).n;
  return {
    tenants: count('tenants'),
    servers: count('servers'),
    volumes: count('volumes'),
    attachments: count('volume_attachments'),
  };
}

/** How many rows each simulated cloud and Canopy table holds (sim only). */
export function rowCounts(server: TestServer): Record<string, number> {
  const db = server.canopy.deps.db.db.read;
  const count = (table: string, where = '1 = 1') =>
    db.get<{ n: number }>(sql.raw(`select count(*) as n from ${table} where ${where}`)).n;
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
