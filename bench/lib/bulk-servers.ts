import { randomUUID } from 'node:crypto';
import { SIM_IMAGES } from '../../src/cloud/sim/sim.catalog';
import { simTables } from '../../src/cloud/sim/sim.db';
import { servers } from '../../src/compute/compute.tables';
import type { Database } from '../../src/db/database';
import { tablesFor } from '../../src/db/dialect-tables';
import { loadConfig } from '../../src/config';
import { Canopy, startCanopy } from '../../src/http/server';
import { createLogger } from '../../src/observability/logger';
import { call, loginToken } from './load';
import { ADMIN_PASSWORD, USER_PASSWORD } from './tempdb';

/**
 * Servers by the thousand on the sim, straight into its table and Canopy's, a few hundred rows a
 * statement (one at a time through the driver, 5,000 take minutes; 50,000 an hour). They have no
 * ports: pages and their counts, not addresses, are what readers of them measure. Shared by the
 * tests (test/helpers/bulk-servers.ts) and the deep-pages bench (bench/scenarios/pages.ts).
 */
export async function insertBulkServers(
  db: Database,
  tenant: { id: number; projectId: string },
  count: number,
  from = 0,
): Promise<void> {
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
          tenantId: tenant.id,
          cloudId: id,
          serverType: i % 2 ? ('SHARED' as const) : ('PRIVATE' as const),
        })),
      );
    });
  }
}

export interface BulkTenant {
  tenantId: string;
  /** The in-process Canopy's own URL: setup requests (a cursor walk) there leave the measured children's memory alone. */
  url: string;
  /** Grows the tenant to `total` servers (never shrinks). */
  growTo(total: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * A tenant `name` on a database (a SQLite file or a postgres:// URL, as CANOPY_DB), made through
 * an in-process Canopy's API, then grown in bulk (insertBulkServers). Server children may serve
 * the database meanwhile (SQLite's WAL lets them read the file; PostgreSQL serves them all).
 */
export async function bulkTenant(location: string, name: string): Promise<BulkTenant> {
  const canopy: Canopy = await startCanopy(
    loadConfig({ CANOPY_DB: location, CANOPY_PORT: '0', CANOPY_ADMIN_PASSWORD: ADMIN_PASSWORD }),
    { logger: createLogger('silent'), announce: () => undefined },
  );
  const admin = await loginToken(canopy.url, 'admin', ADMIN_PASSWORD);
  const created = await call<{ createTenant: { tenant: { id: string } } }>(
    canopy.url,
    'mutation($i: CreateTenantInput!) { createTenant(input: $i) { tenant { id } } }',
    { i: { name, adminPassword: USER_PASSWORD } },
    admin,
  );
  const tenantId = created.createTenant.tenant.id;
  const [tenant] = await canopy.deps.identityRepo.tenantsByIds([Number(tenantId)]);
  let count = 0;
  return {
    tenantId,
    url: canopy.url,
    async growTo(total) {
      if (total <= count) return;
      await insertBulkServers(canopy.deps.db.db, tenant, total - count, count);
      count = total;
    },
    close: () => canopy.close(),
  };
}
