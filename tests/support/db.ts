// A fresh database per test file: in-memory PGlite, or a new PostgreSQL database when TEST_DATABASE_URL is set.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { createStore, type Database, openDatabase, type Store } from "../../src/store/index.js";

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

function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const database = await openDatabase({ dataDir: "memory://" });
    return {
      database,
      store: createStore(database.db),
      reopen: () => Promise.reject(new Error("reopen needs PostgreSQL")),
      close: () => database.close(),
    };
  }
  const name = `sra_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
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
