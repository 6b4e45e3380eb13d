import { and, count as countAll, eq, getTableColumns, gt, inArray, isNull, ne, sql } from 'drizzle-orm';
import { recordChange } from '../audit/audit.context';
import { Database, Tx } from '../db/database';
import { isUniqueViolation } from '../db/constraints';
import { tablesFor } from '../db/dialect-tables';
import { placeholderFor, prepareNamed } from '../db/prepared';
import { bi, ConflictError, NotFoundError } from '../errors';
import { StaffRole } from '../auth/viewer';
import * as identityTables from './identity.tables';

export type TenantRow = typeof identityTables.tenants.$inferSelect;
export type GroupRow = typeof identityTables.groups.$inferSelect;
export type UserRow = typeof identityTables.users.$inferSelect;
export interface MembershipRow {
  userId: number;
  groupId: number;
  isAdmin: boolean;
  groupPath: string;
}

export interface NewTenantTree {
  tenant: { name: string; description: string; customerManager: string; projectId: string };
  admin: { name: string; description: string; passwordHash: string };
}

export interface NewUser {
  tenantId: number | null;
  name: string;
  description: string;
  enabled: boolean;
  passwordHash: string;
  staffRole: StaffRole | null;
}

export type UserPatch = Partial<Pick<UserRow, 'name' | 'description' | 'enabled' | 'passwordHash' | 'staffRole'>>;

/** What a service's rule reads inside the write's own transaction: the rows the write then changes. */
export interface GuardReads {
  membershipsOf(userId: number): Promise<MembershipRow[]>;
  /** The enabled users administering this group. */
  enabledAdminsOf(groupId: number): Promise<number[]>;
}

/**
 * A service's rule, run first inside a write's transaction; it throws to refuse the write. Checked
 * there and not before, no other request's write can land between the check and the write.
 */
export type Guard = (reads: GuardReads) => Promise<void>;

/** Identity's tables in the dialect of the database the repository runs on (src/db/dialect-tables.ts). */
type Tables = typeof identityTables;

/** A membership with its group's path, which the rules read. */
function membershipColumns(t: Tables) {
  return {
    userId: t.memberships.userId,
    groupId: t.memberships.groupId,
    isAdmin: t.memberships.isAdmin,
    groupPath: t.groups.path,
  };
}

/**
 * Identity's SQL, and the only place of it. Every method is async; every write is one transaction,
 * so a failure leaves nothing half-written, and ends with its audit record (`recordChange`), which
 * commits with it or not at all.
 */
export class IdentityRepo {
  /** The tables as this database's dialect knows them; every query here uses these. */
  private readonly t: Tables;
  /**
   * Every request authenticates and most read one user, tenant or group: those statements are
   * prepared once, since building and preparing SQL anew was a third of a small request's CPU. They
   * run with `execute`, awaited, on either backend (src/db/prepared.ts).
   */
  private readonly prepared;

  constructor(private readonly db: Database) {
    const t = (this.t = tablesFor(db.read, identityTables));
    const id = sql.placeholder('id');
    const read = db.read;
    this.prepared = {
      tenant: prepareNamed(read.select().from(t.tenants).where(eq(t.tenants.id, id)), 'identity_tenant'),
      group: prepareNamed(read.select().from(t.groups).where(eq(t.groups.id, id)), 'identity_group'),
      user: prepareNamed(read.select().from(t.users).where(eq(t.users.id, id)), 'identity_user'),
      memberships: prepareNamed(
        read
          .select(membershipColumns(t))
          .from(t.memberships)
          .innerJoin(t.groups, eq(t.groups.id, t.memberships.groupId))
          .where(eq(t.memberships.userId, id)),
        'identity_memberships',
      ),
      session: prepareNamed(
        read
          .select({
            sessionId: t.sessions.id,
            lastSeenAt: t.sessions.lastSeenAt,
            user: getTableColumns(t.users),
            tenant: getTableColumns(t.tenants),
            // The viewer's memberships in the same statement, one row each (a user in no group: one
            // row, its membership columns NULL): every request authenticates, and on PostgreSQL a
            // second statement is a second round trip.
            membership: membershipColumns(t),
          })
          .from(t.sessions)
          .innerJoin(t.users, eq(t.users.id, t.sessions.userId))
          .leftJoin(t.tenants, eq(t.tenants.id, t.users.tenantId))
          .leftJoin(t.memberships, eq(t.memberships.userId, t.sessions.userId))
          .leftJoin(t.groups, eq(t.groups.id, t.memberships.groupId))
          .where(
            and(
              eq(t.sessions.tokenHash, sql.placeholder('tokenHash')),
              // Dates, encoded through their columns: epoch milliseconds on SQLite, timestamptz on PostgreSQL.
              gt(t.sessions.expiresAt, placeholderFor('now', t.sessions.expiresAt)),
              gt(t.sessions.lastSeenAt, placeholderFor('idleSince', t.sessions.lastSeenAt)),
              eq(t.users.enabled, true),
              // Staff have no tenant; TRUE is a boolean in both dialects (SQLite reads it as 1).
              sql`coalesce(${t.tenants.enabled}, true) = true`,
            ),
          ),
        'identity_session',
      ),
    };
  }

