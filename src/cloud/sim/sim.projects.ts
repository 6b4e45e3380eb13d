import { eq, inArray } from 'drizzle-orm';
import { Database } from '../../db/database';
import { bi, ConflictError, NotFoundError } from '../../errors';
import { CloudProject, CreateProjectInput } from '../driver';
import { CloudSecurityGroup } from '../resources';
import { simTransaction, uuid } from './sim.db';
import { simProjects, simQuotas, simSecurityGroups } from './sim.tables';

/** Keystone's projects, each with Neutron's `default` security group made at once. */
export class SimProjects {
  constructor(private readonly db: Database) {}

  create(input: CreateProjectInput): Promise<CloudProject> {
    return simTransaction(this.db, (tx) => {
      if (tx.select({ id: simProjects.id }).from(simProjects).where(eq(simProjects.name, input.name)).get())
        throw new ConflictError(
          bi(`A project named "${input.name}" already exists in the cloud`, `云平台中已有名为“${input.name}”的项目`),
        );
      const row = tx
        .insert(simProjects)
        .values({ id: uuid().replace(/-/g, ''), name: input.name, description: input.description })
        .returning()
        .get();
      tx.insert(simSecurityGroups)
        .values({ id: uuid(), projectId: row.id, name: 'default', description: 'Default security group' })
        .run();
      return toProject(row);
    });
  }

  update(id: string, patch: Partial<Pick<CloudProject, 'name' | 'description' | 'enabled'>>): Promise<CloudProject> {
    return simTransaction(this.db, (tx) => {
      const row = tx.update(simProjects).set(patch).where(eq(simProjects.id, id)).returning().get();
      if (!row) throw new NotFoundError('Project', id);
      return toProject(row);
    });
  }

  /** Like Keystone, this leaves the project's servers, networks and volumes behind: callers remove them first. */
  delete(id: string): Promise<void> {
    return simTransaction(this.db, (tx) => {
      tx.delete(simSecurityGroups).where(eq(simSecurityGroups.projectId, id)).run();
      tx.delete(simQuotas).where(eq(simQuotas.projectId, id)).run();
      tx.delete(simProjects).where(eq(simProjects.id, id)).run();
    });
  }

  get(ids: readonly string[]): Map<string, CloudProject> {
    if (ids.length === 0) return new Map();
    const rows = this.db.read
      .select()
      .from(simProjects)
      .where(inArray(simProjects.id, [...ids]))
      .all();
    return new Map(rows.map((row) => [row.id, toProject(row)]));
  }

  securityGroups(projectIds: readonly string[]): Map<string, CloudSecurityGroup[]> {
    const rows =
      projectIds.length === 0
        ? []
        : this.db.read
            .select()
            .from(simSecurityGroups)
            .where(inArray(simSecurityGroups.projectId, [...projectIds]))
            .orderBy(simSecurityGroups.name)
            .all();
    return new Map(projectIds.map((id) => [id, rows.filter((r) => r.projectId === id)]));
  }
}

function toProject(row: typeof simProjects.$inferSelect): CloudProject {
  return { id: row.id, name: row.name, description: row.description, enabled: row.enabled };
}
