import { insertBulkServers } from '../../bench/lib/bulk-servers';
import { TestServer } from './server';

/** `count` servers for the tenant, in bulk (bench/lib/bulk-servers.ts, which the deep-pages bench shares). */
export async function bulkServers(server: TestServer, tenantId: number, count: number, from = 0): Promise<void> {
  const [tenant] = await server.canopy.deps.identityRepo.tenantsByIds([tenantId]);
  await insertBulkServers(server.canopy.deps.db.db, tenant, count, from);
}
