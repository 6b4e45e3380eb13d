CREATE TABLE "sim_security_group_rules" (
	"id" text PRIMARY KEY NOT NULL,
	"security_group_id" text NOT NULL,
	"project_id" text NOT NULL,
	"direction" text NOT NULL,
	"ethertype" text NOT NULL,
	"protocol" text,
	"port_min" bigint,
	"port_max" bigint,
	"remote_cidr" text,
	"remote_security_group_id" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sim_quotas" ADD COLUMN "security_groups" bigint DEFAULT 10 NOT NULL;--> statement-breakpoint
ALTER TABLE "sim_quotas" ADD COLUMN "security_group_rules" bigint DEFAULT 100 NOT NULL;--> statement-breakpoint
ALTER TABLE "sim_security_group_rules" ADD CONSTRAINT "sim_security_group_rules_group_fk" FOREIGN KEY ("security_group_id") REFERENCES "public"."sim_security_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sim_security_group_rules_group" ON "sim_security_group_rules" USING btree ("security_group_id");--> statement-breakpoint
CREATE INDEX "sim_security_group_rules_project" ON "sim_security_group_rules" USING btree ("project_id");