ALTER TABLE `sim_servers` ADD `resized_from` text;--> statement-breakpoint
ALTER TABLE `sim_volumes` ADD `extended_at` integer;