// The console chat: two sessions driven in this process with scripted input, checking their output and the database;
// and `npm run chat` once as a child process, a smoke test of its wiring (argv, stdin, stdout, stderr, exit code, env).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { todayIn } from "../../../src/commands/aktivitaet/parse/days.js";
import { createStore, type Database, openDatabase } from "../../../src/store/index.js";
import { openTestDatabase, type TestDatabase, usingPostgres } from "../../support/db.js";
import { type ChatRun, chatIn } from "./support.js";

const root = join(import.meta.dirname, "../../..");
const tsx = join(root, "node_modules/.bin/tsx");
let dir: string;
/** The database of the in-process sessions. */
let t: TestDatabase;

type Run = ChatRun;

/** A session as `npm run chat -- <args>` would run it, with `script` as its input, in this process. */
const chat = (args: string[], script: string[]): Promise<Run> => chatIn(t.database, dir, args, script);

/** `tsx src/bot/console/main.ts <args>` (what `npm run chat` runs) as a child process, `script` on its stdin. */
function chatProcess(
  args: string[],
  script: string[],
  env: NodeJS.ProcessEnv,
): Promise<Run & { code: number | null; ms: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ["src/bot/console/main.ts", ...args], {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: "warn", ...env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ stdout, stderr, code, ms: Math.round(performance.now() - started) });
    });
    child.stdin.end(`${script.join("\n")}\n`);
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sra-chat-"));
  t = await openTestDatabase();
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("console session", () => {
  it("logs, edits field by field, lists and exports as the first (admin) member", async () => {
    const run = await chat(
      ["--as", "Anna"],
      [
        "aktivitaet 2h Elterncafé #projekt 12 TN",
        "1", // Speichern
        "aktivitaet 90 min Runder Tisch",
        "2", // Bearbeiten -> the form, asked field by field
        "", // date: keep
        "ewig", // duration: not a duration (rejected after submit)
        "Runder Tisch Jugend", // title
        "", // district: keep
        "", // level: keep
        "", // case reference: none
        "99", // focus: no such option
        "1", // focus: Vernetzte Strukturen
        "fertig",
        "75", // duration again, after the German error
        "aktivitaet liste",
        "7", // no such button
        "aktivitaet export",
        "ende",
      ],
    );
    expect(run.stderr).toBe("");
    const out = run.stdout;
    expect(out).toContain("Du bist „Anna“ im Team „Demo-Team“.");
    expect(out).toContain("Für die Demo gibt es den Sozialraum „Demo-Sozialraum“.");
    expect(out).toContain("[1] Speichern  [2] Bearbeiten  [3] Verwerfen");
    expect(out).toContain("Gespeichert: Aktivität Nr. 1.");
    expect(out).toContain("== Aktivität erfassen ==");
    expect(out).toContain("1) Vernetzte Strukturen");
    expect(out).toContain("Das passt zu keiner Auswahl");
    expect(out).toContain("! Bitte korrigieren:\n  • duration: Bitte eine Dauer angeben");
    expect(out).toContain("Gespeichert: Aktivität Nr. 2.");
    expect(out).toContain("Nr. 2 · Runder Tisch Jugend");
    expect(out).toContain("Eine Schaltfläche 7 gibt es gerade nicht.");
    expect(out).toContain("Export: 2 Aktivitäten");
    expect(out.trimEnd().endsWith("Tschüss!")).toBe(true);

    const csvPath = /Datei gespeichert: (.+\.csv)/.exec(out)?.[1] ?? "";
    expect(existsSync(csvPath)).toBe(true);
    const csv = readFileSync(csvPath);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString("utf8")).toContain(
      ";Runder Tisch Jugend;Demo-Sozialraum;fallunspezifisch;Vernetzte Strukturen;",
    );

    const today = todayIn(new Date(), "Europe/Berlin");
    const tenant = await t.store.findTenant("console", "demo");
    expect(tenant?.name).toBe("Demo-Team");
    const scoped = t.store.forTenant(tenant?.id ?? 0);
    expect((await scoped.listDistricts()).map((d) => [d.name, d.channelId])).toEqual([
      ["Demo-Sozialraum", "konsole"],
    ]);
    expect((await scoped.findMemberByPlatformId("anna"))?.role).toBe("admin");
    const rows = await scoped.listActivities({}, { limit: 10, offset: 0 });
    expect(rows.map((r) => [r.title, r.minutes, r.focus, r.occurredOn, r.participants])).toEqual([
      ["Runder Tisch Jugend", 75, "networks", today, null],
      ["Elterncafé", 120, "projects", today, 12],
    ]);
    expect((await scoped.auditTrail(5)).map((a) => a.action)).toContain("activity.export");
  });

  it("checks each committee field as it is filled in and reads the rhythm in words", async () => {
    const run = await chat(
      ["--as", "Anna"],
      [
        "gremium neu",
        "Runder Tisch Süd", // name
        "", // type: keep
        "", // district: keep (the only one)
        "", // part: keep
        "irgendwann", // rhythm: refused at once
        "jeden 2. Dienstag im Monat, außer in den Schulferien",
        "25:00", // time: refused at once
        "18:30",
        "", // first date: worked out from the rhythm
        "fertig",
        "ende",
      ],
    );
    expect(run.stderr).toBe("");
    const out = run.stdout;
    expect(out).toContain("! Den Rhythmus „irgendwann“ verstehe ich nicht.");
    expect(out).toContain("! Bitte eine Uhrzeit wie 18:00 angeben.");
    // The rhythm in words with its next dates, said again with the time chosen after it.
    expect(out).toMatch(
      /Verstanden: jeden 2\. Dienstag im Monat, 18:00 Uhr, außer in den Schulferien\. Nächste Termine: Di, \d{2}\.\d{2}\.\d{4}, 18:00 Uhr/,
    );
    expect(out).toMatch(
      /Verstanden: jeden 2\. Dienstag im Monat, 18:30 Uhr, außer in den Schulferien\. Nächste Termine: Di, \d{2}\.\d{2}\.\d{4}, 18:30 Uhr/,
    );
    expect(out).not.toContain("Das passt zu keiner Auswahl");
    expect(out).toMatch(
      /Gremium „Runder Tisch Süd“ ist gespeichert\. Nächste Sitzung: Di, \d{2}\.\d{2}\.\d{4}, 18:30 Uhr\./,
    );
  });

  it("switches the member with --as: a second member sees only their own entries and may not export", async () => {
    const run = await chat(
      ["--as", "Ben"],
      [
        "/aktivitaet liste",
        "aktivitaet export",
        "aktivitaet 1h Flyer #presse",
        "3", // Verwerfen
        "aktivitaet 30 min Infostand #presse",
        "1", // Speichern
        "aktivitaet 1h Rückruf 0171 1234567 #kooperation",
        "aktivitaet",
        "abbrechen",
      ],
    );
    expect(run.stderr).toBe("");
    const out = run.stdout;
    expect(out).not.toContain("Demo-Sozialraum“."); // the demo district exists already
    expect(out).toContain("== Deine Aktivitäten – zuletzt ==");
    expect(out).toContain("Keine Aktivitäten gefunden.");
    expect(out).toContain("Das dürfen nur Teamleitungen und Admins.");
    expect(out).toContain("Verworfen – es wurde nichts gespeichert.");
    expect(out).toContain("Gespeichert: Aktivität Nr. 3.");
    expect(out).toContain("Achtung Datenschutz");
    expect(out).not.toContain("1234567");
    expect(out).toContain("Formular abgebrochen");
    const tenant = await t.store.findTenant("console", "demo");
    const scoped = t.store.forTenant(tenant?.id ?? 0);
    const ben = await scoped.findMemberByPlatformId("ben");
    expect(ben?.role).toBe("member");
    const rows = await scoped.listActivities({ authorId: ben?.id ?? 0 }, { limit: 10, offset: 0 });
    expect(rows.map((r) => r.title)).toEqual(["Infostand"]);
    expect(await scoped.countActivities({})).toBe(3);
  });
});

