import { randomUUID } from 'node:crypto';
import { simTables } from '../../src/cloud/sim/sim.db';
import { SIM_IMAGES } from '../../src/cloud/sim/sim.catalog';
import { servers } from '../../src/compute/compute.tables';
import { tablesFor } from '../../src/db/dialect-tables';
import { TestServer } from './server';

/**
 * Servers by the thousand on the sim, straight into its table and Canopy's, a few hundred rows a
 * statement (one at a time through the driver, 5,000 take minutes). They have no ports: pages
 * and their counts, not addresses, are what such tests read.
 */
export async function bulkServers(server: TestServer, tenantId: number, count: number, from = 0): Promise<void> {
  const db = server.canopy.deps.db.db;
  const [tenant] = await server.canopy.deps.identityRepo.tenantsByIds([tenantId]);
  const sim = simTables(db.read);
  const canopy = tablesFor(db.read, { servers });
  for (let start = from; start < from + count; start += 250) {
    const batch = Array.from({ length: Math.min(250, from + count - start) }, (_, k) => start + k);
    const rows = batch.map((i) => ({ i, id: randomUUID() }));
    await db.transaction(async (tx) => {
      await tx.insert(sim.servers).values(
        rows.map(({ i, id }) => ({
          id,
          projectId: tenant.projectId,
          name: `bulk-${String(i).padStart(6, '0')}`,
          flavorId: String((i % 5) + 1),
          imageId: SIM_IMAGES[i % 3].id,
          availabilityZone: 'nova',
          securityGroups: ['default'],
          status: 'ACTIVE',
          createdAt: new Date(1_700_000_000_000 + i),
        })),
      );
      await tx.insert(canopy.servers).values(
        rows.map(({ i, id }) => ({
          tenantId,
          cloudId: id,
          serverType: i % 2 ? ('SHARED' as const) : ('PRIVATE' as const),
        })),
      );
    });
  }
}
