CREATE TABLE "seen_requests" (
	"key" text PRIMARY KEY NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "committees" ADD COLUMN "created_by" integer;--> statement-breakpoint
CREATE INDEX "seen_requests_expires_idx" ON "seen_requests" USING btree ("expires_at");--> statement-breakpoint
ALTER TABLE "committees" ADD CONSTRAINT "committees_created_by_members_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;