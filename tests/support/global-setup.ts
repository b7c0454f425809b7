// Runs once before all test files: migrates one database, which every test file then copies instead of migrating its own.
// PGlite: a dump of a migrated data folder, which each test database loads. PostgreSQL: a migrated template database.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../src/store/index.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** PGlite: path of a dump (uncompressed tar) of a migrated data folder. */
    pgliteSnapshot: string;
    /** PostgreSQL (TEST_DATABASE_URL): name of a migrated template database. */
    postgresTemplate: string;
  }
}

/** The same server URL, pointing at another database. */
export function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  return adminUrl ? postgresTemplate(project, adminUrl) : pgliteSnapshot(project);
}

async function pgliteSnapshot(project: TestProject): Promise<() => Promise<void>> {
  // Migrated by the app's own code path; drizzle keeps the PGlite client at `db.$client`.
  const database = await openDatabase({ dataDir: "memory://" });
  const dump = await (database.db as unknown as { $client: PGlite }).$client.dumpDataDir("none");
  await database.close();
  const dir = mkdtempSync(join(tmpdir(), "sra-snapshot-"));
  const file = join(dir, "migrated.tar");
  writeFileSync(file, new Uint8Array(await dump.arrayBuffer()));
  project.provide("pgliteSnapshot", file);
  return async () => rmSync(dir, { recursive: true, force: true });
}

async function postgresTemplate(project: TestProject, adminUrl: string): Promise<() => Promise<void>> {
  // A random name, so runs sharing the server (two checkouts, two engineers) never share a template.
  const name = `sra_template_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const drop = async () => {
    await admin.unsafe(`alter database ${name} with is_template false`);
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
  await admin.unsafe(`create database ${name}`);
  try {
    await (await openDatabase({ databaseUrl: withDatabaseName(adminUrl, name) })).close();
    // CREATE DATABASE ... TEMPLATE fails while anyone is connected to the template: refuse new
    // connections for the rest of the run, and wait until the migration's sessions have ended.
    await admin.unsafe(`alter database ${name} with is_template true allow_connections false`);
    for (let i = 0; ; i++) {
      const [row] = await admin<{ n: number }[]>`
        select count(*)::int as n from pg_stat_activity where datname = ${name}`;
      if (!row?.n) break;
      if (i >= 100) throw new Error(`template database ${name} still has ${row.n} connection(s)`);
      await sleep(50);
    }
  } catch (error) {
    await drop();
    throw error;
  }
  project.provide("postgresTemplate", name);
  return drop;
}
