CREATE TABLE `sim_networks` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text,
	`name` text NOT NULL,
	`external` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sim_networks_project` ON `sim_networks` (`project_id`);--> statement-breakpoint
CREATE TABLE `sim_ports` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`subnet_id` text NOT NULL,
	`ip` text NOT NULL,
	`device_owner` text NOT NULL,
	`device_id` text NOT NULL,
	FOREIGN KEY (`subnet_id`) REFERENCES `sim_subnets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sim_ports_ip` ON `sim_ports` (`subnet_id`,`ip`);--> statement-breakpoint
CREATE INDEX `sim_ports_device` ON `sim_ports` (`device_id`);--> statement-breakpoint
CREATE INDEX `sim_ports_network` ON `sim_ports` (`network_id`);--> statement-breakpoint
CREATE TABLE `sim_quotas` (
	`project_id` text PRIMARY KEY NOT NULL,
	`instances` integer NOT NULL,
	`cores` integer NOT NULL,
	`ram_mb` integer NOT NULL,
	`volumes` integer NOT NULL,
	`gigabytes` integer NOT NULL,
	`networks` integer NOT NULL,
	`routers` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sim_routers` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`name` text NOT NULL,
	`external_network_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sim_routers_project` ON `sim_routers` (`project_id`);--> statement-breakpoint
CREATE TABLE `sim_security_groups` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sim_security_groups_name` ON `sim_security_groups` (`project_id`,`name`);--> statement-breakpoint
CREATE TABLE `sim_servers` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`name` text NOT NULL,
	`flavor_id` text NOT NULL,
	`image_id` text NOT NULL,
	`availability_zone` text NOT NULL,
	`security_groups` text NOT NULL,
	`status` text NOT NULL,
	`settles_to` text,
	`settles_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sim_servers_project` ON `sim_servers` (`project_id`);--> statement-breakpoint
CREATE TABLE `sim_subnets` (
	`id` text PRIMARY KEY NOT NULL,
	`network_id` text NOT NULL,
	`name` text NOT NULL,
	`cidr` text NOT NULL,
	`gateway_ip` text NOT NULL,
	`dhcp_enabled` integer NOT NULL,
	`pool_start` text NOT NULL,
	`pool_end` text NOT NULL,
	`dns` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`network_id`) REFERENCES `sim_networks`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sim_volume_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`volume_id` text NOT NULL,
	`server_id` text NOT NULL,
	`device` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sim_volume_attachments_volume_id_unique` ON `sim_volume_attachments` (`volume_id`);--> statement-breakpoint
CREATE INDEX `sim_volume_attachments_server` ON `sim_volume_attachments` (`server_id`);--> statement-breakpoint
CREATE TABLE `sim_volumes` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`name` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`size_gb` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sim_volumes_project` ON `sim_volumes` (`project_id`);--> statement-breakpoint
CREATE TABLE `servers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` integer NOT NULL,
	`cloud_id` text NOT NULL,
	`server_type` text NOT NULL,
	`assigned_user_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`assigned_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `servers_cloud_id_unique` ON `servers` (`cloud_id`);--> statement-breakpoint
CREATE INDEX `servers_tenant` ON `servers` (`tenant_id`);--> statement-breakpoint
CREATE INDEX `servers_assigned_user` ON `servers` (`assigned_user_id`);--> statement-breakpoint
CREATE TABLE `volume_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` integer NOT NULL,
	`server_id` integer NOT NULL,
	`volume_id` integer NOT NULL,
	`cloud_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`server_id`) REFERENCES `servers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`volume_id`) REFERENCES `volumes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `volume_attachments_cloud_id_unique` ON `volume_attachments` (`cloud_id`);--> statement-breakpoint
CREATE INDEX `volume_attachments_server` ON `volume_attachments` (`server_id`);--> statement-breakpoint
CREATE INDEX `volume_attachments_volume` ON `volume_attachments` (`volume_id`);--> statement-breakpoint
CREATE TABLE `volumes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` integer NOT NULL,
	`cloud_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `volumes_cloud_id_unique` ON `volumes` (`cloud_id`);--> statement-breakpoint
CREATE INDEX `volumes_tenant` ON `volumes` (`tenant_id`);