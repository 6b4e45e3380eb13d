import { policy, requireViewer } from '../auth/policy';
import { isRootPath } from '../auth/viewer';
import { bi, ConflictError, NotFoundError } from '../errors';
import { GroupRow, TenantRow, UserRow } from './identity.repo';
import { IdentityDeps } from './deps';
import { UserService } from './user.service';
import { Connection, keyOf, orderOf, pageInMemory } from '../graphql/paging';
import { UserPageArgs } from './identity-page.inputs';

export class GroupService {
  constructor(
    private readonly scope: IdentityDeps,
    private readonly users: UserService,
  ) {}

  /** A group by id, checked against the viewer; missing and another tenant's are alike NOT_FOUND. */
  async get(id: number): Promise<GroupRow> {
    const viewer = requireViewer(this.scope.viewer);
    const group = await this.load(id);
    policy.readGroup(viewer, group);
    return group;
  }

  async platformRoot(): Promise<GroupRow> {
    policy.staffOnly(requireViewer(this.scope.viewer));
    const root = await this.scope.repo.platformRootGroup();
    if (!root) throw new NotFoundError('Platform root group');
    return root;
  }

  async create(parentId: number, args: { name: string; description?: string }): Promise<GroupRow> {
    const parent = await this.load(parentId);
    policy.manageGroup(requireViewer(this.scope.viewer), parent);
    await this.assertSiblingNameFree(parent.id, args.name);
    const group = await this.scope.repo.insertGroup(parent, { name: args.name, description: args.description ?? '' });
    this.scope.loaders.childrenByGroupId.clear(parent.id);
    return group;
  }

  async update(id: number, args: { name?: string; description?: string }): Promise<GroupRow> {
    const group = await this.load(id);
    policy.manageGroup(requireViewer(this.scope.viewer), group);
    if (args.name !== undefined && args.name !== group.name && group.parentId !== null)
      await this.assertSiblingNameFree(group.parentId, args.name);
    const updated = await this.scope.repo.updateGroup(id, args);
    if (!updated) throw new NotFoundError('Group', id);
    this.scope.loaders.groupById.clear(id).prime(id, updated);
    if (group.parentId !== null) this.scope.loaders.childrenByGroupId.clear(group.parentId);
    return updated;
  }

  /** Only an empty group goes: no users, no subgroups; a root group never. */
  async delete(id: number): Promise<number> {
    const group = await this.load(id);
    policy.manageGroup(requireViewer(this.scope.viewer), group);
    if (isRootPath(group.path)) throw new ConflictError(bi('A root group cannot be deleted', '根组不能删除'));
    await this.scope.repo.deleteEmptyGroup(id);
    this.scope.loaders.groupById.clear(id);
    if (group.parentId !== null) this.scope.loaders.childrenByGroupId.clear(group.parentId);
    return id;
  }

  // ---- fields: each shows only what the viewer may see
  /** A tenant's root group, or null when the viewer may not see it (a group admin below it, a member). */
  async rootOf(tenantId: number): Promise<GroupRow | null> {
    const root = await this.scope.loaders.rootGroupByTenantId.load(tenantId);
    return root && policy.canReadGroup(requireViewer(this.scope.viewer), root) ? root : null;
  }

  async parent(group: GroupRow): Promise<GroupRow | null> {
    if (group.parentId === null) return null;
    const parent = await this.scope.loaders.groupById.load(group.parentId);
    return parent && policy.canReadGroup(requireViewer(this.scope.viewer), parent) ? parent : null;
  }

  async children(group: GroupRow): Promise<GroupRow[]> {
    const viewer = requireViewer(this.scope.viewer);
    const children = await this.scope.loaders.childrenByGroupId.load(group.id);
    return children.filter((child) => policy.canReadGroup(viewer, child));
  }

  /** A page of the members, from the batched members of the request's groups (one SQL statement for a whole tree). */
  async memberPage(group: GroupRow, args: UserPageArgs): Promise<Connection<UserRow>> {
    return pageInMemory(await this.members(group), orderOf(args.orderBy), args, keyOf);
  }

  async members(group: GroupRow): Promise<UserRow[]> {
    const members = await this.scope.loaders.membersByGroupId.load(group.id);
    return this.users.visible(members);
  }

  async tenant(group: GroupRow): Promise<TenantRow | null> {
    return group.tenantId === null ? null : ((await this.scope.loaders.tenantById.load(group.tenantId)) ?? null);
  }

  private async load(id: number): Promise<GroupRow> {
    const group = await this.scope.loaders.groupById.load(id);
    if (!group) throw new NotFoundError('Group', id);
    return group;
  }

  private async assertSiblingNameFree(parentId: number, name: string): Promise<void> {
    const siblings = await this.scope.loaders.childrenByGroupId.load(parentId);
    if (siblings.some((sibling) => sibling.name === name))
      throw new ConflictError(bi(`A group named "${name}" already exists here`, `此处已有名为“${name}”的组`));
  }
}
