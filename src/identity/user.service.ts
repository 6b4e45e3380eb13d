import { policy, requireViewer, UserFacts } from '../auth/policy';
import { assertPasswordPolicy, hashPassword } from '../auth/password';
import { isRootPath, StaffRole } from '../auth/viewer';
import { BadInputError, bi, ConflictError, NotFoundError } from '../errors';
import { GroupRow, Guard, MembershipRow, TenantRow, UserPatch, UserRow } from './identity.repo';
import { IdentityDeps } from './deps';

export interface CreateUserArgs {
  name: string;
  password: string;
  description?: string;
  enabled?: boolean;
  isAdmin?: boolean;
  staffRole?: StaffRole;
}

export interface UpdateUserArgs {
  name?: string;
  password?: string;
  description?: string;
  enabled?: boolean;
  isAdmin?: boolean;
}

export class UserService {
  constructor(private readonly scope: IdentityDeps) {}

  async get(id: number): Promise<UserRow> {
    const user = await this.load(id);
    policy.readUser(requireViewer(this.scope.viewer), await this.facts(user));
    return user;
  }

  /** The logged-in user, or null without a session. */
  async viewer(): Promise<UserRow | null> {
    return this.scope.viewer ? ((await this.scope.loaders.userById.load(this.scope.viewer.userId)) ?? null) : null;
  }

  /** A user in a group; a platform group makes staff, which needs a staffRole granted by an ADMIN. */
  async create(groupId: number, args: CreateUserArgs): Promise<UserRow> {
    const viewer = requireViewer(this.scope.viewer);
    const group = await this.loadGroup(groupId);
    policy.manageGroup(viewer, group);
    if (group.tenantId === null) {
      policy.grantStaffRole(viewer);
      if (!args.staffRole)
        throw new BadInputError(
          'staffRole',
          bi('A user of a platform group needs a staffRole', '平台组的用户必须指定 staffRole'),
        );
    } else if (args.staffRole) {
      throw new BadInputError(
        'staffRole',
        bi('Only users of a platform group have a staffRole', '只有平台组的用户才有 staffRole'),
      );
    }
    await this.assertNameFree(group.tenantId, args.name);
    assertPasswordPolicy(args.password, args.name, 'password');
    const passwordHash = await hashPassword(args.password);
    const user = await this.scope.repo.insertUser(
      {
        tenantId: group.tenantId,
        name: args.name,
        description: args.description ?? '',
        enabled: args.enabled ?? true,
        passwordHash,
        staffRole: args.staffRole ?? null,
      },
      { groupId: group.id, isAdmin: args.isAdmin ?? false },
    );
    this.forget(user.id, group.id);
    return user;
  }

  /** Edits the user and its membership of `groupId`, adding that membership when missing. */
  async update(userId: number, groupId: number, args: UpdateUserArgs): Promise<UserRow> {
    const viewer = requireViewer(this.scope.viewer);
    const user = await this.load(userId);
    const facts = await this.facts(user);
    policy.manageUser(viewer, facts);
    const group = await this.loadGroup(groupId);
    policy.manageGroup(viewer, group);
    if (group.tenantId !== user.tenantId)
      throw new BadInputError(
        'groupId',
        bi('The group belongs to another tenant than the user', '该组与用户不属于同一租户'),
      );
    if (args.name !== undefined && args.name !== user.name) await this.assertNameFree(user.tenantId, args.name);
    const guard =
      args.enabled === false || args.isAdmin === false
        ? notLastRootAdmin(user.id, args.enabled === false ? undefined : group.id)
        : undefined;
    const patch: UserPatch = {};
    if (args.name !== undefined) patch.name = args.name;
    if (args.description !== undefined) patch.description = args.description;
    if (args.enabled !== undefined) patch.enabled = args.enabled;
    if (args.password !== undefined) {
      assertPasswordPolicy(args.password, args.name ?? user.name, 'password');
      patch.passwordHash = await hashPassword(args.password);
    }
    const updated = await this.scope.repo.updateUser(
      user.id,
      patch,
      { groupId: group.id, isAdmin: args.isAdmin },
      user.id === viewer.userId ? viewer.sessionId : undefined,
      guard,
    );
    this.forget(user.id, group.id);
    return updated;
  }

