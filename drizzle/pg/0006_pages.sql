CREATE INDEX "sim_servers_project_name" ON "sim_servers" USING btree ("project_id","name","id");--> statement-breakpoint
CREATE INDEX "sim_servers_project_created" ON "sim_servers" USING btree ("project_id","created_at","id");--> statement-breakpoint
CREATE INDEX "sim_volumes_project_name" ON "sim_volumes" USING btree ("project_id","name","id");--> statement-breakpoint
CREATE INDEX "sim_volumes_project_created" ON "sim_volumes" USING btree ("project_id","created_at","id");