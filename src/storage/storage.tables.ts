import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { tenants } from '../identity/identity.tables';

const now = sql`(unixepoch('subsec') * 1000)`;

/** Canopy's integer id and tenant of a cloud volume; size, status and name are read from the cloud. */
export const volumes = sqliteTable(
  'volumes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    cloudId: text('cloud_id').notNull().unique(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('volumes_tenant').on(t.tenantId)],
);
