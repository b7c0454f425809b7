// Restore drill (docs/betrieb.md, „Sicherung und Wiederherstellung“): a running assistant on PostgreSQL, a
// backup with pg_dump, the database dropped, restored with pg_restore, and the same process carries on.
// Usage: DATABASE_URL=postgres://… npx tsx scripts/restore-drill.ts
// It works on its own database (DRILL_DATABASE, default "sra_restore_drill") and never touches another one.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { createStore, openDatabase } from "../src/store/index.js";

const say = (line: string) => process.stdout.write(`${line}\n`);

function urlOf(base: string, database: string): string {
  const u = new URL(base);
  u.pathname = `/${database}`;
  return u.toString();
}

async function waitForStatus(url: string, status: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const got = await fetch(url).then(
      (r) => r.status,
      () => 0,
    );
    if (got === status) return;
    if (Date.now() > deadline) throw new Error(`${url} answered ${got}, expected ${status}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function startAssistant(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(join(import.meta.dirname, "../node_modules/.bin/tsx"), ["src/main.ts"], {
    cwd: join(import.meta.dirname, ".."),
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  await waitForStatus(`http://127.0.0.1:${port}/readyz`, 200, 60_000);
  return child;
}

export async function restoreDrill(baseUrl: string, database = "sra_restore_drill", port = 39_871) {
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  const url = urlOf(baseUrl, database);
  const dir = mkdtempSync(join(tmpdir(), "sra-drill-"));
  const dump = join(dir, "sicherung.dump");
  let child: ChildProcess | undefined;
  try {
    await admin.unsafe(`drop database if exists ${database} with (force)`);
    await admin.unsafe(`create database ${database}`);
    say(`1. Assistent startet auf ${database} (Migrationen laufen beim Start).`);
    child = await startAssistant(url, port);

    const seeded = await openDatabase({ databaseUrl: url });
    const store = createStore(seeded.db);
    const tenant = await store.ensureTenant("console", "drill", "Übungsteam");
    const scoped = store.forTenant(tenant.id);
    const member = await scoped.ensureMember("drill-1", "Fachkraft");
    const district = await scoped.createDistrict("Nordstadt");
    const saved = await scoped.recordActivity({
      districtId: district.id,
      authorId: member.id,
      occurredOn: "2026-12-01",
      minutes: 90,
      title: "Elterncafé",
      level: "case_independent",
      focus: "projects",
      role: "responsible",
    });
    await seeded.close();
    say(`2. Eine Aktivität gespeichert (Nr. ${saved.id}).`);

    execFileSync("pg_dump", ["--format=custom", `--file=${dump}`, url]);
    say("3. Sicherung mit pg_dump geschrieben.");

    await admin.unsafe(`drop database ${database} with (force)`);
    await waitForStatus(`http://127.0.0.1:${port}/readyz`, 503, 30_000);
    say("4. Datenbank gelöscht: /readyz meldet 503, der Prozess läuft weiter.");

    await admin.unsafe(`create database ${database}`);
    execFileSync("pg_restore", ["--no-owner", `--dbname=${url}`, dump]);
    await waitForStatus(`http://127.0.0.1:${port}/readyz`, 200, 60_000);
    say("5. Mit pg_restore wiederhergestellt: /readyz meldet wieder 200, ohne Neustart.");

    const check = await openDatabase({ databaseUrl: url });
    const again = await createStore(check.db).findTenant("console", "drill");
    const rows = again
      ? await createStore(check.db).forTenant(again.id).listActivities({}, { limit: 10, offset: 0 })
      : [];
    await check.close();
    if (!rows.some((r) => r.id === saved.id && r.title === "Elterncafé"))
      throw new Error("the restored database lacks the saved activity");
    say(`6. Aktivität Nr. ${saved.id} ist wieder da. Übung bestanden.`);
    return { activityId: saved.id };
  } finally {
    child?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    await admin.unsafe(`drop database if exists ${database} with (force)`).catch(() => {});
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = process.env.DATABASE_URL;
  if (!base) {
    process.stderr.write(
      "Bitte DATABASE_URL setzen (PostgreSQL), z. B. postgres://postgres@127.0.0.1:5432/postgres\n",
    );
    process.exit(1);
  }
  restoreDrill(base, process.env.DRILL_DATABASE).then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(
        `Übung fehlgeschlagen: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
