// Child process of connection-drop.test.ts: transactions whose backend is terminated between two of their
// statements, through the app's own database code. Prints one line per transaction and "recovered" when a
// query on the same pool works afterwards; an uncaught exception ends the process with a non-zero exit.
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import postgres from "postgres";
import { databaseFailure, openDatabase } from "../../src/store/index.js";

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL ?? "" });
const admin = postgres(process.env.ADMIN_URL ?? "", { max: 1, onnotice: () => {} });

async function terminate(pid: number): Promise<void> {
  await admin`select pg_terminate_backend(${pid})`;
  for (let i = 0; i < 100; i++) {
    const [row] = await admin<
      { n: number }[]
    >`select count(*)::int as n from pg_stat_activity where pid = ${pid}`;
    if (!row?.n) return;
    await sleep(20);
  }
}

for (let i = 0; i < Number(process.env.ROUNDS ?? 10); i++) {
  try {
    await database.db.transaction(async (tx) => {
      const [row] = (await tx.execute(sql`select pg_backend_pid() as pid`)) as unknown as { pid: number }[];
      await terminate(Number(row?.pid));
      // The next statement, and the ROLLBACK after it, go to a connection that is gone.
      await tx.execute(sql`select 1`);
    });
    process.stdout.write("committed\n");
  } catch (error) {
    process.stdout.write(`rejected ${databaseFailure(error) ?? "other"}\n`);
  }
}
await database.db.execute(sql`select 1`);
process.stdout.write("recovered\n");
await admin.end();
await database.close();
