import { count as countRows, eq, SQL } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { simTables } from '../../src/cloud/sim/sim.db';
import { keyPairs, servers, volumeAttachments } from '../../src/compute/compute.tables';
import { tablesFor } from '../../src/db/dialect-tables';
import { tenants } from '../../src/identity/identity.tables';
import { volumes } from '../../src/storage/storage.tables';
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
 * Reads the server until it has left BUILD (or the `passing` states given: RESIZE) (at once on
 * the sim with no build delay; a few seconds on OpenStack), and returns what GetServer says then.
 */
export async function waitForServer(client: GqlClient, id: string, timeoutMs = 180_000, passing = ['BUILD']) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { server } = await client.ok(GetServer, { id });
    if (!passing.includes(server.status)) return server;
    if (Date.now() > deadline) throw new Error(`Server ${id} still in ${server.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** How many rows Canopy's tables hold, on either backend: an orphan shows as a count that did not return. */
export async function canopyCounts(server: TestServer): Promise<Record<string, number>> {
  const db = server.canopy.deps.db.db.read;
  const canopy = tablesFor(db, { tenants, servers, volumes, volumeAttachments, keyPairs });
  const count = async (table: SQLiteTable) => (await db.select({ n: countRows() }).from(table))[0].n;
  return {
    tenants: await count(canopy.tenants),
    servers: await count(canopy.servers),
    volumes: await count(canopy.volumes),
    attachments: await count(canopy.volumeAttachments),
    keyPairs: await count(canopy.keyPairs),
  };
}

/** How many rows each simulated cloud and Canopy table holds (sim only), on either backend. */
export async function rowCounts(server: TestServer): Promise<Record<string, number>> {
  const db = server.canopy.deps.db.db.read;
  const sim = simTables(db);
  const canopy = tablesFor(db, { tenants, servers, volumeAttachments, keyPairs });
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
    simKeyPairs: await count(sim.keyPairs),
    tenants: await count(canopy.tenants),
    servers: await count(canopy.servers),
    attachments: await count(canopy.volumeAttachments),
    keyPairs: await count(canopy.keyPairs),
  };
}
