CREATE TABLE `sim_floating_ips` (
	`id` text PRIMARY KEY NOT NULL,
	`project_id` text NOT NULL,
	`external_network_id` text NOT NULL,
	`address` text NOT NULL,
	`fixed_port_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `sim_floating_ips_project` ON `sim_floating_ips` (`project_id`);--> statement-breakpoint
CREATE INDEX `sim_floating_ips_fixed_port` ON `sim_floating_ips` (`fixed_port_id`);--> statement-breakpoint
ALTER TABLE `sim_quotas` ADD `floating_ips` integer DEFAULT 50 NOT NULL;