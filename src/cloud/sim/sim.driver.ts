import { randomUUID } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { Db } from '../../db/client';
import { ConflictError, NotFoundError } from '../../errors';
import { CloudDriver, CloudProject, CreateProjectInput } from '../driver';
import { FaultInjector } from './faults';
import { simProjects } from './sim.tables';

export interface SimOptions {
  /** Added to every call, to make the cost of a round trip visible (CANOPY_SIM_LATENCY_MS). */
  latencyMs: number;
  /** How long a new server stays in BUILD (CANOPY_SIM_BUILD_DELAY_MS). */
  buildDelayMs: number;
}

/** The embedded simulated cloud: behaves like OpenStack where Canopy can tell, state in SQLite. */
export class SimDriver implements CloudDriver {
  readonly kind = 'sim' as const;
  readonly faults = new FaultInjector();

  constructor(
    private readonly db: Db,
    readonly options: SimOptions,
  ) {}

  /** Every public call passes here first: latency, then any injected fault. */
  protected async enter(operation: string): Promise<void> {
    if (this.options.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
    this.faults.check(operation);
  }

  async createProject(input: CreateProjectInput): Promise<CloudProject> {
    await this.enter('createProject');
    const existing = await this.db.select({ id: simProjects.id }).from(simProjects).where(eq(simProjects.name, input.name));
    if (existing.length > 0) throw new ConflictError(`A project named "${input.name}" already exists in the cloud`);
    const [row] = await this.db.insert(simProjects).values({ id: randomUUID().replace(/-/g, ''), name: input.name, description: input.description }).returning();
    return toProject(row);
  }

  async updateProject(id: string, patch: Partial<Pick<CloudProject, 'name' | 'description' | 'enabled'>>): Promise<CloudProject> {
    await this.enter('updateProject');
    const [row] = await this.db.update(simProjects).set(patch).where(eq(simProjects.id, id)).returning();
    if (!row) throw new NotFoundError('Project', id);
    return toProject(row);
  }

  async deleteProject(id: string): Promise<void> {
    await this.enter('deleteProject');
    await this.db.delete(simProjects).where(eq(simProjects.id, id));
  }

  async getProjects(ids: readonly string[]): Promise<Map<string, CloudProject>> {
    await this.enter('getProjects');
    if (ids.length === 0) return new Map();
    const rows = await this.db.select().from(simProjects).where(inArray(simProjects.id, [...ids]));
    return new Map(rows.map((row) => [row.id, toProject(row)]));
  }
}

function toProject(row: typeof simProjects.$inferSelect): CloudProject {
  return { id: row.id, name: row.name, description: row.description, enabled: row.enabled };
}
