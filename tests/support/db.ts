// A fresh database per test file: in-memory PGlite, or a new PostgreSQL database when TEST_DATABASE_URL is set.
// Both start from the database migrated once by global-setup.ts (a PGlite dump, a PostgreSQL template), when it ran.
import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import postgres from "postgres";
import type { ProvidedContext } from "vitest";
import { createStore, type Database, openDatabase, type Store } from "../../src/store/index.js";
import { withDatabaseName } from "./global-setup.js";

export const usingPostgres = Boolean(process.env.TEST_DATABASE_URL);

export interface TestDatabase {
  database: Database;
  store: Store;
  /** Set on PostgreSQL: the URL of this test's own database (for a second connection or process). */
  url?: string;
  /** Reopens the same database (PostgreSQL only), as a second bot process would. */
  reopen(): Promise<Database>;
  close(): Promise<void>;
}

/** What global-setup.ts provides; nothing outside vitest (e.g. `npm run bench`), where importing vitest throws. */
async function provided<K extends keyof ProvidedContext>(key: K): Promise<ProvidedContext[K] | undefined> {
  if (!process.env.VITEST) return undefined;
  const { inject } = await import("vitest");
  return inject(key);
}

let snapshot: Promise<Blob | undefined> | undefined;

/** The migrated PGlite data folder, read once per worker process. */
function pgliteSnapshot(): Promise<Blob | undefined> {
  snapshot ??= provided("pgliteSnapshot").then(async (file) =>
    file ? new Blob([await readFile(file)]) : undefined,
  );
  return snapshot;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const loadDataDir = await pgliteSnapshot();
    const database = await openDatabase({ dataDir: "memory://", ...(loadDataDir ? { loadDataDir } : {}) });
    return {
      database,
      store: createStore(database.db),
      reopen: () => Promise.reject(new Error("reopen needs PostgreSQL")),
      close: () => database.close(),
    };
  }
  const name = `sra_test_${randomBytes(6).toString("hex")}`;
  const template = await provided("postgresTemplate");
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(template ? `create database ${name} template ${template}` : `create database ${name}`);
  const url = withDatabaseName(adminUrl, name);
  const database = await openDatabase({ databaseUrl: url });
  const extra: Database[] = [];
  return {
    database,
    store: createStore(database.db),
    url,
    async reopen() {
      const again = await openDatabase({ databaseUrl: url });
      extra.push(again);
      return again;
    },
    async close() {
      for (const d of extra) await d.close();
      await database.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
