import { and, eq, inArray, or } from 'drizzle-orm';
import { manyByKey } from '../../db/batch';
import { Database, Tx } from '../../db/database';
import { bi, ConflictError, NotFoundError } from '../../errors';
import { CloudSecurityGroup, CloudSecurityGroupRule, sameRule, SecurityGroupRuleSpec } from '../resources';
import { SimDb, simTables, uuid } from './sim.db';
import { SimQuotas } from './sim.quota';
import type { simSecurityGroupRules, simSecurityGroups } from './sim.tables';

type GroupRow = typeof simSecurityGroups.$inferSelect;
type RuleRow = typeof simSecurityGroupRules.$inferSelect;

const ANY = { protocol: null, portMin: null, portMax: null, remoteCidr: null, remoteSecurityGroupId: null };

/** The rules Neutron gives a new group: all egress, IPv4 and IPv6. */
function egressRules(): Array<Omit<SecurityGroupRuleSpec, 'securityGroupId' | 'projectId'>> {
  return [
    { ...ANY, direction: 'egress', ethertype: 'IPv4' },
    { ...ANY, direction: 'egress', ethertype: 'IPv6' },
  ];
}

/**
 * Makes a group with Neutron's rules: two egress rules, and for a project's `default` group also
 * ingress from its own members (remote group: itself), IPv4 and IPv6.
 */
export async function insertSecurityGroup(
  tx: Tx,
  spec: { projectId: string; name: string; description: string },
): Promise<GroupRow> {
  const { securityGroups, securityGroupRules } = simTables(tx);
  const [group] = await tx
    .insert(securityGroups)
    .values({ id: uuid(), ...spec })
    .returning();
  const rules = egressRules();
  if (spec.name === 'default')
    rules.push(
      { ...ANY, direction: 'ingress', ethertype: 'IPv4', remoteSecurityGroupId: group.id },
      { ...ANY, direction: 'ingress', ethertype: 'IPv6', remoteSecurityGroupId: group.id },
    );
  await tx
    .insert(securityGroupRules)
    .values(rules.map((rule) => ({ id: uuid(), securityGroupId: group.id, projectId: spec.projectId, ...rule })));
  return group;
}

/** Neutron's security groups and their rules; which servers use a group is the servers' `securityGroups`. */
export class SimSecurityGroups {
  private readonly t = simTables(this.db.read);

  constructor(
    private readonly db: Database,
    private readonly quotas: SimQuotas,
  ) {}

  /** Neutron allows duplicate names; Canopy's service refuses them first, the sim's unique index here. */
  create(spec: { projectId: string; name: string; description: string }): Promise<CloudSecurityGroup> {
    const { securityGroups } = this.t;
    return this.db.transaction(async (tx) => {
      await this.quotas.assertRoom(tx, spec.projectId, { securityGroups: 1 });
      const [taken] = await tx
        .select({ id: securityGroups.id })
        .from(securityGroups)
        .where(and(eq(securityGroups.projectId, spec.projectId), eq(securityGroups.name, spec.name)));
      if (taken)
        throw new ConflictError(
          bi(`A security group named "${spec.name}" already exists`, `已有名为“${spec.name}”的防火墙`),
        );
      const group = await insertSecurityGroup(tx, spec);
      return (await this.toGroups(tx, [group]))[0];
    });
  }

  async get(ids: readonly string[]): Promise<Map<string, CloudSecurityGroup>> {
    if (ids.length === 0) return new Map();
    const { securityGroups } = this.t;
    const rows = await this.db.read
      .select()
      .from(securityGroups)
      .where(inArray(securityGroups.id, [...ids]));
    return new Map((await this.toGroups(this.db.read, rows)).map((g) => [g.id, g]));
  }

  async list(projectIds: readonly string[]): Promise<Map<string, CloudSecurityGroup[]>> {
    const { securityGroups } = this.t;
    const rows =
      projectIds.length === 0
        ? []
        : await this.db.read
            .select()
            .from(securityGroups)
            .where(inArray(securityGroups.projectId, [...projectIds]))
            .orderBy(securityGroups.name);
    const groups = manyByKey(projectIds, await this.toGroups(this.db.read, rows), (g) => g.projectId);
    return new Map(projectIds.map((id, i) => [id, groups[i]]));
  }

