// The need → offer → session walk in the console: typed numbers are the taps, a form is asked field by field.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { angebot as a, bedarf as b } from "../../../src/commands/messages/index.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { chatIn } from "./support.js";

let dir: string;
let db: TestDatabase;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sra-loop-"));
  db = await openTestDatabase();
});
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const chat = (script: string[]) => chatIn(db.database, dir, ["--as", "Anna"], script);

describe("needs and offers in the console", () => {
  it("raises a need, answers it with an offer, logs today's session and lists both", async () => {
    const run = await chat([
      "sozialraum neu Nordstadt",
      "bedarf kein offener Treff für Jugendliche am Wochenende @Nordstadt #Freizeit",
      "bedarf Fam. Nowak sucht Hortplatz für Tim (7)",
      "angebot neu Wochenendtreff täglich 0 Uhr @Nordstadt bedarf 1",
      "1", // Speichern
      "angebot termin Wochenendtreff",
      "14", // Wie viele waren da?
      "", // Dauer: as suggested
      "6", // Stammbesucher
      "angebot liste Nordstadt",
      "bedarf liste alle",
      "ende",
    ]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("Bedarf Nr. 1 · Nordstadt");
    expect(run.stdout).toContain(b.seenButton);
    expect(run.stdout).toContain("Nicht gespeichert");
    expect(run.stdout).not.toMatch(/Nowak|Tim \(7\)/);
    expect(run.stdout).toContain(a.confirmTitle);
    expect(run.stdout).toContain(a.needLinked(1));
    expect(run.stdout).toMatch(/Eingetragen: Wochenendtreff am \d\d\.\d\d\.\d{4} mit 14 Teilnehmenden/);
    expect(run.stdout).toContain(a.sessionFormTitle);
    expect(run.stdout).toContain("Teilnehmende: 14");
    expect(run.stdout).toContain("Stammbesucher: 6");
    expect(run.stdout).toContain("Angebot läuft");
    expect(run.stdout).toContain("Angebote: Wochenendtreff");
  });
});