describe("npm run chat", () => {
  it("starts on an empty data folder (or database), runs the script from stdin and exits 0 with a clean stderr", async () => {
    // Its own database, so the demo district is created on this first start.
    const own = usingPostgres ? await openTestDatabase() : undefined;
    try {
      const run = await chatProcess(
        ["--as", "Anna"],
        ["aktivitaet 2h Elterncafé #projekt 12 TN", "1", "aktivitaet export", "ende"],
        {
          DATA_DIR: join(dir, "data"),
          CHAT_EXPORT_DIR: join(dir, "process-exports"),
          DATABASE_URL: own?.url ?? "",
        },
      );
      expect(run.stderr).toBe("");
      expect(run.code).toBe(0);
      const out = run.stdout;
      expect(out).toContain("Du bist „Anna“ im Team „Demo-Team“.");
      expect(out).toContain("Für die Demo gibt es den Sozialraum „Demo-Sozialraum“.");
      expect(out).toContain("Gespeichert: Aktivität Nr. 1.");
      expect(out).toContain("Export: 1 Aktivitäten");
      expect(out.trimEnd().endsWith("Tschüss!")).toBe(true);
      const csvPath = /Datei gespeichert: (.+\.csv)/.exec(out)?.[1] ?? "";
      expect(csvPath.startsWith(join(dir, "process-exports"))).toBe(true);
      expect(existsSync(csvPath)).toBe(true);

      const database: Database = own ? own.database : await openDatabase({ dataDir: join(dir, "data") });
      try {
        const store = createStore(database.db);
        const tenant = await store.findTenant("console", "demo");
        const rows = await store.forTenant(tenant?.id ?? 0).listActivities({}, { limit: 10, offset: 0 });
        expect(rows.map((r) => [r.title, r.minutes, r.participants])).toEqual([["Elterncafé", 120, 12]]);
      } finally {
        if (!own) await database.close();
      }
      console.info(`npm run chat as a process: ${run.ms} ms`);
    } finally {
      await own?.close();
    }
  }, 90_000);
});

describe("control characters typed in the console", () => {
  it("are removed before the command layer reads or stores the line", async () => {
    const run = await chat(
      ["--as", "Anna"],
      [
        "sozialraum neu Ost\u0000st\u202Eadt",
        "aktivitaet 30 min Kaffee\u0000klatsch\u0085 @Oststadt #projekt",
        "1",
        "ende",
      ],
    );
    expect(run.stdout).toContain("Sozialraum „Oststadt“ ist angelegt");
    expect(run.stdout).not.toContain("etwas schiefgegangen");
    const tenant = await t.store.findTenant("console", "demo");
    const rows = await t.store.forTenant(tenant?.id ?? 0).listActivities({}, { limit: 10, offset: 0 });
    expect(rows.map((r) => r.title)).toContain("Kaffeeklatsch");
  });
});
