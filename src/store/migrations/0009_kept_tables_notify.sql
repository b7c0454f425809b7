-- Every write to a table the kept reads read (src/store/kept-reads.ts) is announced on commit, so every replica
-- on this database forgets what it kept (src/store/kept-watch.ts). One notification per statement; identical
-- ones within a transaction are folded into one by PostgreSQL.
CREATE OR REPLACE FUNCTION "sra_kept_tables_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('sra_kept_tables', '');
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "tenants_kept_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "tenants" FOR EACH STATEMENT EXECUTE FUNCTION "sra_kept_tables_changed"();
--> statement-breakpoint
CREATE TRIGGER "tenant_links_kept_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "tenant_links" FOR EACH STATEMENT EXECUTE FUNCTION "sra_kept_tables_changed"();
--> statement-breakpoint
CREATE TRIGGER "members_kept_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "members" FOR EACH STATEMENT EXECUTE FUNCTION "sra_kept_tables_changed"();
--> statement-breakpoint
CREATE TRIGGER "districts_kept_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "districts" FOR EACH STATEMENT EXECUTE FUNCTION "sra_kept_tables_changed"();
--> statement-breakpoint
CREATE TRIGGER "partners_kept_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "partners" FOR EACH STATEMENT EXECUTE FUNCTION "sra_kept_tables_changed"();
