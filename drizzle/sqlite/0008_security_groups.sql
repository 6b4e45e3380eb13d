CREATE TABLE `sim_security_group_rules` (
	`id` text PRIMARY KEY NOT NULL,
	`security_group_id` text NOT NULL,
	`project_id` text NOT NULL,
	`direction` text NOT NULL,
	`ethertype` text NOT NULL,
	`protocol` text,
	`port_min` integer,
	`port_max` integer,
	`remote_cidr` text,
	`remote_security_group_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`security_group_id`) REFERENCES `sim_security_groups`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sim_security_group_rules_group` ON `sim_security_group_rules` (`security_group_id`);--> statement-breakpoint
CREATE INDEX `sim_security_group_rules_project` ON `sim_security_group_rules` (`project_id`);--> statement-breakpoint
ALTER TABLE `sim_quotas` ADD `security_groups` integer DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE `sim_quotas` ADD `security_group_rules` integer DEFAULT 100 NOT NULL;