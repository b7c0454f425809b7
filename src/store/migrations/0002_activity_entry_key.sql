ALTER TABLE "activities" ADD COLUMN "entry_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "activities_tenant_entry_key_uq" ON "activities" USING btree ("tenant_id","entry_key");