import { bi, ConflictError, NotFoundError } from '../../errors';
import { Logger } from '../../observability/logger';
import { Clock, systemClock } from '../../time/clock';
import { CloudChange, CloudDriver, CloudProject, CreateProjectInput } from '../driver';
import {
  CapacityResource,
  CloudQuota,
  ConsoleType,
  CreateNetworkSpec,
  CreateServerSpec,
  QUOTA_KEYS,
  QuotaLimits,
  SecurityGroupRuleSpec,
  ServerCommand,
  ServerPageQuery,
  VolumePageQuery,
} from '../resources';
import { freeCapacity } from './capacity';
import { cinder } from './cinder';
import { CloudConfig } from './clouds-yaml';
import { glance } from './glance';
import { Api, OpenStackHttp } from './http';
import { Keystone, KeystoneSettings } from './keystone';
import { NEUTRON_QUOTAS, neutron } from './neutron';
import { neutronFloatingIps } from './neutron.floating-ips';
import { nova } from './nova';
import { TokenSession } from './session';

export interface OpenStackSettings extends KeystoneSettings {
  /** Per HTTP attempt (CANOPY_OS_TIMEOUT_MS). */
  timeoutMs: number;
  /** How long to wait for the cloud's asynchronous work: a power action, an attach, a delete (CANOPY_OS_WAIT_MS). */
  waitMs: number;
  logger: Logger;
  /** Where each attempt's deadline is measured (tests pass a ManualClock and move it past a hung call). */
  clock?: Clock;
}

/** What every request's view of the driver shares: the token session, the transport, Keystone's lookups. */
class Shared {
  readonly session: TokenSession;
  readonly http: OpenStackHttp;
  readonly keystone: Keystone;
  constructor(
    readonly cloud: CloudConfig,
    readonly settings: OpenStackSettings,
  ) {
    const clock = settings.clock ?? systemClock;
    this.session = new TokenSession(cloud, {
      timeoutMs: settings.timeoutMs,
      renewBeforeMs: 5 * 60_000,
      logger: settings.logger,
      clock,
    });
    this.http = new OpenStackHttp(this.session, {
      timeoutMs: settings.timeoutMs,
      attempts: 3,
      backoffMs: 250,
      logger: settings.logger,
      clock,
    });
    this.keystone = new Keystone(this.session, settings);
  }
}

/**
 * The OpenStack driver: Keystone projects as tenants, Nova, Neutron, Cinder v3 and Glance v2 over
 * Node's fetch. `withRequestId` gives the view a request uses, so Canopy's request id reaches
 * every OpenStack service as `X-OpenStack-Request-ID` and both logs share it.
 */
export class OpenStackDriver implements CloudDriver {
  readonly kind = 'openstack' as const;
  private readonly api: Api;

  constructor(
    cloud: CloudConfig,
    settings: OpenStackSettings,
    private readonly shared: Shared = new Shared(cloud, settings),
    requestId?: string,
  ) {
    this.api = shared.http.bind(requestId);
  }

  withRequestId(requestId: string): OpenStackDriver {
    return new OpenStackDriver(this.shared.cloud, this.shared.settings, this.shared, requestId);
  }

  /** Every project's servers and volumes changed since then: one paged call to Nova, one to Cinder (docs/LIVE.md). */
  async changedSince(since: Date): Promise<CloudChange[]> {
    const [servers, volumes] = await Promise.all([
      nova.changedServers(this.api, since),
      cinder.changedVolumes(this.api, since),
    ]);
    return [
      ...servers.map((cloudId) => ({ kind: 'server' as const, cloudId })),
      ...volumes.map((cloudId) => ({ kind: 'volume' as const, cloudId })),
    ];
  }

  /** HTTP requests and authentications so far (tests pin them). */
  get stats() {
    return { requests: this.shared.http.requests, authentications: this.shared.session.authentications };
  }

  /** The token session (tests: expire tokens to see them renewed). */
  get session(): TokenSession {
    return this.shared.session;
  }

  private get waitMs() {
    return this.shared.settings.waitMs;
  }

  // ---- identity
  createProject(input: CreateProjectInput): Promise<CloudProject> {
    return this.shared.keystone.create(this.api, input).then(async (project) => {
      // Neutron makes a project's `default` security group when the project's groups are first listed.
      await neutron.listSecurityGroups(this.api, [project.id]).catch(() => undefined);
      return project;
    });
  }
  updateProject(id: string, patch: Partial<Pick<CloudProject, 'name' | 'description' | 'enabled'>>) {
    return this.shared.keystone.update(this.api, id, patch);
  }
  deleteProject(id: string) {
    return this.shared.keystone.delete(this.api, id);
  }
  getProjects(ids: readonly string[]) {
    return this.shared.keystone.get(this.api, ids);
  }

