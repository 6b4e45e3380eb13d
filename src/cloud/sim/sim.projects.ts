import { eq, inArray } from 'drizzle-orm';
import { Database } from '../../db/database';
import { bi, ConflictError, NotFoundError } from '../../errors';
import { CloudProject, CreateProjectInput } from '../driver';
import { simTables, uuid } from './sim.db';
import { insertSecurityGroup } from './sim.security-groups';
import type { simProjects } from './sim.tables';

/** Keystone's projects, each with Neutron's `default` security group made at once. */
export class SimProjects {
  private readonly t = simTables(this.db.read);

  constructor(private readonly db: Database) {}

  create(input: CreateProjectInput): Promise<CloudProject> {
    const { projects } = this.t;
    return this.db.transaction(async (tx) => {
      const [taken] = await tx.select({ id: projects.id }).from(projects).where(eq(projects.name, input.name));
      if (taken)
        throw new ConflictError(
          bi(`A project named "${input.name}" already exists in the cloud`, `云平台中已有名为“${input.name}”的项目`),
        );
      const [row] = await tx
        .insert(projects)
        .values({ id: uuid().replace(/-/g, ''), name: input.name, description: input.description })
        .returning();
      await insertSecurityGroup(tx, { projectId: row.id, name: 'default', description: 'Default security group' });
      return toProject(row);
    });
  }

  update(id: string, patch: Partial<Pick<CloudProject, 'name' | 'description' | 'enabled'>>): Promise<CloudProject> {
    const { projects } = this.t;
    return this.db.transaction(async (tx) => {
      const [row] = await tx.update(projects).set(patch).where(eq(projects.id, id)).returning();
      if (!row) throw new NotFoundError('Project', id);
      return toProject(row);
    });
  }

  /** Like Keystone, this leaves the project's servers, networks and volumes behind: callers remove them first. */
  delete(id: string): Promise<void> {
    const { projects, quotas, securityGroups, securityGroupRules } = this.t;
    return this.db.transaction(async (tx) => {
      await tx.delete(securityGroupRules).where(eq(securityGroupRules.projectId, id));
      await tx.delete(securityGroups).where(eq(securityGroups.projectId, id));
      await tx.delete(quotas).where(eq(quotas.projectId, id));
      await tx.delete(projects).where(eq(projects.id, id));
    });
  }

  async get(ids: readonly string[]): Promise<Map<string, CloudProject>> {
    if (ids.length === 0) return new Map();
    const { projects } = this.t;
    const rows = await this.db.read
      .select()
      .from(projects)
      .where(inArray(projects.id, [...ids]));
    return new Map(rows.map((row) => [row.id, toProject(row)]));
  }
}

function toProject(row: typeof simProjects.$inferSelect): CloudProject {
  return { id: row.id, name: row.name, description: row.description, enabled: row.enabled };
}
