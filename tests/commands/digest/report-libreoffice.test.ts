// Word compatibility: LibreOffice (headless) opens the report, renders it to PDF, and its first page to a PNG.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bericht as b, labels } from "../../../src/commands/messages/index.js";
import { commandLayerFor } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { seedTenant } from "../../support/fixtures.js";
import { generateYears, YEARS_NOW } from "./synthetic-years.js";

const has = (cmd: string) => {
  try {
    execFileSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};
const TOOLS = has("soffice") && has("pdftoppm") && has("pdftotext");
// In CI (.ci/run installs them) a missing tool is a failure, not a skip: the compatibility check must run.
if (!TOOLS && process.env.CI === "true")
  throw new Error("CI needs soffice, pdftoppm and pdftotext (see .ci/run)");
if (!TOOLS) {
  // Visible in the run's output: CI installs both (.ci/run); a laptop may not have them.
  console.warn("report-libreoffice: skipped, soffice or poppler-utils (pdftoppm, pdftotext) not installed");
}

let db: TestDatabase;
let dir: string;

beforeAll(async () => {
  if (!TOOLS) return;
  dir = mkdtempSync(join(tmpdir(), "sra-lo-"));
  db = await openTestDatabase();
  const a = await seedTenant(db.store, "T1");
  const south = await a.store.createDistrict("Südstadt");
  await generateYears(
    db.database.db,
    a.store,
    a.tenant.id,
    [
      { id: a.district.id, name: a.district.name },
      { id: south.id, name: south.name },
    ],
    a.admin.id,
    99,
  );
  await a.store.setDistrictBudget(a.district.id, 480);
}, 240_000);

afterAll(async () => {
  await db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!TOOLS)("the Word report in LibreOffice", () => {
  it("converts to PDF whose first page is the title page and whose pages carry the tables and charts", async () => {
    const { as } = commandLayerFor(db.store, YEARS_NOW.toISOString());
    const reply = await as("T1-admin").say("sozialraum", "bericht jahr alle");
    if (reply.kind !== "file") throw new Error("not a file");
    const docx = join(dir, reply.filename);
    writeFileSync(docx, reply.content);
    execFileSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        docx,
      ],
      { stdio: "pipe", timeout: 180_000 },
    );
    const pdf = docx.replace(/\.docx$/, ".pdf");
    expect(existsSync(pdf)).toBe(true);
    // Words as they read, whatever line a long title wraps at.
    const words = (args: string[]) =>
      execFileSync("pdftotext", [...args, pdf, "-"])
        .toString()
        .replace(/\s+/g, " ");
    const page = (n: number) => words(["-f", `${n}`, "-l", `${n}`]);
    const title = page(1);
    expect(title).toContain(b.docTitle);
    expect(title).toContain("Jahr 2026 bis heute");
    // The total starts on page 2 with its summary, the budget and the tables.
    const second = page(2);
    expect(second).toContain(b.totalHeading);
    expect(second).toContain(b.budgetLabel);
    const all = words([]);
    for (const f of Object.values(labels.focus)) expect(all).toContain(f);
    expect(all).toContain(b.methods);

    const render = (n: number) => {
      const out = join(dir, `page${n}`);
      execFileSync("pdftoppm", ["-png", "-r", "60", "-f", `${n}`, "-l", `${n}`, "-singlefile", pdf, out]);
      return `${out}.png`;
    };
    const first = render(1);
    const png = readFileSync(first);
    expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join("")).toBe("PNG");
    // Kept for a look: the title page, and the total's page with its chart.
    copyFileSync(first, join(tmpdir(), "report-page1.png"));
    copyFileSync(render(2), join(tmpdir(), "report-page2.png"));
  }, 240_000);
});
