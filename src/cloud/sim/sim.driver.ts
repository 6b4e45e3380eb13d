import { DEFAULT_CONSOLE_BASES, DEFAULT_SIM_CAPACITY, SimCapacityTotals } from '../../config';
import { Database } from '../../db/database';
import { NotFoundError } from '../../errors';
import { Clock, systemClock } from '../../time/clock';
import { CloudChange, CloudDriver, CloudProject, CreateProjectInput } from '../driver';
import {
  CapacityResource,
  ConsoleType,
  CreateNetworkSpec,
  CreateServerSpec,
  QuotaLimits,
  SecurityGroupRuleSpec,
  ServerCommand,
  ServerPageQuery,
  VolumePageQuery,
} from '../resources';
import { FaultInjector } from './faults';
import { SimCapacity } from './sim.capacity';
import { SIM_FLAVORS, SIM_IMAGES, SIM_ZONES } from './sim.catalog';
import { SimCompute } from './sim.compute';
import { ConsoleBases, SimConsoles } from './sim.consoles';
import { SimFloatingIps } from './sim.floating-ips';
import { SimKeyPairs } from './sim.key-pairs';
import { SimNetworks } from './sim.network';
import { SimProjects } from './sim.projects';
import { SimQuotas } from './sim.quota';
import { SimRouters } from './sim.routers';
import { SimSecurityGroups } from './sim.security-groups';
import { SimStorage } from './sim.storage';

export interface SimOptions {
  /** Added to every call, to make the cost of a round trip visible (CANOPY_SIM_LATENCY_MS). */
  latencyMs: number;
  /** How long a new server stays in BUILD, a rebooting one in REBOOT, a resizing one in RESIZE, a volume extending (CANOPY_SIM_BUILD_DELAY_MS). */
  buildDelayMs: number;
  /** Decides when a BUILD or REBOOT has settled; tests pass a ManualClock and advance it. */
  clock?: Clock;
  /** Each console type's URL base; a type left out is not offered (CANOPY_SIM_NOVNC_URL, CANOPY_SIM_SERIAL_URL). */
  consoleBases?: ConsoleBases;
  /** The cloud's size in all, before what servers and volumes take (CANOPY_SIM_CAPACITY_*; default DEFAULT_SIM_CAPACITY). */
  capacity?: SimCapacityTotals;
}

/**
 * The embedded simulated cloud: behaves like OpenStack where Canopy can tell, state in Canopy's
 * database (SQLite or PostgreSQL). Each call enters (latency, injected faults), then runs one
 * read or one transaction in a part (projects, compute, networks, routers, storage, quotas).
 */
export class SimDriver implements CloudDriver {
  readonly kind = 'sim' as const;
  readonly faults = new FaultInjector();
  private readonly projects: SimProjects;
  private readonly quotas: SimQuotas;
  private readonly compute: SimCompute;
  private readonly consoles: SimConsoles;
  private readonly networks: SimNetworks;
  private readonly routers: SimRouters;
  private readonly storage: SimStorage;
  private readonly securityGroups: SimSecurityGroups;
  private readonly floatingIps: SimFloatingIps;
  private readonly keyPairs: SimKeyPairs;
  private readonly capacity: SimCapacity;
  private readonly clock: Clock;
  private readonly changeListeners = new Set<(change: CloudChange) => void>();
  /** The shared public network, made once before the first call is served. */
  private readonly seeded: Promise<void>;

  constructor(
    db: Database,
    readonly options: SimOptions,
  ) {
    this.projects = new SimProjects(db);
    this.quotas = new SimQuotas(db);
    const clock = options.clock ?? systemClock;
    this.clock = clock;
    this.compute = new SimCompute(db, this.quotas, options.buildDelayMs, clock);
    this.consoles = new SimConsoles(this.compute, options.consoleBases ?? DEFAULT_CONSOLE_BASES);
    this.networks = new SimNetworks(db, this.quotas);
    this.routers = new SimRouters(db, this.quotas);
    this.storage = new SimStorage(db, this.quotas, clock, options.buildDelayMs);
    this.securityGroups = new SimSecurityGroups(db, this.quotas);
    this.floatingIps = new SimFloatingIps(db, this.quotas);
    this.keyPairs = new SimKeyPairs(db);
    this.capacity = new SimCapacity(db, options.capacity ?? DEFAULT_SIM_CAPACITY);
    this.seeded = this.networks.seedPublic();
    // A failure surfaces at the first call, which awaits it; not as an unhandled rejection before.
    this.seeded.catch(() => undefined);
  }

