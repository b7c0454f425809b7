CREATE TYPE "public"."need_status" AS ENUM('new', 'planning', 'offer_running', 'done');--> statement-breakpoint
ALTER TYPE "public"."attendance" ADD VALUE 'attended';--> statement-breakpoint
CREATE TABLE "school_holidays" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "school_holidays_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"tenant_id" integer NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_tasks" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "meeting_tasks_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"tenant_id" integer NOT NULL,
	"meeting_id" integer NOT NULL,
	"what" text NOT NULL,
	"owner_id" integer NOT NULL,
	"due_on" date NOT NULL,
	"done_at" timestamp with time zone,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "need_sightings" (
	"tenant_id" integer NOT NULL,
	"need_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "need_sightings_need_id_member_id_pk" PRIMARY KEY("need_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "needs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"tenant_id" integer NOT NULL,
	"district_id" integer NOT NULL,
	"description" text NOT NULL,
	"theme" text DEFAULT '' NOT NULL,
	"target_group" text DEFAULT '' NOT NULL,
	"status" "need_status" DEFAULT 'new' NOT NULL,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "offer_partners" (
	"tenant_id" integer NOT NULL,
	"offer_id" integer NOT NULL,
	"partner_id" integer NOT NULL,
	CONSTRAINT "offer_partners_offer_id_partner_id_pk" PRIMARY KEY("offer_id","partner_id")
);
--> statement-breakpoint
CREATE TABLE "offers" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "offers_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"tenant_id" integer NOT NULL,
	"district_id" integer NOT NULL,
	"title" text NOT NULL,
	"recurrence" text NOT NULL,
	"first_starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer DEFAULT 120 NOT NULL,
	"timezone" text DEFAULT 'Europe/Berlin' NOT NULL,
	"skip_school_holidays" boolean DEFAULT false NOT NULL,
	"skip_public_holidays" boolean DEFAULT false NOT NULL,
	"focus" "focus" DEFAULT 'projects' NOT NULL,
	"target_group" text DEFAULT '' NOT NULL,
	"role" "activity_role" DEFAULT 'responsible' NOT NULL,
	"responsible_from" date,
	"responsible_to" date,
	"regulars" integer,
	"need_id" integer,
	"created_by" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "activities" ADD COLUMN "offer_id" integer;--> statement-breakpoint
ALTER TABLE "committees" ADD COLUMN "skip_public_holidays" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "committees" ADD COLUMN "skip_school_holidays" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "districts" ADD COLUMN "budget_hours" integer;--> statement-breakpoint
ALTER TABLE "school_holidays" ADD CONSTRAINT "school_holidays_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_tasks" ADD CONSTRAINT "meeting_tasks_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_tasks" ADD CONSTRAINT "meeting_tasks_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_tasks" ADD CONSTRAINT "meeting_tasks_owner_id_members_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_tasks" ADD CONSTRAINT "meeting_tasks_created_by_members_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_sightings" ADD CONSTRAINT "need_sightings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_sightings" ADD CONSTRAINT "need_sightings_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_sightings" ADD CONSTRAINT "need_sightings_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_created_by_members_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_partners" ADD CONSTRAINT "offer_partners_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_partners" ADD CONSTRAINT "offer_partners_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offer_partners" ADD CONSTRAINT "offer_partners_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_need_id_needs_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."needs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offers" ADD CONSTRAINT "offers_created_by_members_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "school_holidays_tenant_range_uq" ON "school_holidays" USING btree ("tenant_id","starts_on","ends_on");--> statement-breakpoint
CREATE INDEX "meeting_tasks_tenant_meeting_idx" ON "meeting_tasks" USING btree ("tenant_id","meeting_id");--> statement-breakpoint
CREATE INDEX "meeting_tasks_tenant_open_idx" ON "meeting_tasks" USING btree ("tenant_id","done_at");--> statement-breakpoint
CREATE INDEX "needs_tenant_district_idx" ON "needs" USING btree ("tenant_id","district_id");--> statement-breakpoint
CREATE INDEX "offer_partners_partner_idx" ON "offer_partners" USING btree ("tenant_id","partner_id");--> statement-breakpoint
CREATE INDEX "offers_tenant_district_idx" ON "offers" USING btree ("tenant_id","district_id");--> statement-breakpoint
CREATE INDEX "offers_tenant_need_idx" ON "offers" USING btree ("tenant_id","need_id");--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_offer_id_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."offers"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_tenant_offer_idx" ON "activities" USING btree ("tenant_id","offer_id");