  /** Neutron's SecurityGroupCannotRemoveDefault and SecurityGroupInUse (a server's port has it) are 409s. */
  delete(id: string): Promise<void> {
    const { securityGroups, securityGroupRules, servers } = this.t;
    return this.db.transaction(async (tx) => {
      const [group] = await tx.select().from(securityGroups).where(eq(securityGroups.id, id));
      if (!group) return;
      if (group.name === 'default')
        throw new ConflictError(
          bi("A project's default security group cannot be deleted", '项目的默认防火墙（default）不能删除'),
        );
      const users = await tx
        .select({ name: servers.name, securityGroups: servers.securityGroups })
        .from(servers)
        .where(eq(servers.projectId, group.projectId));
      const user = users.find((s) => s.securityGroups.includes(group.name));
      if (user)
        throw new ConflictError(
          bi(
            `Security group ${group.name} is in use by server ${user.name}`,
            `防火墙 ${group.name} 正被主机 ${user.name} 使用`,
          ),
        );
      // As Neutron's foreign keys do: rules of other groups that name this one as their remote go with it.
      await tx
        .delete(securityGroupRules)
        .where(or(eq(securityGroupRules.securityGroupId, id), eq(securityGroupRules.remoteSecurityGroupId, id)));
      await tx.delete(securityGroups).where(eq(securityGroups.id, id));
    });
  }

  addRule(spec: SecurityGroupRuleSpec): Promise<CloudSecurityGroupRule> {
    const { securityGroups, securityGroupRules } = this.t;
    return this.db.transaction(async (tx) => {
      const [group] = await tx.select().from(securityGroups).where(eq(securityGroups.id, spec.securityGroupId));
      if (!group || group.projectId !== spec.projectId) throw new NotFoundError('Security group', spec.securityGroupId);
      if (spec.remoteSecurityGroupId !== null) {
        const [remote] = await tx
          .select()
          .from(securityGroups)
          .where(eq(securityGroups.id, spec.remoteSecurityGroupId));
        if (!remote || remote.projectId !== group.projectId)
          throw new NotFoundError('Security group', spec.remoteSecurityGroupId);
      }
      const existing = await tx
        .select()
        .from(securityGroupRules)
        .where(eq(securityGroupRules.securityGroupId, group.id));
      if (existing.some((rule) => sameRule(toRule(rule), spec)))
        throw new ConflictError(bi('The security group already has this rule', '该防火墙已有相同的规则'));
      await this.quotas.assertRoom(tx, group.projectId, { securityGroupRules: 1 });
      const [row] = await tx
        .insert(securityGroupRules)
        .values({ id: uuid(), ...spec })
        .returning();
      return toRule(row);
    });
  }

  async rules(ids: readonly string[]): Promise<Map<string, CloudSecurityGroupRule>> {
    if (ids.length === 0) return new Map();
    const { securityGroupRules } = this.t;
    const rows = await this.db.read
      .select()
      .from(securityGroupRules)
      .where(inArray(securityGroupRules.id, [...ids]));
    return new Map(rows.map((row) => [row.id, toRule(row)]));
  }

  removeRule(id: string): Promise<void> {
    const { securityGroupRules } = this.t;
    return this.db.transaction(async (tx) => {
      await tx.delete(securityGroupRules).where(eq(securityGroupRules.id, id));
    });
  }

  /** Every group must be of the server's project; one transaction, so it is all or nothing. */
  setServerGroups(serverId: string, groupIds: readonly string[]): Promise<void> {
    const { securityGroups, servers } = this.t;
    return this.db.transaction(async (tx) => {
      const [server] = await tx.select().from(servers).where(eq(servers.id, serverId));
      if (!server) throw new NotFoundError('Server', serverId);
      const groups =
        groupIds.length === 0
          ? []
          : await tx
              .select()
              .from(securityGroups)
              .where(and(eq(securityGroups.projectId, server.projectId), inArray(securityGroups.id, [...groupIds])));
      const names = groupIds.map((id) => {
        const group = groups.find((g) => g.id === id);
        if (!group) throw new NotFoundError('Security group', id);
        return group.name;
      });
      await tx
        .update(servers)
        .set({ securityGroups: [...new Set(names)] })
        .where(eq(servers.id, serverId));
    });
  }

  private async toGroups(tx: SimDb, rows: GroupRow[]): Promise<CloudSecurityGroup[]> {
    if (rows.length === 0) return [];
    const { securityGroupRules } = this.t;
    const ids = rows.map((r) => r.id);
    const rules = manyByKey(
      ids,
      (
        await tx
          .select()
          .from(securityGroupRules)
          .where(inArray(securityGroupRules.securityGroupId, ids))
          .orderBy(securityGroupRules.createdAt, securityGroupRules.id)
      ).map(toRule),
      (r) => r.securityGroupId,
    );
    return rows.map((row, i) => ({
      id: row.id,
      projectId: row.projectId,
      name: row.name,
      description: row.description,
      rules: rules[i],
    }));
  }
}

function toRule(row: RuleRow): CloudSecurityGroupRule {
  const { createdAt: _created, ...rule } = row;
  return rule;
}
