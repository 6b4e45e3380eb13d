import { policy, requireViewer } from '../auth/policy';
import { assertPasswordPolicy, generatePassword, hashPassword } from '../auth/password';
import { allOrNothing, UndoStack } from '../shared/undo';
import { bi, ConflictError, NotFoundError } from '../errors';
import { TenantRow, UserRow } from './identity.repo';
import { IdentityDeps } from './deps';
import { Connection, keyOf, orderOf, pageInMemory } from '../graphql/paging';
import { TenantPageArgs } from './identity-page.inputs';

export interface CreateTenantArgs {
  name: string;
  description?: string;
  customerManager?: string;
  adminName?: string;
  adminPassword?: string;
  adminDescription?: string;
  createDefaultNetwork?: boolean;
}

export interface UpdateTenantArgs {
  name?: string;
  description?: string;
  customerManager?: string;
  enabled?: boolean;
}

export class TenantService {
  constructor(private readonly scope: IdentityDeps) {}

  async get(id: number): Promise<TenantRow> {
    const viewer = requireViewer(this.scope.viewer);
    policy.readTenant(viewer, id);
    const tenant = await this.scope.loaders.tenantById.load(id);
    if (!tenant) throw new NotFoundError('Tenant', id);
    return tenant;
  }

  /** Staff see every tenant; a tenant user sees its own. */
  /**
   * A page of the tenants the viewer sees, filtered and sorted in memory: the operator's tenants
   * are few enough (hundreds) to read at once, one SQL statement whatever the page (docs/API.md).
   */
  async page(args: TenantPageArgs): Promise<Connection<TenantRow>> {
    const filter = args.filter ?? {};
    const text = filter.nameContains?.toLowerCase();
    const rows = (await this.list()).filter(
      (t) =>
        (text === undefined || t.name.toLowerCase().includes(text)) &&
        (filter.enabled === undefined || filter.enabled === null || t.enabled === filter.enabled),
    );
    return pageInMemory(rows, orderOf(args.orderBy), args, keyOf);
  }

  async list(): Promise<TenantRow[]> {
    const viewer = requireViewer(this.scope.viewer);
    if (viewer.staffRole !== null) return this.scope.repo.listTenants();
    return viewer.tenantId === null ? [] : [await this.get(viewer.tenantId)];
  }

  /**
   * Tenant, cloud project, root group and admin user (and with `createDefaultNetwork` a default
   * network, subnet and router), all or nothing: the cloud work is done first (no transaction is
   * held across a cloud call), each step registering its undo; then one transaction writes the
   * rest. A failure at any step undoes the steps before it.
   */
  async create(args: CreateTenantArgs): Promise<{ tenant: TenantRow; admin: UserRow; adminPassword: string | null }> {
    policy.manageTenants(requireViewer(this.scope.viewer));
    await this.assertNameFree(args.name);
    if (args.adminPassword !== undefined)
      assertPasswordPolicy(args.adminPassword, args.adminName ?? 'admin', 'adminPassword');
    const password = args.adminPassword ?? generatePassword();
    const passwordHash = await hashPassword(password);
    const undo = new UndoStack();
    return allOrNothing(undo, async () => {
      const project = await this.scope.cloud.createProject({
        name: args.name,
        description: `Canopy tenant ${args.name}`,
      });
      undo.push(`cloud project ${project.id}`, () => this.scope.cloud.deleteProject(project.id));
      if (args.createDefaultNetwork) await this.scope.createDefaultNetwork(project.id, undo);
      const { tenant, admin } = await this.scope.repo.insertTenantTree({
        tenant: {
          name: args.name,
          description: args.description ?? '',
          customerManager: args.customerManager ?? '',
          projectId: project.id,
        },
        admin: { name: args.adminName ?? 'admin', description: args.adminDescription ?? '', passwordHash },
      });
      return { tenant, admin, adminPassword: args.adminPassword === undefined ? password : null };
    });
  }

  /** Disabling a tenant ends its users' sessions at once: every request checks the tenant is enabled. */
  async update(id: number, args: UpdateTenantArgs): Promise<TenantRow> {
    policy.manageTenants(requireViewer(this.scope.viewer), id);
    const current = await this.get(id);
    if (args.name !== undefined && args.name !== current.name) await this.assertNameFree(args.name);
    const updated = await this.scope.repo.updateTenant(id, args);
    if (!updated) throw new NotFoundError('Tenant', id);
    this.scope.loaders.tenantById.clear(id).prime(id, updated);
    return updated;
  }

  private async assertNameFree(name: string): Promise<void> {
    if (await this.scope.repo.tenantByName(name))
      throw new ConflictError(bi(`A tenant named "${name}" already exists`, `名为“${name}”的租户已存在`));
  }
}
