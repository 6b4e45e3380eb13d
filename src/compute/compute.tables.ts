import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { tenants, users } from '../identity/identity.tables';
import { volumes } from '../storage/storage.tables';

/**
 * Canopy's side of a server: its integer id, tenant, type and assignment. Everything live
 * (name, status, flavor, addresses, volumes) is read from the cloud by `cloud_id`.
 */
export const servers = sqliteTable(
  'servers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    cloudId: text('cloud_id').notNull().unique(),
    serverType: text('server_type', { enum: ['PRIVATE', 'SHARED'] }).notNull(),
    /** Deleting the user releases the server (PRODUCT.md "Identity model"). */
    assignedUserId: integer('assigned_user_id').references(() => users.id, { onDelete: 'set null' }),
    /**
     * The key pair put on the server when it was made, by name and fingerprint: kept as they were,
     * since the server keeps its copy of the key when the key pair is deleted.
     */
    keyName: text('key_name'),
    keyFingerprint: text('key_fingerprint'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index('servers_tenant').on(t.tenantId), index('servers_assigned_user').on(t.assignedUserId)],
);

/**
 * Canopy's integer id of a cloud volume attachment (the seed's "attachment id"). Compute's, as it
 * joins a server to a volume: storage knows no servers.
 */
export const volumeAttachments = sqliteTable(
  'volume_attachments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    serverId: integer('server_id')
      .notNull()
      .references(() => servers.id, { onDelete: 'cascade' }),
    volumeId: integer('volume_id')
      .notNull()
      .references(() => volumes.id, { onDelete: 'cascade' }),
    cloudId: text('cloud_id').notNull().unique(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [index('volume_attachments_server').on(t.serverId), index('volume_attachments_volume').on(t.volumeId)],
);

/**
 * A user's SSH public keys (Nova's key pairs, held by Canopy: docs/CLOUD.md "Key pairs"). Only the
 * public half; a generated private key is returned once and never stored. Names are unique per user.
 */
export const keyPairs = sqliteTable(
  'key_pairs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    type: text('type', { enum: ['ED25519', 'RSA', 'ECDSA'] }).notNull(),
    publicKey: text('public_key').notNull(),
    fingerprint: text('fingerprint').notNull(),
    fingerprintMd5: text('fingerprint_md5').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
  },
  (t) => [uniqueIndex('key_pairs_user_name').on(t.userId, t.name)],
);
