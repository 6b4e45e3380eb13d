ALTER TABLE "sim_servers" ADD COLUMN "resized_from" jsonb;--> statement-breakpoint
ALTER TABLE "sim_volumes" ADD COLUMN "extended_at" timestamp (3) with time zone;