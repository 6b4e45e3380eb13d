CREATE TABLE "sim_floating_ips" (
	"id" text PRIMARY KEY NOT NULL,
	"project_id" text NOT NULL,
	"external_network_id" text NOT NULL,
	"address" text NOT NULL,
	"fixed_port_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sim_quotas" ADD COLUMN "floating_ips" bigint DEFAULT 50 NOT NULL;--> statement-breakpoint
CREATE INDEX "sim_floating_ips_project" ON "sim_floating_ips" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "sim_floating_ips_fixed_port" ON "sim_floating_ips" USING btree ("fixed_port_id");