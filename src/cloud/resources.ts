/**
 * The cloud's resources as every driver returns them: plain data in OpenStack's vocabulary
 * (UUID ids, project ids, Nova statuses). Canopy's own integer ids never appear here.
 */
export type ServerStatus =
  'BUILD' | 'ACTIVE' | 'PAUSED' | 'SHUTOFF' | 'SUSPENDED' | 'REBOOT' | 'RESIZE' | 'VERIFY_RESIZE' | 'ERROR';
export type ServerCommand = 'PAUSE' | 'UNPAUSE' | 'STOP' | 'START' | 'SUSPEND' | 'RESUME' | 'REBOOT';
/** Nova's remote consoles Canopy offers: noVNC (`protocol vnc, type novnc`) and the serial console (`serial, serial`). */
export type ConsoleType = 'NOVNC' | 'SERIAL';
export type VolumeStatus = 'creating' | 'available' | 'in-use' | 'extending' | 'error';

export interface CloudFlavor {
  id: string;
  name: string;
  vcpus: number;
  ramMb: number;
  diskGb: number;
}

export interface CloudImage {
  id: string;
  name: string;
  minDiskGb: number;
}

export interface CloudAvailabilityZone {
  name: string;
  available: boolean;
}

export interface CloudSecurityGroup {
  id: string;
  projectId: string;
  name: string;
  description: string;
  /** Its rules, oldest first (Neutron lists them with the group). */
  rules: CloudSecurityGroupRule[];
}

/** One rule of a security group (Neutron's security-group-rule); null protocol or ports mean any. */
export interface CloudSecurityGroupRule {
  id: string;
  securityGroupId: string;
  projectId: string;
  direction: 'ingress' | 'egress';
  ethertype: 'IPv4' | 'IPv6';
  /** tcp, udp, icmp; null: any protocol. */
  protocol: string | null;
  portMin: number | null;
  portMax: number | null;
  remoteCidr: string | null;
  remoteSecurityGroupId: string | null;
}

/** A new rule; `projectId` is its group's (Neutron gives a rule the caller's project unless told). */
export type SecurityGroupRuleSpec = Omit<CloudSecurityGroupRule, 'id'>;

/** Neutron's SecurityGroupRuleExists: the same direction, type, protocol, ports and remote. */
export function sameRule(
  a: Omit<SecurityGroupRuleSpec, 'projectId'>,
  b: Omit<SecurityGroupRuleSpec, 'projectId'>,
): boolean {
  return (
    a.direction === b.direction &&
    a.ethertype === b.ethertype &&
    a.protocol === b.protocol &&
    a.portMin === b.portMin &&
    a.portMax === b.portMax &&
    a.remoteCidr === b.remoteCidr &&
    a.remoteSecurityGroupId === b.remoteSecurityGroupId
  );
}

/** One fixed IP of a server (Nova's `addresses`, keyed here by network id rather than name). */
export interface CloudAddress {
  networkId: string;
  subnetId: string;
  ip: string;
}

export interface CloudServer {
  id: string;
  projectId: string;
  name: string;
  status: ServerStatus;
  flavorId: string;
  imageId: string;
  availabilityZone: string;
  securityGroups: string[];
  addresses: CloudAddress[];
  /** Volumes attached to the server (Nova's `os-extended-volumes:volumes_attached`). */
  attachedVolumeIds: string[];
  /** The name of the cloud key pair the server was made with (Nova's `key_name`), null without one. */
  keyName: string | null;
  createdAt: Date;
}

export interface CreateServerSpec {
  projectId: string;
  name: string;
  flavorId: string;
  imageId: string;
  networkIds: string[];
  availabilityZone: string;
  securityGroups: string[];
  /** A cloud key pair (createKeyPair) whose public key the cloud copies onto the server. */
  keyName?: string;
}

export interface CloudNetwork {
  id: string;
  /** Null for the provider's external networks, which belong to no tenant project. */
  projectId: string | null;
  name: string;
  external: boolean;
  subnetIds: string[];
}