  // ---- tenants
  async tenantsByIds(ids: readonly number[]): Promise<TenantRow[]> {
    const { tenants } = this.t;
    if (ids.length === 1) return this.prepared.tenant.execute({ id: ids[0] });
    return this.db.read
      .select()
      .from(tenants)
      .where(inArray(tenants.id, [...ids]));
  }

  tenantsByProjectIds(projectIds: readonly string[]): Promise<TenantRow[]> {
    const { tenants } = this.t;
    return this.db.read
      .select()
      .from(tenants)
      .where(inArray(tenants.projectId, [...projectIds]));
  }

  listTenants(): Promise<TenantRow[]> {
    const { tenants } = this.t;
    return this.db.read.select().from(tenants).orderBy(tenants.id);
  }

  async tenantByName(name: string): Promise<TenantRow | undefined> {
    const { tenants } = this.t;
    const [row] = await this.db.read.select().from(tenants).where(eq(tenants.name, name));
    return row;
  }

  /** The tenant, its root group and its admin user, all or nothing. */
  insertTenantTree(tree: NewTenantTree): Promise<{ tenant: TenantRow; rootGroup: GroupRow; admin: UserRow }> {
    const { tenants, groups, users, memberships } = this.t;
    return this.write(() =>
      this.db.transaction(async (tx) => {
        const [tenant] = await tx.insert(tenants).values(tree.tenant).returning();
        const [inserted] = await tx
          .insert(groups)
          .values({ tenantId: tenant.id, name: tenant.name, description: `Root group of ${tenant.name}` })
          .returning();
        const [rootGroup] = await tx
          .update(groups)
          .set({ path: `/${inserted.id}/` })
          .where(eq(groups.id, inserted.id))
          .returning();
        const [admin] = await tx
          .insert(users)
          .values({ ...tree.admin, tenantId: tenant.id, nameScope: tenant.id, enabled: true })
          .returning();
        await tx.insert(memberships).values({ userId: admin.id, groupId: rootGroup.id, isAdmin: true });
        await recordChange(tx, {
          tenantId: tenant.id,
          targets: { tenantId: tenant.id, rootGroupId: rootGroup.id, adminId: admin.id },
        });
        return { tenant, rootGroup, admin };
      }),
    );
  }

  updateTenant(
    id: number,
    patch: Partial<Pick<TenantRow, 'name' | 'description' | 'customerManager' | 'enabled'>>,
  ): Promise<TenantRow | undefined> {
    const { tenants } = this.t;
    return this.write(() =>
      this.db.transaction(async (tx) => {
        // An update that names no field changes nothing (drizzle refuses an empty SET).
        const [row] =
          Object.keys(patch).length > 0
            ? await tx.update(tenants).set(patch).where(eq(tenants.id, id)).returning()
            : await tx.select().from(tenants).where(eq(tenants.id, id));
        await recordChange(tx, { tenantId: id });
        return row;
      }),
    );
  }

  // ---- groups
  async groupsByIds(ids: readonly number[]): Promise<GroupRow[]> {
    const { groups } = this.t;
    if (ids.length === 1) return this.prepared.group.execute({ id: ids[0] });
    return this.db.read
      .select()
      .from(groups)
      .where(inArray(groups.id, [...ids]));
  }

  childrenOf(parentIds: readonly number[]): Promise<GroupRow[]> {
    const { groups } = this.t;
    return this.db.read
      .select()
      .from(groups)
      .where(inArray(groups.parentId, [...parentIds]))
      .orderBy(groups.name);
  }

