import {
  CapacityResource,
  CloudAvailabilityZone,
  CloudCapacity,
  CloudConsole,
  CloudFlavor,
  CloudFloatingIp,
  CloudImage,
  CloudNetwork,
  CloudQuota,
  CloudRouter,
  CloudSecurityGroup,
  CloudSecurityGroupRule,
  CloudServer,
  CloudSubnet,
  CloudVolume,
  CloudVolumeAttachment,
  ConsoleType,
  CreateNetworkSpec,
  CreateServerSpec,
  QuotaLimits,
  ServerPageQuery,
  VolumePageQuery,
  SecurityGroupRuleSpec,
  ServerCommand,
} from './resources';

/**
 * The cloud driver contract: the only way Canopy reaches a cloud. Lookups are batch-first (they
 * take lists of ids or projects and return maps) so per-request DataLoaders can answer a whole
 * page in one call per kind of resource. Drivers throw the typed errors of src/errors.ts
 * (NotFoundError, ConflictError, QuotaExceededError, UpstreamUnavailableError), never their
 * transport's own errors. Deletes of what is already gone succeed: compensation and retries must
 * be idempotent.
 */
export interface CloudProject {
  id: string;
  name: string;
  description: string;
  enabled: boolean;
}

export interface CreateProjectInput {
  name: string;
  description: string;
}

export interface CloudDriver {
  readonly kind: 'sim' | 'openstack';
  /**
   * The same driver for one Canopy request, when the driver can pass its id on (OpenStack's
   * `X-OpenStack-Request-ID`), so Canopy's logs and the cloud's share one id. Optional.
   */
  withRequestId?(requestId: string): CloudDriver;

  // ---- identity (Keystone). A new project gets a `default` security group and default quotas.
  createProject(input: CreateProjectInput): Promise<CloudProject>;
  updateProject(
    id: string,
    patch: Partial<Pick<CloudProject, 'name' | 'description' | 'enabled'>>,
  ): Promise<CloudProject>;
  deleteProject(id: string): Promise<void>;
  /** Ids that do not exist are simply absent from the map (the same for every get* below). */
  getProjects(ids: readonly string[]): Promise<Map<string, CloudProject>>;

  // ---- catalog (Nova flavors and zones, Glance images, Neutron security groups)
  listFlavors(): Promise<CloudFlavor[]>;
  getFlavors(ids: readonly string[]): Promise<Map<string, CloudFlavor>>;
  listImages(): Promise<CloudImage[]>;
  getImages(ids: readonly string[]): Promise<Map<string, CloudImage>>;
  listAvailabilityZones(): Promise<CloudAvailabilityZone[]>;
  listSecurityGroups(projectIds: readonly string[]): Promise<Map<string, CloudSecurityGroup[]>>;

  // ---- quotas, enforced by the cloud: creating past a limit throws QuotaExceededError
  getQuotas(projectIds: readonly string[]): Promise<Map<string, CloudQuota>>;
  /** Lowering a limit below what is in use is refused (ConflictError). */
  updateQuota(projectId: string, limits: Partial<QuotaLimits>): Promise<CloudQuota>;

  // ---- capacity (Placement, Cinder's scheduler): for judging a ticket's plan, never enforced by Canopy
  /**
   * The cloud's free capacity for the resources asked (the others are null): summed over every
   * host (Placement's resource providers) and storage pool. A resource the cloud does not tell —
   * no such service, the account may not read it, a failed call — is null (unknown), never an error.
   */
  freeCapacity(resources: readonly CapacityResource[]): Promise<CloudCapacity>;

  // ---- compute (Nova)
  /**
   * A key pair of the account Canopy acts as, for createServer's `keyName`: the cloud copies its
   * public key onto the server, so Canopy deletes it once the server is made (docs/CLOUD.md).
   * Names are unique across the account: an existing one is ConflictError.
   */
  createKeyPair(spec: { name: string; publicKey: string }): Promise<void>;
  deleteKeyPair(name: string): Promise<void>;
  /** The server starts in BUILD; it takes one fixed IP on the first subnet of each network. */
  createServer(spec: CreateServerSpec): Promise<CloudServer>;
  getServers(ids: readonly string[]): Promise<Map<string, CloudServer>>;
  listServers(projectIds: readonly string[]): Promise<Map<string, CloudServer[]>>;
  /** At most `limit` servers of one project after `after`, in the query's order, filtered by the cloud. */
  pageServers(query: ServerPageQuery): Promise<CloudServer[]>;
  /** A command the server's state forbids throws ConflictError. */
  serverAction(id: string, command: ServerCommand): Promise<CloudServer>;
  /** Frees the server's ports and, as Nova does, detaches its volumes. */
  deleteServer(id: string): Promise<void>;
  /**
   * Nova's resize, from ACTIVE or SHUTOFF only (else ConflictError); the same flavor is
   * BadInputError; growth past the cores or RAM quota is QuotaExceededError. The server is RESIZE,
   * then VERIFY_RESIZE until confirmResize or revertResize (both only from VERIFY_RESIZE, else
   * ConflictError) put it back in the state it was resized from, with the new or the old flavor.
   */
  resizeServer(id: string, flavorId: string): Promise<CloudServer>;
  confirmResize(id: string): Promise<CloudServer>;
  revertResize(id: string): Promise<CloudServer>;
  /**
   * Nova's remote console (POST /servers/{id}/remote-consoles): a URL with a fresh token, for an
   * ACTIVE server only (else ConflictError); a type the cloud does not offer is BadInputError on
   * `type`. The cloud does not say when the token expires (Nova's [consoleauth] token_ttl).
   */
  createServerConsole(serverId: string, type: ConsoleType): Promise<CloudConsole>;

