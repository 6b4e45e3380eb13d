import { eq, inArray } from 'drizzle-orm';
import { Db } from '../../db/client';
import { bi, ConflictError, NotFoundError } from '../../errors';
import { CloudDriver, CloudProject, CreateProjectInput } from '../driver';
import { CloudSecurityGroup, CreateNetworkSpec, CreateServerSpec, QuotaLimits, ServerCommand } from '../resources';
import { FaultInjector } from './faults';
import { SIM_FLAVORS, SIM_IMAGES, SIM_ZONES } from './sim.catalog';
import { SimCompute } from './sim.compute';
import { uuid } from './sim.db';
import { SimNetworks } from './sim.network';
import { SimQuotas } from './sim.quota';
import { SimRouters } from './sim.routers';
import { SimStorage } from './sim.storage';
import { simProjects, simQuotas, simSecurityGroups } from './sim.tables';

export interface SimOptions {
  /** Added to every call, to make the cost of a round trip visible (CANOPY_SIM_LATENCY_MS). */
  latencyMs: number;
  /** How long a new server stays in BUILD, and a rebooting one in REBOOT (CANOPY_SIM_BUILD_DELAY_MS). */
  buildDelayMs: number;
}

/**
 * The embedded simulated cloud: behaves like OpenStack where Canopy can tell, state in SQLite.
 * Each call enters (latency, injected faults), then runs one synchronous transaction in a part:
 * compute, networks, routers, storage, quotas.
 */
export class SimDriver implements CloudDriver {
  readonly kind = 'sim' as const;
  readonly faults = new FaultInjector();
  private readonly quotas: SimQuotas;
  private readonly compute: SimCompute;
  private readonly networks: SimNetworks;
  private readonly routers: SimRouters;
  private readonly storage: SimStorage;

  constructor(
    private readonly db: Db,
    readonly options: SimOptions,
  ) {
    this.quotas = new SimQuotas(db);
    this.compute = new SimCompute(db, this.quotas, options.buildDelayMs);
    this.networks = new SimNetworks(db, this.quotas);
    this.routers = new SimRouters(db, this.quotas);
    this.storage = new SimStorage(db, this.quotas);
    this.networks.seedPublic();
  }

