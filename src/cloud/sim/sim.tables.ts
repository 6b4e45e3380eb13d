import { sql } from 'drizzle-orm';
import { foreignKey, sqliteTable, integer, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** The simulated cloud keeps its own state beside Canopy's, in the same database, so it survives restarts. */
export const simProjects = sqliteTable('sim_projects', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  description: text('description').notNull().default(''),
  enabled: integer('enabled', { mode: 'boolean' }).notNull().default(true),
  createdAt: integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`),
});

const now = sql`(unixepoch('subsec') * 1000)`;

/** Per-project limits; a project without a row has the defaults of sim.catalog.ts. */
export const simQuotas = sqliteTable('sim_quotas', {
  projectId: text('project_id').primaryKey(),
  instances: integer('instances').notNull(),
  cores: integer('cores').notNull(),
  ramMb: integer('ram_mb').notNull(),
  volumes: integer('volumes').notNull(),
  gigabytes: integer('gigabytes').notNull(),
  networks: integer('networks').notNull(),
  routers: integer('routers').notNull(),
  /** Added after the first release: rows made before have Neutron's defaults. */
  securityGroups: integer('security_groups').notNull().default(10),
  securityGroupRules: integer('security_group_rules').notNull().default(100),
  floatingIps: integer('floating_ips').notNull().default(50),
});

export const simSecurityGroups = sqliteTable(
  'sim_security_groups',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
  },
  (t) => [uniqueIndex('sim_security_groups_name').on(t.projectId, t.name)],
);

/** Neutron's security-group-rules; NULL protocol, ports or remote mean any. */
export const simSecurityGroupRules = sqliteTable(
  'sim_security_group_rules',
  {
    id: text('id').primaryKey(),
    securityGroupId: text('security_group_id').notNull(),
    projectId: text('project_id').notNull(),
    direction: text('direction', { enum: ['ingress', 'egress'] }).notNull(),
    ethertype: text('ethertype', { enum: ['IPv4', 'IPv6'] }).notNull(),
    protocol: text('protocol'),
    portMin: integer('port_min'),
    portMax: integer('port_max'),
    remoteCidr: text('remote_cidr'),
    remoteSecurityGroupId: text('remote_security_group_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [
    // Named: the default name is longer than PostgreSQL's 63-character identifiers.
    foreignKey({
      name: 'sim_security_group_rules_group_fk',
      columns: [t.securityGroupId],
      foreignColumns: [simSecurityGroups.id],
    }).onDelete('cascade'),
    index('sim_security_group_rules_group').on(t.securityGroupId),
    index('sim_security_group_rules_project').on(t.projectId),
  ],
);

export const simNetworks = sqliteTable(
  'sim_networks',
  {
    id: text('id').primaryKey(),
    /** NULL for the provider's external networks. */
    projectId: text('project_id'),
    name: text('name').notNull(),
    external: integer('external', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('sim_networks_project').on(t.projectId)],
);

export const simSubnets = sqliteTable('sim_subnets', {
  id: text('id').primaryKey(),
  networkId: text('network_id')
    .notNull()
    .references(() => simNetworks.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  cidr: text('cidr').notNull(),
  gatewayIp: text('gateway_ip').notNull(),
  dhcpEnabled: integer('dhcp_enabled', { mode: 'boolean' }).notNull(),
  poolStart: text('pool_start').notNull(),
  poolEnd: text('pool_end').notNull(),
  /** Comma-separated, as short lists are. */
  dns: text('dns').notNull().default(''),
});

/** A fixed IP on a subnet, owned by a server, a router interface, a router gateway or a floating IP (Neutron's ports). */
export const simPorts = sqliteTable(
  'sim_ports',
  {
    id: text('id').primaryKey(),
    networkId: text('network_id').notNull(),
    subnetId: text('subnet_id')
      .notNull()
      .references(() => simSubnets.id),
    ip: text('ip').notNull(),
    deviceOwner: text('device_owner', {
      enum: ['compute', 'router_interface', 'router_gateway', 'floatingip'],
    }).notNull(),
    deviceId: text('device_id').notNull(),
  },
  (t) => [
    uniqueIndex('sim_ports_ip').on(t.subnetId, t.ip),
    index('sim_ports_device').on(t.deviceId),
    index('sim_ports_network').on(t.networkId),
  ],
);

/**
 * Neutron's floating IPs. The address is also a `floatingip` port of the external subnet (as in
 * Neutron), so it is never handed to a router gateway too; `fixedPortId` is the server port it maps to.
 */
export const simFloatingIps = sqliteTable(
  'sim_floating_ips',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull(),
    externalNetworkId: text('external_network_id').notNull(),
    address: text('address').notNull(),
    fixedPortId: text('fixed_port_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('sim_floating_ips_project').on(t.projectId), index('sim_floating_ips_fixed_port').on(t.fixedPortId)],
);

export const simRouters = sqliteTable(
  'sim_routers',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull(),
    name: text('name').notNull(),
    externalNetworkId: text('external_network_id'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [index('sim_routers_project').on(t.projectId)],
);

export const simServers = sqliteTable(
  'sim_servers',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull(),
    name: text('name').notNull(),
    flavorId: text('flavor_id').notNull(),
    imageId: text('image_id').notNull(),
    availabilityZone: text('availability_zone').notNull(),
    securityGroups: text('security_groups', { mode: 'json' }).$type<string[]>().notNull(),
    /** The status now; while `settlesAt` is ahead, a task (build, reboot) is still running. */
    status: text('status').notNull(),
    /** The status the running task ends in, once `settlesAt` has passed. */
    settlesTo: text('settles_to'),
    settlesAt: integer('settles_at', { mode: 'timestamp_ms' }),
    /** While a resize waits for confirmResize or revertResize: the flavor and status it was resized from. */
    resizedFrom: text('resized_from', { mode: 'json' }).$type<{ flavorId: string; status: string }>(),
    /** As Nova's instance: the key pair's name and its public key, copied when the server was made. */
    keyName: text('key_name'),
    keyData: text('key_data'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  // Pages by name and by creation time (sim.paging.ts) walk these, whatever the project's size.
  (t) => [
    index('sim_servers_project').on(t.projectId),
    index('sim_servers_project_name').on(t.projectId, t.name, t.id),
    index('sim_servers_project_created').on(t.projectId, t.createdAt, t.id),
  ],
);

/** Nova's key pairs of the one (service) user Canopy acts as: names unique, not per project. */
export const simKeyPairs = sqliteTable('sim_key_pairs', {
  name: text('name').primaryKey(),
  publicKey: text('public_key').notNull(),
  createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
});

export const simVolumes = sqliteTable(
  'sim_volumes',
  {
    id: text('id').primaryKey(),
    projectId: text('project_id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    sizeGb: integer('size_gb').notNull(),
    /** While an extend runs, when it ends: the volume is `extending` until then. */
    extendedAt: integer('extended_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull().default(now),
  },
  (t) => [
    index('sim_volumes_project').on(t.projectId),
    index('sim_volumes_project_name').on(t.projectId, t.name, t.id),
    index('sim_volumes_project_created').on(t.projectId, t.createdAt, t.id),
  ],
);

/** A volume attaches to at most one server (no multi-attach), so in-use is "has a row here". */
export const simVolumeAttachments = sqliteTable(
  'sim_volume_attachments',
  {
    id: text('id').primaryKey(),
    volumeId: text('volume_id').notNull().unique(),
    serverId: text('server_id').notNull(),
    device: text('device').notNull(),
  },
  (t) => [index('sim_volume_attachments_server').on(t.serverId)],
);
