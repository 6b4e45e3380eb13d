import { count as countRows, eq, sql, SQL } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { simTables } from '../../src/cloud/sim/sim.db';
import { servers, volumeAttachments } from '../../src/compute/compute.tables';
import { tablesFor } from '../../src/db/dialect-tables';
import { tenants } from '../../src/identity/identity.tables';
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

/** How many rows each simulated cloud and Canopy table holds (sim only), on either backend. */
export async function rowCounts(server: TestServer): Promise<Record<string, number>> {
  const db = server.canopy.deps.db.db.read;
  const sim = simTables(db);
  const canopy = tablesFor(db, { tenants, servers, volumeAttachments });
  const count = async (table: SQLiteTable, where?: SQL) =>
    (await db.select({ n: countRows() }).from(table).where(where))[0].n;
  return {
    simProjects: await count(sim.projects),
    simServers: await count(sim.servers),
    simNetworks: await count(sim.networks, eq(sim.networks.external, false)),
    simRouters: await count(sim.routers),
    simPorts: await count(sim.ports),
    simAttachments: await count(sim.attachments),
    simVolumes: await count(sim.volumes),
    tenants: await count(canopy.tenants),
    servers: await count(canopy.servers),
    attachments: await count(canopy.volumeAttachments),
  };
}
