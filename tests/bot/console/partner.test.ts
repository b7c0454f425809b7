// The partner register and the quick entry's partner suggestion in the console: typed numbers are the taps.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { partner as p, aktivitaet as t } from "../../../src/commands/messages/index.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { chatIn } from "./support.js";

let dir: string;
let db: TestDatabase;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "sra-partner-"));
  db = await openTestDatabase();
});
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const chat = (script: string[]) => chatIn(db.database, dir, ["--as", "Anna"], script);

describe("the partner register in the console", () => {
  it("suggests the existing partner, then lists and renames it", async () => {
    const run = await chat([
      "aktivitaet 2h Elternabend +Grundschule am Park #kooperation",
      "1", // Speichern
      "aktivitaet 1h Lesepatenschaft +GS am Park #kooperation",
      "3", // [1] Bearbeiten [2] Verwerfen [3] Grundschule am Park [4] „GS am Park“ neu anlegen
      "1", // Speichern
      "partner liste",
      "partner umbenennen grundschule am park -> Grundschule am Stadtpark",
      "ende",
    ]);
    expect(run.stderr).toBe("");
    const out = run.stdout;
    expect(out).toContain(t.tap.partnerQuestion("GS am Park"));
    expect(out).toContain(`[3] Grundschule am Park  [4] ${t.tap.partnerCreate("GS am Park")}`);
    expect(out).toContain("Gespeichert: Aktivität Nr. 2.");
    expect(out).toContain(`Schule · ${p.activities(2)} · ${p.cooperations(0)}`);
    expect(out).toContain(p.renamed("Grundschule am Park", "Grundschule am Stadtpark"));
    const tenant = await db.store.findTenant("console", "demo");
    const names = tenant ? (await db.store.forTenant(tenant.id).listPartners()).map((x) => x.name) : [];
    expect(names).toEqual(["Grundschule am Stadtpark"]);
  });
});
