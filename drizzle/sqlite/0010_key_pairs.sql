CREATE TABLE `sim_key_pairs` (
	`name` text PRIMARY KEY NOT NULL,
	`public_key` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `key_pairs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`name` text NOT NULL,
	`type` text NOT NULL,
	`public_key` text NOT NULL,
	`fingerprint` text NOT NULL,
	`fingerprint_md5` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `key_pairs_user_name` ON `key_pairs` (`user_id`,`name`);--> statement-breakpoint
ALTER TABLE `sim_servers` ADD `key_name` text;--> statement-breakpoint
ALTER TABLE `sim_servers` ADD `key_data` text;--> statement-breakpoint
ALTER TABLE `servers` ADD `key_name` text;--> statement-breakpoint
ALTER TABLE `servers` ADD `key_fingerprint` text;