  // ---- networking (Neutron)
  /** A network with its one subnet. */
  createNetwork(spec: CreateNetworkSpec): Promise<CloudNetwork>;
  getNetworks(ids: readonly string[]): Promise<Map<string, CloudNetwork>>;
  listNetworks(projectIds: readonly string[]): Promise<Map<string, CloudNetwork[]>>;
  listExternalNetworks(): Promise<CloudNetwork[]>;
  getSubnets(ids: readonly string[]): Promise<Map<string, CloudSubnet>>;
  /** Refused (ConflictError) while any port (server, router interface) is on it. */
  deleteNetwork(id: string): Promise<void>;
  createRouter(spec: { projectId: string; name: string; externalNetworkId: string }): Promise<CloudRouter>;
  getRouters(ids: readonly string[]): Promise<Map<string, CloudRouter>>;
  listRouters(projectIds: readonly string[]): Promise<Map<string, CloudRouter[]>>;
  /** Refused (ConflictError) while the router has interfaces. */
  deleteRouter(id: string): Promise<void>;
  /** Plugs the router into the subnet at the subnet's gateway address. */
  addRouterInterface(routerId: string, subnetId: string): Promise<CloudRouter>;
  removeRouterInterface(routerId: string, subnetId: string): Promise<CloudRouter>;

  // ---- block storage (Cinder) and attachments (Nova)
  createVolume(spec: { projectId: string; name: string; description: string; sizeGb: number }): Promise<CloudVolume>;
  getVolumes(ids: readonly string[]): Promise<Map<string, CloudVolume>>;
  listVolumes(projectIds: readonly string[]): Promise<Map<string, CloudVolume[]>>;
  /** At most `limit` volumes of one project after `after`, in the query's order, filtered by the cloud. */
  pageVolumes(query: VolumePageQuery): Promise<CloudVolume[]>;
  /** Refused (ConflictError) while the volume is in use. */
  deleteVolume(id: string): Promise<void>;
  attachVolume(serverId: string, volumeId: string): Promise<CloudVolumeAttachment>;
  /** Detaching an attachment that is already gone succeeds. */
  detachVolume(serverId: string, attachmentId: string): Promise<void>;
  /**
   * Cinder's os-extend to `sizeGb` (larger than now, else BadInputError); growth past the
   * gigabytes quota is QuotaExceededError; a volume the cloud cannot extend in its state
   * (attached, where the cloud cannot extend in-use volumes) is ConflictError.
   */
  extendVolume(id: string, sizeGb: number): Promise<CloudVolume>;

  // ---- security groups (Neutron): a new group has Neutron's two egress rules (IPv4, IPv6)
  createSecurityGroup(spec: { projectId: string; name: string; description: string }): Promise<CloudSecurityGroup>;
  getSecurityGroups(ids: readonly string[]): Promise<Map<string, CloudSecurityGroup>>;
  /** Refused (ConflictError) for a project's `default` group and while a server uses the group. */
  deleteSecurityGroup(id: string): Promise<void>;
  /** A rule equal to one the group has is refused (ConflictError). */
  addSecurityGroupRule(spec: SecurityGroupRuleSpec): Promise<CloudSecurityGroupRule>;
  getSecurityGroupRules(ids: readonly string[]): Promise<Map<string, CloudSecurityGroupRule>>;
  removeSecurityGroupRule(id: string): Promise<void>;
  /** Replaces the server's groups (on every port of it), all or nothing. */
  setServerSecurityGroups(serverId: string, securityGroupIds: readonly string[]): Promise<CloudServer>;

  // ---- floating IPs (Neutron): an address of an external network's subnet, owned by a project
  /**
   * Takes the next free address of the external network (NotFoundError: no such network;
   * BadInputError: not external; ConflictError: no address left; QuotaExceededError: floatingIps).
   */
  allocateFloatingIp(spec: { projectId: string; externalNetworkId: string }): Promise<CloudFloatingIp>;
  getFloatingIps(ids: readonly string[]): Promise<Map<string, CloudFloatingIp>>;
  listFloatingIps(projectIds: readonly string[]): Promise<Map<string, CloudFloatingIp[]>>;
  /**
   * Maps the IP to the server's port holding `fixedAddress`. Refused (ConflictError) when the IP is
   * already associated, when that port already has a floating IP of the same external network, and
   * when no router of the IP's project joins the port's subnet to the IP's external network
   * (Neutron's ExternalGatewayForFloatingIPNotFound).
   */
  associateFloatingIp(id: string, target: { serverId: string; fixedAddress: string }): Promise<CloudFloatingIp>;
  disassociateFloatingIp(id: string): Promise<CloudFloatingIp>;
  /** Frees the address, associated or not (Neutron disassociates it on the way). */
  releaseFloatingIp(id: string): Promise<void>;

  // ---- live updates: changes the cloud makes by itself, which no Canopy mutation reported
  /** A cloud that tells (the simulated one: a build or reboot settling): each listener hears the cloud id. */
  watchChanges?(listener: (change: CloudChange) => void): () => void;
  /**
   * A cloud that is asked (OpenStack): what changed in any project since `since` (Nova's
   * `changes-since`, deleted servers included; Cinder's `updated_at=gt:`, deleted volumes not),
   * for one poller of all projects (src/http/cloud-changes.ts).
   */
  changedSince?(since: Date): Promise<CloudChange[]>;
}

export interface CloudChange {
  kind: 'server' | 'volume';
  cloudId: string;
}
