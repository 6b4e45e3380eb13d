CREATE TABLE `ticket_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ticket_id` integer NOT NULL,
	`number` integer NOT NULL,
	`state` text NOT NULL,
	`reason` text,
	`actor_id` integer NOT NULL,
	`lease_until` integer NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`ticket_id`) REFERENCES `tickets`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ticket_attempts_number` ON `ticket_attempts` (`ticket_id`,`number`);--> statement-breakpoint
CREATE TABLE `ticket_steps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`attempt_id` integer NOT NULL,
	`ticket_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`state` text NOT NULL,
	`detail` text NOT NULL,
	`marker` text,
	`cloud_id` text,
	`resource_id` integer,
	FOREIGN KEY (`attempt_id`) REFERENCES `ticket_attempts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `ticket_steps_seq` ON `ticket_steps` (`attempt_id`,`seq`);--> statement-breakpoint
CREATE INDEX `ticket_steps_ticket` ON `ticket_steps` (`ticket_id`);--> statement-breakpoint
CREATE INDEX `ticket_steps_resource` ON `ticket_steps` (`kind`,`resource_id`);--> statement-breakpoint
ALTER TABLE `tickets` ADD `request` text;