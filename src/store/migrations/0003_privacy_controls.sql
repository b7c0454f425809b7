ALTER TYPE "public"."member_role" ADD VALUE 'betriebsrat';--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "confidential" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "per_person_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "per_person_requested_by" integer;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "per_person_requested_at" timestamp with time zone;