  rootGroupsOf(tenantIds: readonly number[]): Promise<GroupRow[]> {
    const { groups } = this.t;
    return this.db.read
      .select()
      .from(groups)
      .where(and(inArray(groups.tenantId, [...tenantIds]), isNull(groups.parentId)));
  }

  async platformRootGroup(): Promise<GroupRow | undefined> {
    const { groups } = this.t;
    const [row] = await this.db.read
      .select()
      .from(groups)
      .where(and(isNull(groups.tenantId), isNull(groups.parentId)));
    return row;
  }

  insertGroup(parent: GroupRow, group: { name: string; description: string }): Promise<GroupRow> {
    const { groups } = this.t;
    return this.write(() =>
      this.db.transaction(async (tx) => {
        await assertGroupExists(tx, this.t, parent.id);
        const [inserted] = await tx
          .insert(groups)
          .values({ tenantId: parent.tenantId, parentId: parent.id, ...group })
          .returning();
        const [row] = await tx
          .update(groups)
          .set({ path: `${parent.path}${inserted.id}/` })
          .where(eq(groups.id, inserted.id))
          .returning();
        await recordChange(tx, { tenantId: parent.tenantId, targets: { groupId: row.id } });
        return row;
      }),
    );
  }

  updateGroup(id: number, patch: { name?: string; description?: string }): Promise<GroupRow | undefined> {
    const { groups } = this.t;
    return this.write(() =>
      this.db.transaction(async (tx) => {
        const [row] =
          Object.keys(patch).length > 0
            ? await tx.update(groups).set(patch).where(eq(groups.id, id)).returning()
            : await tx.select().from(groups).where(eq(groups.id, id));
        await recordChange(tx, { tenantId: row?.tenantId });
        return row;
      }),
    );
  }

  /** Deletes an empty group; the emptiness check sits in the same transaction, so no user slips in between. */
  deleteEmptyGroup(id: number): Promise<void> {
    const { groups, memberships } = this.t;
    return this.db.transaction(async (tx) => {
      const [child] = await tx.select({ id: groups.id }).from(groups).where(eq(groups.parentId, id)).limit(1);
      if (child)
        throw new ConflictError(bi('The group still has subgroups; delete them first', '该组还有子组，请先删除子组'));
      const [member] = await tx
        .select({ id: memberships.userId })
        .from(memberships)
        .where(eq(memberships.groupId, id))
        .limit(1);
      if (member) throw new ConflictError(bi('The group still has users; remove them first', '该组还有用户，请先移除'));
      const [deleted] = await tx.delete(groups).where(eq(groups.id, id)).returning({ tenantId: groups.tenantId });
      await recordChange(tx, { tenantId: deleted?.tenantId });
    });
  }

  // ---- users and memberships
  async usersByIds(ids: readonly number[]): Promise<UserRow[]> {
    const { users } = this.t;
    if (ids.length === 1) return this.prepared.user.execute({ id: ids[0] });
    return this.db.read
      .select()
      .from(users)
      .where(inArray(users.id, [...ids]));
  }

  async userByScopedName(tenantId: number | null, name: string): Promise<UserRow | undefined> {
    const { users } = this.t;
    const [row] = await this.db.read
      .select()
      .from(users)
      .where(and(eq(users.nameScope, tenantId ?? 0), eq(users.name, name)));
    return row;
  }

  async membershipsOfUsers(userIds: readonly number[]): Promise<MembershipRow[]> {
    const { groups, memberships } = this.t;
    if (userIds.length === 1) return this.prepared.memberships.execute({ id: userIds[0] });
    return this.db.read
      .select(membershipColumns(this.t))
      .from(memberships)
      .innerJoin(groups, eq(groups.id, memberships.groupId))
      .where(inArray(memberships.userId, [...userIds]));
  }

  membersOfGroups(groupIds: readonly number[]): Promise<Array<UserRow & { groupId: number; isAdmin: boolean }>> {
    const { users, memberships } = this.t;
    return this.db.read
      .select({ ...getTableColumns(users), groupId: memberships.groupId, isAdmin: memberships.isAdmin })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(inArray(memberships.groupId, [...groupIds]))
      .orderBy(users.name);
  }