  /** With a group, removes that membership; without, deletes the user (its servers are released with it). */
  async remove(userId: number, groupId: number | undefined): Promise<{ removedUserId: number; deleted: boolean }> {
    const viewer = requireViewer(this.scope.viewer);
    const user = await this.load(userId);
    const facts = await this.facts(user);
    if (groupId === undefined) {
      policy.deleteUser(viewer, facts);
      if (user.id === viewer.userId) throw new ConflictError(bi('You cannot delete yourself', '不能删除自己'));
      await this.scope.repo.deleteUser(user.id, notLastRootAdmin(user.id));
      this.forget(user.id);
      return { removedUserId: user.id, deleted: true };
    }
    policy.manageUser(viewer, facts);
    const group = await this.loadGroup(groupId);
    policy.manageGroup(viewer, group);
    await this.scope.repo.removeMembership(user.id, group.id, notLastRootAdmin(user.id, group.id));
    this.forget(user.id, group.id);
    return { removedUserId: user.id, deleted: false };
  }

  // ---- fields
  async memberships(user: UserRow): Promise<Array<{ group: GroupRow; isAdmin: boolean }>> {
    const viewer = requireViewer(this.scope.viewer);
    const memberships = await this.scope.loaders.membershipsByUserId.load(user.id);
    const groups = await this.scope.loaders.groupById.loadMany(memberships.map((m) => m.groupId));
    return memberships.flatMap((membership, i) => {
      const group = groups[i];
      return group && !(group instanceof Error) && policy.canReadGroup(viewer, group)
        ? [{ group, isAdmin: membership.isAdmin }]
        : [];
    });
  }

  async tenant(user: UserRow): Promise<TenantRow | null> {
    return user.tenantId === null ? null : ((await this.scope.loaders.tenantById.load(user.tenantId)) ?? null);
  }

  /** Of these users, those the viewer may see (batched: one statement for all their memberships). */
  async visible(users: UserRow[]): Promise<UserRow[]> {
    const viewer = requireViewer(this.scope.viewer);
    const memberships = await this.scope.loaders.membershipsByUserId.loadMany(users.map((u) => u.id));
    return users.filter((user, i) => policy.canReadUser(viewer, toFacts(user, memberships[i])));
  }

  /** After a write, this request's loaders must not answer from what they read before it. */
  private forget(userId: number, groupId?: number): void {
    this.scope.loaders.userById.clear(userId);
    this.scope.loaders.membershipsByUserId.clear(userId);
    if (groupId !== undefined) this.scope.loaders.membersByGroupId.clear(groupId);
    else this.scope.loaders.membersByGroupId.clearAll();
  }

  private async facts(user: UserRow): Promise<UserFacts> {
    return toFacts(user, await this.scope.loaders.membershipsByUserId.load(user.id));
  }

  private async load(id: number): Promise<UserRow> {
    const user = await this.scope.loaders.userById.load(id);
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  private async loadGroup(id: number): Promise<GroupRow> {
    const group = await this.scope.loaders.groupById.load(id);
    if (!group) throw new NotFoundError('Group', id);
    return group;
  }

  private async assertNameFree(tenantId: number | null, name: string): Promise<void> {
    if (await this.scope.repo.userByScopedName(tenantId, name))
      throw new ConflictError(bi(`A user named "${name}" already exists here`, `此处已有名为“${name}”的用户`));
  }
}

/**
 * A tenant (and the platform) must keep one enabled admin of its root group, or nobody could
 * manage it again. `groupId` narrows the check to losing admin rights there; without it the user
 * is going away entirely (deleted or disabled). A guard: it reads inside the write's transaction,
 * so two admins removing each other at once cannot both pass it.
 */
function notLastRootAdmin(userId: number, groupId?: number): Guard {
  return async (reads) => {
    const memberships = await reads.membershipsOf(userId);
    const rootAdmin = memberships.find(
      (m) => m.isAdmin && isRootPath(m.groupPath) && (groupId === undefined || m.groupId === groupId),
    );
    if (!rootAdmin) return;
    const admins = await reads.enabledAdminsOf(rootAdmin.groupId);
    if (admins.length <= 1 && admins.includes(userId))
      throw new ConflictError(
        bi(
          'This is the last enabled admin of the root group; make another admin first',
          '这是根组最后一个启用的管理员，请先设置另一位管理员',
        ),
      );
  };
}

function toFacts(user: UserRow, memberships: MembershipRow[] | Error | undefined): UserFacts {
  const list = Array.isArray(memberships) ? memberships : [];
  return { id: user.id, tenantId: user.tenantId, groupPaths: list.map((m) => m.groupPath) };
}