export interface CloudSubnet {
  id: string;
  networkId: string;
  name: string;
  cidr: string;
  gatewayIp: string;
  dhcpEnabled: boolean;
  /** The DHCP allocation pool: fixed IPs are handed out from here. */
  poolStart: string;
  poolEnd: string;
  dnsNameservers: string[];
}

export interface CreateNetworkSpec {
  projectId: string;
  name: string;
  subnet: Omit<CloudSubnet, 'id' | 'networkId' | 'name'>;
}

export interface CloudRouterInterface {
  subnetId: string;
  networkId: string;
  ip: string;
}

export interface CloudRouter {
  id: string;
  projectId: string;
  name: string;
  externalNetworkId: string | null;
  /** The router's own address on the external network. */
  externalIp: string | null;
  interfaces: CloudRouterInterface[];
}

/** Neutron's floating IP status: DOWN while unassociated (or until an L3 agent wires it), ACTIVE once wired. */
export type FloatingIpStatus = 'ACTIVE' | 'DOWN' | 'ERROR';

/** A public address of an external network, allocated to a project and mapped to one server address or none. */
export interface CloudFloatingIp {
  id: string;
  projectId: string;
  externalNetworkId: string;
  address: string;
  status: FloatingIpStatus;
  /** The server (its cloud id) whose port it maps to; null when unassociated. */
  serverId: string | null;
  /** The server's fixed address it maps to; null when unassociated. */
  fixedAddress: string | null;
  createdAt: Date;
}

export interface CloudVolumeAttachment {
  id: string;
  volumeId: string;
  serverId: string;
  device: string;
}

export interface CloudVolume {
  id: string;
  projectId: string;
  name: string;
  description: string;
  sizeGb: number;
  status: VolumeStatus;
  attachments: CloudVolumeAttachment[];
  createdAt: Date;
}

export const QUOTA_KEYS = [
  'instances',
  'cores',
  'ramMb',
  'volumes',
  'gigabytes',
  'networks',
  'routers',
  'securityGroups',
  'securityGroupRules',
  'floatingIps',
] as const;
export type QuotaKey = (typeof QUOTA_KEYS)[number];
/** -1 means unlimited, as in OpenStack. */
export type QuotaLimits = Record<QuotaKey, number>;

export interface CloudQuota {
  limits: QuotaLimits;
  usage: Record<QuotaKey, number>;
}

/** A remote console's URL, with Nova's one-time token in it: a credential, never logged nor audited. */
export interface CloudConsole {
  type: ConsoleType;
  url: string;
}

/**
 * One page of a project's servers or volumes, as the cloud's own paging gives it (Nova's and
 * Cinder's `limit`, `marker`, `sort_key`, `sort_dir` and filters). `after` is the last item of the
 * previous page: its id (the cloud's marker) and its sort value (the sim's keyset).
 */
export interface PageQuery {
  projectId: string;
  limit: number;
  sort: { key: 'name' | 'createdAt'; dir: 'asc' | 'desc' };
  /** `value`: the name, or the creation time in epoch milliseconds as text. */
  after?: { value: string; id: string };
  /** Case-insensitive substring of the name. */
  nameContains?: string;
}

export interface ServerPageQuery extends PageQuery {
  status?: ServerStatus;
  flavorId?: string;
  imageId?: string;
}

export interface VolumePageQuery extends PageQuery {
  status?: VolumeStatus;
}

/**
 * What the cloud has free for new work, summed over its hosts and storage pools: vCPUs, RAM and
 * root disk (Placement's VCPU, MEMORY_MB, DISK_GB) and volume storage (Cinder's pools).
 */
export const CAPACITY_RESOURCES = ['vcpus', 'ramMb', 'diskGb', 'volumeGb'] as const;
export type CapacityResource = (typeof CAPACITY_RESOURCES)[number];

/** Free amount per resource: -1 unlimited (a pool that reports `infinite`), null unknown (the cloud does not tell, or was not asked). */
export type CloudCapacity = Record<CapacityResource, number | null>;