  insertUser(user: NewUser, membership: { groupId: number; isAdmin: boolean }): Promise<UserRow> {
    const { users, memberships } = this.t;
    return this.write(() =>
      this.db.transaction(async (tx) => {
        await assertGroupExists(tx, this.t, membership.groupId);
        const [row] = await tx
          .insert(users)
          .values({ ...user, nameScope: user.tenantId ?? 0 })
          .returning();
        await tx.insert(memberships).values({ userId: row.id, ...membership });
        await recordChange(tx, { tenantId: row.tenantId, targets: { userId: row.id } });
        return row;
      }),
    );
  }

  /**
   * Applies a user's changes and upserts its membership of one group, in one transaction. A
   * disabled user or a changed password loses its sessions in the same transaction.
   */
  updateUser(
    userId: number,
    patch: UserPatch,
    membership: { groupId: number; isAdmin?: boolean },
    keepSessionId?: number,
    guard?: Guard,
  ): Promise<UserRow> {
    const { users, memberships, sessions } = this.t;
    return this.write(() =>
      this.db.transaction(async (tx) => {
        await guard?.(guardReads(tx, this.t));
        await assertGroupExists(tx, this.t, membership.groupId);
        const [row] =
          Object.keys(patch).length > 0
            ? await tx.update(users).set(patch).where(eq(users.id, userId)).returning()
            : await tx.select().from(users).where(eq(users.id, userId));
        if (!row) throw new ConflictError(bi('The user was deleted meanwhile', '该用户刚被删除'));
        await tx
          .insert(memberships)
          .values({ userId, groupId: membership.groupId, isAdmin: membership.isAdmin ?? false })
          .onConflictDoUpdate({
            target: [memberships.userId, memberships.groupId],
            set: membership.isAdmin === undefined ? { userId } : { isAdmin: membership.isAdmin },
          });
        if (patch.enabled === false || patch.passwordHash !== undefined) {
          // The session making the change survives a new password (a user editing itself stays logged in).
          const others =
            keepSessionId === undefined
              ? eq(sessions.userId, userId)
              : and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId));
          await tx.delete(sessions).where(patch.enabled === false ? eq(sessions.userId, userId) : others);
        }
        await recordChange(tx, { tenantId: row.tenantId });
        return row;
      }),
    );
  }

  /** Removes one membership; a user is never left in no group (delete it instead). */
  removeMembership(userId: number, groupId: number, guard?: Guard): Promise<void> {
    const { users, memberships } = this.t;
    return this.db.transaction(async (tx) => {
      await guard?.(guardReads(tx, this.t));
      const [{ count }] = await tx
        .select({ count: countAll() })
        .from(memberships)
        .where(eq(memberships.userId, userId));
      const [removed] = await tx
        .delete(memberships)
        .where(and(eq(memberships.userId, userId), eq(memberships.groupId, groupId)))
        .returning();
      if (!removed) throw new ConflictError(bi('The user is not a member of that group', '该用户不是该组的成员'));
      if (count <= 1)
        throw new ConflictError(
          bi(
            "This is the user's only group; delete the user instead (removeUser without groupId)",
            '这是该用户唯一的组，请改为删除用户（removeUser 不带 groupId）',
          ),
        );
      const [user] = await tx.select({ tenantId: users.tenantId }).from(users).where(eq(users.id, userId));
      await recordChange(tx, { tenantId: user?.tenantId });
    });
  }

  /** Deletes the user; its memberships and sessions go with it (ON DELETE CASCADE). */
  deleteUser(userId: number, guard?: Guard): Promise<void> {
    const { users } = this.t;
    return this.db.transaction(async (tx) => {
      await guard?.(guardReads(tx, this.t));
      const [deleted] = await tx.delete(users).where(eq(users.id, userId)).returning({ tenantId: users.tenantId });
      await recordChange(tx, { tenantId: deleted?.tenantId });
    });
  }

  /**
   * First start only: the platform's root group and its first ADMIN, an admin member of it; none
   * (undefined) when the root exists already. Checked inside the transaction, so of replicas
   * starting together on a new database one makes them, and the others find them.
   */
  insertPlatformRoot(admin: { name: string; passwordHash: string }): Promise<UserRow | undefined> {
    const { groups, users, memberships } = this.t;
    return this.db.transaction(async (tx) => {
      const [root] = await tx
        .select({ id: groups.id })
        .from(groups)
        .where(and(isNull(groups.tenantId), isNull(groups.parentId)))
        .limit(1);
      if (root) return undefined;
      const [inserted] = await tx
        .insert(groups)
        .values({ tenantId: null, name: 'platform', description: 'Platform staff' })
        .returning();
      await tx
        .update(groups)
        .set({ path: `/${inserted.id}/` })
        .where(eq(groups.id, inserted.id));
      const [user] = await tx
        .insert(users)
        .values({
          ...admin,
          tenantId: null,
          nameScope: 0,
          staffRole: 'ADMIN',
          description: 'First platform administrator',
        })
        .returning();
      await tx.insert(memberships).values({ userId: user.id, groupId: inserted.id, isAdmin: true });
      return user;
    });
  }

  // ---- sessions
  /** A login: the new session, and its audit record naming the user who logged in. */
  insertSession(
    user: Pick<UserRow, 'id' | 'tenantId'>,
    tokenHash: string,
    expiresAt: Date,
    now: Date,
  ): Promise<number> {
    const { sessions } = this.t;
    return this.db.transaction(async (tx) => {
      const [{ id }] = await tx
        .insert(sessions)
        .values({ userId: user.id, tokenHash, expiresAt, lastSeenAt: now })
        .returning({ id: sessions.id });
      await recordChange(tx, { tenantId: user.tenantId, actorId: user.id, targets: { userId: user.id } });
      return id;
    });
  }

  /**
   * The session's user, only while the session is neither expired nor idle since `idleSince`, and
   * both user and tenant are enabled; and its tenant (null for staff), read in the same statement,
   * since most requests want both.
   */
  async activeSession(
    tokenHash: string,
    now: Date,
    idleSince: Date,
  ): Promise<
    | { sessionId: number; lastSeenAt: Date; user: UserRow; tenant: TenantRow | null; memberships: MembershipRow[] }
    | undefined
  > {
    const rows = await this.prepared.session.execute({ tokenHash, now, idleSince });
    if (rows.length === 0) return undefined;
    const { sessionId, lastSeenAt, user, tenant } = rows[0];
    const memberships = rows.flatMap(({ membership: m }) =>
      // A user in no group: the one row's membership columns are all NULL.
      m.userId === null || m.groupId === null || m.isAdmin === null || m.groupPath === null
        ? []
        : [{ userId: m.userId, groupId: m.groupId, isAdmin: m.isAdmin, groupPath: m.groupPath }],
    );
    return { sessionId, lastSeenAt, user, tenant, memberships };
  }

  touchSession(sessionId: number, now: Date): Promise<void> {
    const { sessions } = this.t;
    return this.db.transaction(async (tx) => {
      await tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, sessionId));
    });
  }

  /** A new password, and every session of the user but the one that changed it ends. */
  changePassword(userId: number, passwordHash: string, keepSessionId: number): Promise<void> {
    const { users, sessions } = this.t;
    return this.db.transaction(async (tx) => {
      await tx.update(users).set({ passwordHash }).where(eq(users.id, userId));
      await tx.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));
      await recordChange(tx);
    });
  }

  deleteSession(tokenHash: string): Promise<void> {
    const { sessions } = this.t;
    return this.db.transaction(async (tx) => {
      await tx.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
      await recordChange(tx);
    });
  }

  /** Unique-name races lost at the database become CONFLICT, like the checks made before them. */
  private async write<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError(bi('That name is already taken', '该名称已被占用'));
      throw error;
    }
  }
}

function guardReads(tx: Tx, t: Tables): GuardReads {
  return {
    membershipsOf: (userId) =>
      tx
        .select(membershipColumns(t))
        .from(t.memberships)
        .innerJoin(t.groups, eq(t.groups.id, t.memberships.groupId))
        .where(eq(t.memberships.userId, userId)),
    enabledAdminsOf: async (groupId) => {
      const rows = await tx
        .select({ id: t.users.id })
        .from(t.memberships)
        .innerJoin(t.users, eq(t.users.id, t.memberships.userId))
        .where(and(eq(t.memberships.groupId, groupId), eq(t.memberships.isAdmin, true), eq(t.users.enabled, true)));
      return rows.map((row) => row.id);
    },
  };
}

/** A group gaining a member or a subgroup may have been deleted since the service read it: NOT_FOUND, as if gone then. */
async function assertGroupExists(tx: Tx, t: Tables, groupId: number): Promise<void> {
  const [group] = await tx.select({ id: t.groups.id }).from(t.groups).where(eq(t.groups.id, groupId));
  if (!group) throw new NotFoundError('Group', groupId);
}