  // ---- catalog
  listFlavors() {
    return nova.listFlavors(this.api);
  }
  async getFlavors(ids: readonly string[]) {
    const flavors = await nova.listFlavors(this.api);
    return new Map(flavors.filter((f) => ids.includes(f.id)).map((f) => [f.id, f]));
  }
  listImages() {
    return glance.list(this.api);
  }
  getImages(ids: readonly string[]) {
    return glance.get(this.api, ids);
  }
  listAvailabilityZones() {
    return nova.listAvailabilityZones(this.api);
  }
  listSecurityGroups(projectIds: readonly string[]) {
    return neutron.listSecurityGroups(this.api, projectIds);
  }

  // ---- quotas: Nova (instances, cores, RAM), Cinder (volumes, gigabytes), Neutron (networks, routers, security groups and rules)
  async getQuotas(projectIds: readonly string[]): Promise<Map<string, CloudQuota>> {
    const quotas = await Promise.all([...new Set(projectIds)].map(async (id) => [id, await this.quotaOf(id)] as const));
    return new Map(quotas);
  }

  private async quotaOf(projectId: string): Promise<CloudQuota> {
    const [n, c, q] = await Promise.all([
      nova.quota(this.api, projectId),
      cinder.quota(this.api, projectId),
      neutron.quota(this.api, projectId),
    ]);
    const parts = {
      instances: n.instances,
      cores: n.cores,
      ramMb: n.ramMb,
      volumes: c.volumes,
      gigabytes: c.gigabytes,
    };
    const limits = {} as QuotaLimits;
    const usage = {} as QuotaLimits;
    for (const [key, value] of Object.entries(parts) as Array<[keyof QuotaLimits, { limit: number; in_use: number }]>) {
      limits[key] = value.limit;
      usage[key] = value.in_use;
    }
    for (const key of Object.keys(NEUTRON_QUOTAS) as Array<keyof typeof NEUTRON_QUOTAS>) {
      limits[key] = q[key].limit;
      usage[key] = q[key].used;
    }
    return { limits, usage };
  }

  /** Refuses (CONFLICT) a limit below what is in use, as the simulated cloud does; Nova and Cinder would say 400, Neutron nothing. */
  async updateQuota(projectId: string, patch: Partial<QuotaLimits>): Promise<CloudQuota> {
    const current = await this.quotaOf(projectId);
    for (const key of QUOTA_KEYS) {
      const limit = patch[key];
      if (limit !== undefined && limit >= 0 && limit < current.usage[key])
        throw new ConflictError(
          bi(
            `Quota for ${key} cannot be below what is in use (${current.usage[key]})`,
            `${key} 的配额不能低于已用量（${current.usage[key]}）`,
          ),
        );
    }
    await Promise.all([
      nova.setQuota(this.api, projectId, patch),
      cinder.setQuota(this.api, projectId, patch),
      neutron.setQuota(this.api, projectId, patch),
    ]);
    return { limits: { ...current.limits, ...patch }, usage: current.usage };
  }

  // ---- capacity
  freeCapacity(resources: readonly CapacityResource[]) {
    return freeCapacity(this.api, resources, this.shared.settings.logger);
  }

  // ---- compute
  createKeyPair(spec: { name: string; publicKey: string }) {
    return nova.createKeyPair(this.api, spec);
  }
  deleteKeyPair(name: string) {
    return nova.deleteKeyPair(this.api, name);
  }
  createServer(spec: CreateServerSpec) {
    return nova.createServer(this.api, spec, this.waitMs);
  }
  getServers(ids: readonly string[]) {
    return nova.getServers(this.api, ids);
  }
  listServers(projectIds: readonly string[]) {
    return nova.listServers(this.api, projectIds);
  }
  pageServers(query: ServerPageQuery) {
    return nova.pageServers(this.api, query);
  }
  serverAction(id: string, command: ServerCommand) {
    return nova.serverAction(this.api, id, command, this.waitMs);
  }
  deleteServer(id: string) {
    return nova.deleteServer(this.api, id, this.waitMs);
  }
  resizeServer(id: string, flavorId: string) {
    return nova.resize(this.api, id, flavorId, this.waitMs);
  }
  confirmResize(id: string) {
    return nova.finishResize(this.api, id, 'confirmResize', this.waitMs);
  }
  revertResize(id: string) {
    return nova.finishResize(this.api, id, 'revertResize', this.waitMs);
  }
  createServerConsole(serverId: string, type: ConsoleType) {
    return nova.createConsole(this.api, serverId, type);
  }

