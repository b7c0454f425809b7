// The one place that picks the driver: embedded PGlite (a data folder) or PostgreSQL when a URL is given.
import { mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { countingWrites, type WriteCounter } from "./kept-reads.js";
import { watchKeptTables } from "./kept-watch.js";
import { startPgliteWorker } from "./pglite-host.js";
import * as schema from "./schema/index.js";

export type Schema = typeof schema;
/** Both drivers share this type, so nothing above the store knows which one runs. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  driver: "pglite" | "postgres";
  /** True when the database answers and every committed migration is applied. */
  isReady(): Promise<boolean>;
  /**
   * Where this process sees every write (PGlite in its worker: the one writer; PostgreSQL: its own writes and
   * the others' announced, kept-watch.ts): reads may be kept between writes.
   */
  writes?: WriteCounter;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** PostgreSQL connection URL; when absent the embedded database is used. */
  databaseUrl?: string;
  /** Folder of the embedded database; "memory://" keeps it in memory (tests). */
  dataDir?: string;
  /**
   * Embedded only: starts a new (or in-memory) data folder from this dump of another one (PGlite's
   * `dumpDataDir()`), e.g. an already migrated snapshot in tests. Pending migrations are still applied.
   */
  loadDataDir?: Blob;
}

const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));
const MIGRATION_LOCK = 7_411_305; // arbitrary, stable advisory-lock key for this app

function committedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, "utf8")) as {
    entries: unknown[];
  };
  return journal.entries.length;
}

async function appliedMigrationCount(db: Db): Promise<number> {
  const rows = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  const first =
    (rows as unknown as { rows?: { n: number }[] }).rows?.[0] ?? (rows as unknown as { n: number }[])[0];
  return Number(first?.n ?? 0);
}

/** A readiness probe answers within this, even while a new connection waits for its connect timeout. */
const READY_TIMEOUT_MS = 2_000;

function readiness(db: Db): () => Promise<boolean> {
  const expected = committedMigrationCount();
  return async () => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
    });
    try {
      // Asked anew on every probe, so it turns ready again by itself once the database is back.
      const applied = appliedMigrationCount(db).then((n) => n >= expected);
      applied.catch(() => {}); // settles after the timeout won: not an unhandled rejection
      return await Promise.race([applied, late]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  };
}

/** Opens the database and applies pending migrations (a no-op when all are applied). */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.dataDir ?? "./data", options.loadDataDir);
}

async function openPglite(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  return dataDir.startsWith("memory://")
    ? openPgliteInProcess(dataDir, loadDataDir)
    : openPgliteWorker(dataDir, loadDataDir);
}

/**
 * PGlite on this thread: every query runs on the event loop. Used for "memory://" (tests, where a thread
 * per test file would only add start-up time) and by the benchmark as the baseline.
 */
export async function openPgliteInProcess(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  if (!dataDir.startsWith("memory://")) mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir, loadDataDir ? { loadDataDir } : {});
  const db = drizzlePglite({ client, schema, casing: "snake_case" });
  await migratePglite(db, { migrationsFolder });
  return {
    db: db as unknown as Db,
    driver: "pglite",
    isReady: readiness(db as unknown as Db),
    close: () => client.close(),
  };
}

/**
 * A data folder: PGlite runs in a worker thread (pglite-host.ts), which it serves over the PostgreSQL
 * protocol, so the app uses postgres.js as on PostgreSQL and waits for no query on its own event loop.
 */
export async function openPgliteWorker(dataDir: string, loadDataDir?: Blob): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const worker = await startPgliteWorker(dataDir, loadDataDir);
  // PGlite is one session, so one connection: postgres.js queues the rest and keeps a transaction on it.
  const { client, writes } = countingWrites(
    postgres({
      path: worker.socketPath,
      max: 1,
      user: "postgres",
      database: "postgres", // PGlite has the one database; it answers as "postgres" whatever is asked
      onnotice: () => {},
    }),
  );
  try {
    // One process owns a data folder, so no advisory lock is needed around the migration.
    await migratePostgres(drizzlePostgres({ client, casing: "snake_case" }), { migrationsFolder });
  } catch (error) {
    await client.end({ timeout: 5 });
    await worker.stop();
    throw error;
  }
  const db = drizzlePostgres({ client, schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    driver: "pglite",
    isReady: readiness(db),
    writes,
    close: async () => {
      await client.end({ timeout: 5 });
      await worker.stop();
    },
  };
}

async function openPostgres(url: string): Promise<Database> {
  // Several bot instances may start at once: one migrates, the others wait on the lock.
  const lockClient = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await lockClient`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migratePostgres(drizzlePostgres({ client: lockClient, casing: "snake_case" }), {
      migrationsFolder,
    });
    await lockClient`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await lockClient.end();
  }
  // postgres 3.4.9 is patched (patches/postgres+3.4.9.patch, applied by `npm ci` through patch-package):
  // unpatched, a connection dropped during a write (failover, pg_terminate_backend) crashed the process
  // with "Cannot read properties of null (reading 'write')" (porsager/postgres#1154, #1208) or an
  // unhandled rejection from its type query (#1192, #1223); no release fixes this yet. The version is
  // pinned to the patched one: drop the patch when a release has the fix.
  const watch = watchKeptTables(url);
  const { client } = countingWrites(postgres(url, { max: 10, onnotice: () => {} }), watch.counter);
  // Not awaited for long: until it listens nothing is kept, which is only slower.
  await Promise.race([watch.ready, new Promise((resolve) => setTimeout(resolve, READY_TIMEOUT_MS).unref())]);
  const db = drizzlePostgres({ client, schema, casing: "snake_case" }) as unknown as Db;
  return {
    db,
    driver: "postgres",
    isReady: readiness(db),
    writes: watch.counter,
    // A connection that dropped mid-query still counts as busy in postgres.js, so a plain end() can
    // wait forever; after the timeout the remaining connections are destroyed.
    close: async () => {
      await watch.stop();
      await client.end({ timeout: 5 });
    },
  };
}
