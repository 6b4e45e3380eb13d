import { sql } from 'drizzle-orm';
import { sqliteTable, integer, text, uniqueIndex, index, primaryKey, AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

const now = sql`(unixepoch('subsec') * 1000)`;

export const tenants = sqliteTable('tenants', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  customerManager: text('customer_manager').notNull().default(''),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  /** The OpenStack project (or simulated project) this tenant is. */
  projectId: text('project_id').notNull().unique(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
});

/**
 * Groups form one tree per tenant, plus the platform's own tree (tenant_id NULL). `path` is the
 * materialised chain of ids ("/1/4/9/"), so "is X inside the subtree of Y" is a prefix test that
 * does not grow with the depth or size of the tree.
 */
export const groups = sqliteTable(
  'groups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id').references(() => tenants.id, { onDelete: 'cascade' }),
    parentId: integer('parent_id').references((): AnySQLiteColumn => groups.id),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    path: text('path').notNull().default(''),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [
    // Root groups (parent NULL) are one per tree, so sibling names only need checking below them.
    uniqueIndex('groups_sibling_name').on(t.parentId, t.name),
    index('groups_path').on(t.path),
  ],
);

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** NULL for platform staff. */
    tenantId: integer('tenant_id').references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
    passwordHash: text('password_hash').notNull(),
    staffRole: text('staff_role', { enum: ['ADMIN', 'TELECOM', 'OPERATOR'] }),
    /** tenant_id, or 0 for staff: SQLite's NULLs never collide, so uniqueness needs a non-NULL scope. */
    nameScope: integer('name_scope').notNull(),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  // Names are unique inside a tenant, and among staff.
  (t) => [uniqueIndex('users_scope_name').on(t.nameScope, t.name), index('users_tenant').on(t.tenantId)],
);

export const memberships = sqliteTable(
  'memberships',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    groupId: integer('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    isAdmin: integer('is_admin', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.userId, t.groupId] }), index('memberships_group').on(t.groupId)],
);

export const sessions = sqliteTable(
  'sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** SHA-256 of the bearer token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull().unique(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Absolute expiry. */
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    /**
     * For idle expiry; refreshed at most once a minute, so reads do not each cost a write. The
     * constant default lets the column be added to a live table (sessions from before it count as idle).
     */
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`0`),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('sessions_user').on(t.userId)],
);
