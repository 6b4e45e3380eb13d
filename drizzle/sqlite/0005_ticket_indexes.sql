CREATE INDEX `tickets_tenant_status` ON `tickets` (`tenant_id`,`status_id`,`id`);--> statement-breakpoint
CREATE INDEX `tickets_tenant_creator` ON `tickets` (`tenant_id`,`creator_id`,`id`);