  watchChanges(listener: (change: CloudChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /**
   * A server building, rebooting or resizing, or a volume extending, settles on its own after the
   * task's time (read lazily from the clock); when it does, the watchers hear of it, as a cloud
   * poller would find it. The timer is the clock's, so tests move it with a ManualClock.
   */
  private settles<T extends { id: string }>(kind: CloudChange['kind'], resource: T): T {
    if (this.options.buildDelayMs > 0 && this.changeListeners.size > 0)
      this.clock.timeout(this.options.buildDelayMs).addEventListener('abort', () => {
        for (const listener of this.changeListeners) listener({ kind, cloudId: resource.id });
      });
    return resource;
  }

  /** Every public call passes here: latency, then any injected fault, then the part's work. */
  private async call<T>(operation: string, work: () => T | Promise<T>): Promise<T> {
    await this.seeded;
    if (this.options.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, this.options.latencyMs));
    this.faults.check(operation);
    return work();
  }

  // ---- projects
  createProject(input: CreateProjectInput) {
    return this.call('createProject', () => this.projects.create(input));
  }
  updateProject(id: string, patch: Partial<Pick<CloudProject, 'name' | 'description' | 'enabled'>>) {
    return this.call('updateProject', () => this.projects.update(id, patch));
  }
  deleteProject(id: string) {
    return this.call('deleteProject', () => this.projects.delete(id));
  }
  getProjects(ids: readonly string[]) {
    return this.call('getProjects', () => this.projects.get(ids));
  }

  // ---- catalog
  listFlavors() {
    return this.call('listFlavors', () => [...SIM_FLAVORS]);
  }
  getFlavors(ids: readonly string[]) {
    return this.call('getFlavors', () => new Map(SIM_FLAVORS.filter((f) => ids.includes(f.id)).map((f) => [f.id, f])));
  }
  listImages() {
    return this.call('listImages', () => [...SIM_IMAGES]);
  }
  getImages(ids: readonly string[]) {
    return this.call('getImages', () => new Map(SIM_IMAGES.filter((i) => ids.includes(i.id)).map((i) => [i.id, i])));
  }
  listAvailabilityZones() {
    return this.call('listAvailabilityZones', () => [...SIM_ZONES]);
  }
  listSecurityGroups(projectIds: readonly string[]) {
    return this.call('listSecurityGroups', () => this.securityGroups.list(projectIds));
  }

  // ---- quotas
  getQuotas(projectIds: readonly string[]) {
    return this.call('getQuotas', () => this.quotas.get(projectIds));
  }
  updateQuota(projectId: string, limits: Partial<QuotaLimits>) {
    return this.call('updateQuota', () => this.quotas.update(projectId, limits));
  }

  // ---- capacity
  freeCapacity(resources: readonly CapacityResource[]) {
    return this.call('freeCapacity', () => this.capacity.free(resources));
  }

  // ---- compute
  createKeyPair(spec: { name: string; publicKey: string }) {
    return this.call('createKeyPair', () => this.keyPairs.create(spec));
  }
  deleteKeyPair(name: string) {
    return this.call('deleteKeyPair', () => this.keyPairs.delete(name));
  }
  createServer(spec: CreateServerSpec) {
    return this.call('createServer', () => this.compute.create(spec)).then((server) => this.settles('server', server));
  }
  getServers(ids: readonly string[]) {
    return this.call('getServers', () => this.compute.get(ids));
  }
  listServers(projectIds: readonly string[]) {
    return this.call('listServers', () => this.compute.list(projectIds));
  }
  pageServers(query: ServerPageQuery) {
    return this.call('pageServers', () => this.compute.page(query));
  }
  serverAction(id: string, command: ServerCommand) {
    return this.call('serverAction', () => this.compute.action(id, command)).then((server) =>
      this.settles('server', server),
    );
  }
  deleteServer(id: string) {
    return this.call('deleteServer', () => this.compute.delete(id));
  }
  resizeServer(id: string, flavorId: string) {
    return this.call('resizeServer', () => this.compute.resize(id, flavorId)).then((server) =>
      this.settles('server', server),
    );
  }
  confirmResize(id: string) {
    return this.call('confirmResize', () => this.compute.confirmResize(id));
  }
  revertResize(id: string) {
    return this.call('revertResize', () => this.compute.revertResize(id)).then((server) =>
      this.settles('server', server),
    );
  }
  createServerConsole(serverId: string, type: ConsoleType) {
    return this.call('createServerConsole', () => this.consoles.create(serverId, type));
  }

  // ---- networking
  createNetwork(spec: CreateNetworkSpec) {
    return this.call('createNetwork', () => this.networks.create(spec));
  }
  getNetworks(ids: readonly string[]) {
    return this.call('getNetworks', () => this.networks.get(ids));
  }
  listNetworks(projectIds: readonly string[]) {
    return this.call('listNetworks', () => this.networks.list(projectIds));
  }
  listExternalNetworks() {
    return this.call('listExternalNetworks', () => this.networks.listExternal());
  }
  getSubnets(ids: readonly string[]) {
    return this.call('getSubnets', () => this.networks.subnets(ids));
  }
  deleteNetwork(id: string) {
    return this.call('deleteNetwork', () => this.networks.delete(id));
  }
  createRouter(spec: { projectId: string; name: string; externalNetworkId: string }) {
    return this.call('createRouter', () => this.routers.create(spec));
  }
  getRouters(ids: readonly string[]) {
    return this.call('getRouters', () => this.routers.get(ids));
  }
  listRouters(projectIds: readonly string[]) {
    return this.call('listRouters', () => this.routers.list(projectIds));
  }
  deleteRouter(id: string) {
    return this.call('deleteRouter', () => this.routers.delete(id));
  }
  addRouterInterface(routerId: string, subnetId: string) {
    return this.call('addRouterInterface', () => this.routers.addInterface(routerId, subnetId));
  }
  removeRouterInterface(routerId: string, subnetId: string) {
    return this.call('removeRouterInterface', () => this.routers.removeInterface(routerId, subnetId));
  }

  // ---- storage
  createVolume(spec: { projectId: string; name: string; description: string; sizeGb: number }) {
    return this.call('createVolume', () => this.storage.create(spec));
  }
  getVolumes(ids: readonly string[]) {
    return this.call('getVolumes', () => this.storage.get(ids));
  }
  listVolumes(projectIds: readonly string[]) {
    return this.call('listVolumes', () => this.storage.list(projectIds));
  }
  pageVolumes(query: VolumePageQuery) {
    return this.call('pageVolumes', () => this.storage.page(query));
  }
  deleteVolume(id: string) {
    return this.call('deleteVolume', () => this.storage.delete(id));
  }
  attachVolume(serverId: string, volumeId: string) {
    return this.call('attachVolume', () => this.storage.attach(serverId, volumeId));
  }
  detachVolume(serverId: string, attachmentId: string) {
    return this.call('detachVolume', () => this.storage.detach(serverId, attachmentId));
  }
  extendVolume(id: string, sizeGb: number) {
    return this.call('extendVolume', () => this.storage.extend(id, sizeGb)).then((volume) =>
      this.settles('volume', volume),
    );
  }

  // ---- security groups
  createSecurityGroup(spec: { projectId: string; name: string; description: string }) {
    return this.call('createSecurityGroup', () => this.securityGroups.create(spec));
  }
  getSecurityGroups(ids: readonly string[]) {
    return this.call('getSecurityGroups', () => this.securityGroups.get(ids));
  }
  deleteSecurityGroup(id: string) {
    return this.call('deleteSecurityGroup', () => this.securityGroups.delete(id));
  }
  addSecurityGroupRule(spec: SecurityGroupRuleSpec) {
    return this.call('addSecurityGroupRule', () => this.securityGroups.addRule(spec));
  }
  getSecurityGroupRules(ids: readonly string[]) {
    return this.call('getSecurityGroupRules', () => this.securityGroups.rules(ids));
  }
  removeSecurityGroupRule(id: string) {
    return this.call('removeSecurityGroupRule', () => this.securityGroups.removeRule(id));
  }
  setServerSecurityGroups(serverId: string, securityGroupIds: readonly string[]) {
    return this.call('setServerSecurityGroups', async () => {
      await this.securityGroups.setServerGroups(serverId, securityGroupIds);
      const server = (await this.compute.get([serverId])).get(serverId);
      if (!server) throw new NotFoundError('Server', serverId);
      return server;
    });
  }

  // ---- floating IPs
  allocateFloatingIp(spec: { projectId: string; externalNetworkId: string }) {
    return this.call('allocateFloatingIp', () => this.floatingIps.allocate(spec));
  }
  getFloatingIps(ids: readonly string[]) {
    return this.call('getFloatingIps', () => this.floatingIps.get(ids));
  }
  listFloatingIps(projectIds: readonly string[]) {
    return this.call('listFloatingIps', () => this.floatingIps.list(projectIds));
  }
  associateFloatingIp(id: string, target: { serverId: string; fixedAddress: string }) {
    return this.call('associateFloatingIp', () => this.floatingIps.associate(id, target));
  }
  disassociateFloatingIp(id: string) {
    return this.call('disassociateFloatingIp', () => this.floatingIps.disassociate(id));
  }
  releaseFloatingIp(id: string) {
    return this.call('releaseFloatingIp', () => this.floatingIps.release(id));
  }
}
