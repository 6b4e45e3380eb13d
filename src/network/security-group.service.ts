import { auditTenant } from '../audit/audit.context';
import { policy, requireViewer } from '../auth/policy';
import { CloudSecurityGroup, CloudSecurityGroupRule, sameRule } from '../cloud/resources';
import { bi, ConflictError, NotFoundError } from '../errors';
import { TenantRow } from '../identity/identity.repo';
import { ResourceDeps, tenantFor, tenantOfProject } from '../resources/deps';
import { RuleArgs, ruleSpec } from './security-group.rules';

/**
 * A tenant's security groups and their rules (ids are the cloud's UUIDs). Canopy acts through one
 * service account for every tenant, so every group and rule is checked to be of the tenant's
 * project: another tenant's is NOT_FOUND.
 */
export class SecurityGroupService {
  constructor(private readonly scope: ResourceDeps) {}

  async list(tenantId: number | undefined): Promise<CloudSecurityGroup[]> {
    const tenant = await tenantFor(this.scope, tenantId);
    policy.readSecurityGroups(requireViewer(this.scope.viewer), tenant.id, 'Tenant', tenant.id);
    return this.scope.cloudLoaders.securityGroupsByProjectId.load(tenant.projectId);
  }

  /** Names are unique inside a tenant (createServer takes names; Neutron itself allows duplicates). */
  async create(args: { tenantId: number; name: string; description?: string }): Promise<CloudSecurityGroup> {
    const tenant = await tenantFor(this.scope, args.tenantId);
    policy.manageSecurityGroups(requireViewer(this.scope.viewer), tenant.id, 'Tenant', tenant.id);
    const existing = await this.scope.cloudLoaders.securityGroupsByProjectId.load(tenant.projectId);
    if (existing.some((g) => g.name === args.name))
      throw new ConflictError(
        bi(`The tenant already has a security group named "${args.name}"`, `该租户已有名为“${args.name}”的防火墙`),
      );
    return this.scope.cloud.createSecurityGroup({
      projectId: tenant.projectId,
      name: args.name,
      description: args.description ?? '',
    });
  }

  /**
   * `default` is refused here (CONFLICT): Neutron refuses it to the project's own users but lets an
   * admin, Canopy's service account, delete it. A group a server uses is refused by the cloud (CONFLICT).
   */
  async delete(securityGroupId: string): Promise<string> {
    const { group } = await this.manageable(securityGroupId);
    if (group.name === 'default')
      throw new ConflictError(
        bi("The tenant's default security group cannot be deleted", '租户的默认防火墙（default）不能删除'),
      );
    await this.scope.cloud.deleteSecurityGroup(group.id);
    return group.id;
  }

  async addRule(args: RuleArgs): Promise<{ rule: CloudSecurityGroupRule; securityGroup: CloudSecurityGroup }> {
    const spec = ruleSpec(args);
    const { group } = await this.manageable(spec.securityGroupId);
    if (spec.remoteSecurityGroupId !== null) {
      const remote = await this.scope.cloudLoaders.securityGroupById.load(spec.remoteSecurityGroupId);
      if (!remote || remote.projectId !== group.projectId)
        throw new NotFoundError('Security group', spec.remoteSecurityGroupId);
    }
    if (group.rules.some((rule) => sameRule(rule, spec)))
      throw new ConflictError(bi('The security group already has this rule', '该防火墙已有相同的规则'));
    // The group's project, passed on: through the service account Neutron would give the rule its own.
    const rule = await this.scope.cloud.addSecurityGroupRule({ ...spec, projectId: group.projectId });
    return { rule, securityGroup: await this.reloaded(group.id) };
  }

  /** Rules of `default` may be removed too, as Neutron allows: the tenant decides what its default admits. */
  async removeRule(ruleId: string): Promise<{ removedRuleId: string; securityGroup: CloudSecurityGroup }> {
    const rule = await this.scope.cloudLoaders.securityGroupRuleById.load(ruleId);
    if (!rule) throw new NotFoundError('Security group rule', ruleId);
    const tenant = await tenantOfProject(this.scope, rule.projectId);
    if (!tenant) throw new NotFoundError('Security group rule', ruleId);
    auditTenant(tenant.id);
    policy.manageSecurityGroups(requireViewer(this.scope.viewer), tenant.id, 'Security group rule', ruleId);
    await this.scope.cloud.removeSecurityGroupRule(rule.id);
    return { removedRuleId: rule.id, securityGroup: await this.reloaded(rule.securityGroupId) };
  }

  /** A group of a tenant the viewer may see (NOT_FOUND otherwise), with its tenant. */
  async load(securityGroupId: string): Promise<{ group: CloudSecurityGroup; tenant: TenantRow }> {
    const group = await this.scope.cloudLoaders.securityGroupById.load(securityGroupId);
    if (!group) throw new NotFoundError('Security group', securityGroupId);
    const tenant = await tenantOfProject(this.scope, group.projectId);
    if (!tenant) throw new NotFoundError('Security group', securityGroupId);
    policy.readSecurityGroups(requireViewer(this.scope.viewer), tenant.id, 'Security group', securityGroupId);
    return { group, tenant };
  }

  private async manageable(securityGroupId: string): Promise<{ group: CloudSecurityGroup; tenant: TenantRow }> {
    const found = await this.load(securityGroupId);
    auditTenant(found.tenant.id);
    policy.manageSecurityGroups(requireViewer(this.scope.viewer), found.tenant.id, 'Security group', securityGroupId);
    return found;
  }

  private async reloaded(securityGroupId: string): Promise<CloudSecurityGroup> {
    const group = (await this.scope.cloud.getSecurityGroups([securityGroupId])).get(securityGroupId);
    if (!group) throw new NotFoundError('Security group', securityGroupId);
    this.scope.cloudLoaders.securityGroupById.clear(group.id).prime(group.id, group);
    return group;
  }
}