  // ---- networking
  createNetwork(spec: CreateNetworkSpec) {
    return neutron.createNetwork(this.api, spec);
  }
  getNetworks(ids: readonly string[]) {
    return neutron.getNetworks(this.api, ids);
  }
  listNetworks(projectIds: readonly string[]) {
    return neutron.listNetworks(this.api, projectIds);
  }
  listExternalNetworks() {
    return neutron.listExternalNetworks(this.api);
  }
  getSubnets(ids: readonly string[]) {
    return neutron.getSubnets(this.api, ids);
  }
  deleteNetwork(id: string) {
    return neutron.deleteNetwork(this.api, id);
  }
  createRouter(spec: { projectId: string; name: string; externalNetworkId: string }) {
    return neutron.createRouter(this.api, spec);
  }
  getRouters(ids: readonly string[]) {
    return neutron.getRouters(this.api, ids);
  }
  listRouters(projectIds: readonly string[]) {
    return neutron.listRouters(this.api, projectIds);
  }
  deleteRouter(id: string) {
    return neutron.deleteRouter(this.api, id);
  }
  async addRouterInterface(routerId: string, subnetId: string) {
    await neutron.addRouterInterface(this.api, routerId, subnetId);
    return this.router(routerId);
  }
  async removeRouterInterface(routerId: string, subnetId: string) {
    await neutron.removeRouterInterface(this.api, routerId, subnetId);
    return this.router(routerId);
  }
  private async router(id: string) {
    const router = (await neutron.getRouters(this.api, [id])).get(id);
    if (!router) throw new NotFoundError('Router', id);
    return router;
  }

  // ---- block storage
  createVolume(spec: { projectId: string; name: string; description: string; sizeGb: number }) {
    return cinder.create(this.api, spec, this.waitMs);
  }
  getVolumes(ids: readonly string[]) {
    return cinder.get(this.api, ids);
  }
  listVolumes(projectIds: readonly string[]) {
    return cinder.list(this.api, projectIds);
  }
  pageVolumes(query: VolumePageQuery) {
    return cinder.page(this.api, query);
  }
  deleteVolume(id: string) {
    return cinder.delete(this.api, id, this.waitMs);
  }
  async attachVolume(serverId: string, volumeId: string) {
    await nova.attach(this.api, serverId, volumeId);
    return cinder.waitAttached(this.api, volumeId, serverId, this.waitMs);
  }
  /** By Cinder attachment id: Nova detaches by volume, so the attachment names its volume first. */
  async detachVolume(serverId: string, attachmentId: string) {
    const volumeId = await cinder.attachmentVolume(this.api, attachmentId);
    if (!volumeId) return;
    await nova.detach(this.api, serverId, volumeId);
    await cinder.waitDetached(this.api, volumeId, attachmentId, this.waitMs);
  }
  extendVolume(id: string, sizeGb: number) {
    return cinder.extend(this.api, id, sizeGb, this.waitMs);
  }

  // ---- security groups (Neutron)
  createSecurityGroup(spec: { projectId: string; name: string; description: string }) {
    return neutron.createSecurityGroup(this.api, spec);
  }
  getSecurityGroups(ids: readonly string[]) {
    return neutron.getSecurityGroups(this.api, ids);
  }
  deleteSecurityGroup(id: string) {
    return neutron.deleteSecurityGroup(this.api, id);
  }
  addSecurityGroupRule(spec: SecurityGroupRuleSpec) {
    return neutron.addSecurityGroupRule(this.api, spec);
  }
  getSecurityGroupRules(ids: readonly string[]) {
    return neutron.getSecurityGroupRules(this.api, ids);
  }
  removeSecurityGroupRule(id: string) {
    return neutron.removeSecurityGroupRule(this.api, id);
  }
  /**
   * Neutron keeps groups per port: each of the server's ports gets the new list. Should a later
   * port refuse, the ports already changed get their old groups back, so no half is left.
   */
  async setServerSecurityGroups(serverId: string, securityGroupIds: readonly string[]) {
    const ports = await neutron.portsOfDevices(this.api, [serverId]);
    const done: Array<{ id: string; before: string[] }> = [];
    try {
      for (const port of ports) {
        await neutron.setPortSecurityGroups(this.api, port.id, securityGroupIds);
        done.push({ id: port.id, before: port.security_groups ?? [] });
      }
    } catch (error) {
      for (const port of done.reverse())
        await neutron.setPortSecurityGroups(this.api, port.id, port.before).catch(() => undefined);
      throw error;
    }
    const server = (await nova.getServers(this.api, [serverId])).get(serverId);
    if (!server) throw new NotFoundError('Server', serverId);
    return server;
  }

  // ---- floating IPs (Neutron)
  allocateFloatingIp(spec: { projectId: string; externalNetworkId: string }) {
    return neutronFloatingIps.allocate(this.api, spec);
  }
  getFloatingIps(ids: readonly string[]) {
    return neutronFloatingIps.get(this.api, ids);
  }
  listFloatingIps(projectIds: readonly string[]) {
    return neutronFloatingIps.list(this.api, projectIds);
  }
  associateFloatingIp(id: string, target: { serverId: string; fixedAddress: string }) {
    return neutronFloatingIps.associate(this.api, id, target);
  }
  disassociateFloatingIp(id: string) {
    return neutronFloatingIps.disassociate(this.api, id);
  }
  releaseFloatingIp(id: string) {
    return neutronFloatingIps.release(this.api, id);
  }
}