  /** Every public call passes here first: latency, then any injected fault. */
  protected async enter(operation: string): Promise<void> {
    if (this.options.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
    this.faults.check(operation);
  }

  // ---- projects
  async createProject(input: CreateProjectInput): Promise<CloudProject> {
    await this.enter('createProject');
    return this.db.transaction((tx) => {
      if (tx.select({ id: simProjects.id }).from(simProjects).where(eq(simProjects.name, input.name)).get()) throw new ConflictError(bi(`A project named "${input.name}" already exists in the cloud`, `云平台中已有名为“${input.name}”的项目`));
      const row = tx.insert(simProjects).values({ id: uuid().replace(/-/g, ''), name: input.name, description: input.description }).returning().get();
      tx.insert(simSecurityGroups).values({ id: uuid(), projectId: row.id, name: 'default', description: 'Default security group' }).run();
      return toProject(row);
    });
  }

  async updateProject(id: string, patch: Partial<Pick<CloudProject, 'name' | 'description' | 'enabled'>>): Promise<CloudProject> {
    await this.enter('updateProject');
    const [row] = await this.db.update(simProjects).set(patch).where(eq(simProjects.id, id)).returning();
    if (!row) throw new NotFoundError('Project', id);
    return toProject(row);
  }

  /** Like Keystone, this leaves the project's servers, networks and volumes behind: callers remove them first. */
  async deleteProject(id: string): Promise<void> {
    await this.enter('deleteProject');
    this.db.transaction((tx) => {
      tx.delete(simSecurityGroups).where(eq(simSecurityGroups.projectId, id)).run();
      tx.delete(simQuotas).where(eq(simQuotas.projectId, id)).run();
      tx.delete(simProjects).where(eq(simProjects.id, id)).run();
    });
  }

  async getProjects(ids: readonly string[]) {
    await this.enter('getProjects');
    if (ids.length === 0) return new Map<string, CloudProject>();
    const rows = await this.db.select().from(simProjects).where(inArray(simProjects.id, [...ids]));
    return new Map(rows.map((row) => [row.id, toProject(row)]));
  }

  // ---- catalog
  async listFlavors() {
    await this.enter('listFlavors');
    return [...SIM_FLAVORS];
  }
  async getFlavors(ids: readonly string[]) {
    await this.enter('getFlavors');
    return new Map(SIM_FLAVORS.filter((f) => ids.includes(f.id)).map((f) => [f.id, f]));
  }
  async listImages() {
    await this.enter('listImages');
    return [...SIM_IMAGES];
  }
  async getImages(ids: readonly string[]) {
    await this.enter('getImages');
    return new Map(SIM_IMAGES.filter((i) => ids.includes(i.id)).map((i) => [i.id, i]));
  }
  async listAvailabilityZones() {
    await this.enter('listAvailabilityZones');
    return [...SIM_ZONES];
  }
  async listSecurityGroups(projectIds: readonly string[]) {
    await this.enter('listSecurityGroups');
    const rows = projectIds.length === 0 ? [] : await this.db.select().from(simSecurityGroups).where(inArray(simSecurityGroups.projectId, [...projectIds])).orderBy(simSecurityGroups.name);
    return new Map<string, CloudSecurityGroup[]>(projectIds.map((id) => [id, rows.filter((r) => r.projectId === id)]));
  }

  // ---- quotas
  async getQuotas(projectIds: readonly string[]) {
    await this.enter('getQuotas');
    return this.quotas.get(projectIds);
  }
  async updateQuota(projectId: string, limits: Partial<QuotaLimits>) {
    await this.enter('updateQuota');
    return this.quotas.update(projectId, limits);
  }

  // ---- compute
  async createServer(spec: CreateServerSpec) {
    await this.enter('createServer');
    return this.compute.create(spec);
  }
  async getServers(ids: readonly string[]) {
    await this.enter('getServers');
    return this.compute.get(ids);
  }
  async listServers(projectIds: readonly string[]) {
    await this.enter('listServers');
    return this.compute.list(projectIds);
  }
  async serverAction(id: string, command: ServerCommand) {
    await this.enter('serverAction');
    return this.compute.action(id, command);
  }
  async deleteServer(id: string) {
    await this.enter('deleteServer');
    this.compute.delete(id);
  }

  // ---- networking
  async createNetwork(spec: CreateNetworkSpec) {
    await this.enter('createNetwork');
    return this.networks.create(spec);
  }
  async getNetworks(ids: readonly string[]) {
    await this.enter('getNetworks');
    return this.networks.get(ids);
  }
  async listNetworks(projectIds: readonly string[]) {
    await this.enter('listNetworks');
    return this.networks.list(projectIds);
  }
  async listExternalNetworks() {
    await this.enter('listExternalNetworks');
    return this.networks.listExternal();
  }
  async getSubnets(ids: readonly string[]) {
    await this.enter('getSubnets');
    return this.networks.subnets(ids);
  }
  async deleteNetwork(id: string) {
    await this.enter('deleteNetwork');
    this.networks.delete(id);
  }
  async createRouter(spec: { projectId: string; name: string; externalNetworkId: string }) {
    await this.enter('createRouter');
    return this.routers.create(spec);
  }
  async getRouters(ids: readonly string[]) {
    await this.enter('getRouters');
    return this.routers.get(ids);
  }
  async listRouters(projectIds: readonly string[]) {
    await this.enter('listRouters');
    return this.routers.list(projectIds);
  }
  async deleteRouter(id: string) {
    await this.enter('deleteRouter');
    this.routers.delete(id);
  }
  async addRouterInterface(routerId: string, subnetId: string) {
    await this.enter('addRouterInterface');
    return this.routers.addInterface(routerId, subnetId);
  }
  async removeRouterInterface(routerId: string, subnetId: string) {
    await this.enter('removeRouterInterface');
    return this.routers.removeInterface(routerId, subnetId);
  }

  // ---- storage
  async createVolume(spec: { projectId: string; name: string; description: string; sizeGb: number }) {
    await this.enter('createVolume');
    return this.storage.create(spec);
  }
  async getVolumes(ids: readonly string[]) {
    await this.enter('getVolumes');
    return this.storage.get(ids);
  }
  async listVolumes(projectIds: readonly string[]) {
    await this.enter('listVolumes');
    return this.storage.list(projectIds);
  }
  async deleteVolume(id: string) {
    await this.enter('deleteVolume');
    this.storage.delete(id);
  }
  async attachVolume(serverId: string, volumeId: string) {
    await this.enter('attachVolume');
    return this.storage.attach(serverId, volumeId);
  }
  async detachVolume(serverId: string, attachmentId: string) {
    await this.enter('detachVolume');
    this.storage.detach(serverId, attachmentId);
  }
}

function toProject(row: typeof simProjects.$inferSelect): CloudProject {
  return { id: row.id, name: row.name, description: row.description, enabled: row.enabled };
}
