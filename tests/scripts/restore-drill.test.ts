// The restore drill of docs/betrieb.md against the real PostgreSQL: back up, drop, restore, and the running
// assistant answers /readyz again without a restart, with the saved activity back.
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { restoreDrill } from "../../scripts/restore-drill.js";
import { usingPostgres } from "../support/db.js";

describe.skipIf(!usingPostgres)("the restore drill", () => {
  it("restores a dropped database under a running assistant", async () => {
    const name = `sra_drill_${randomBytes(4).toString("hex")}`;
    const port = 40_000 + Math.floor(Math.random() * 20_000);
    const result = await restoreDrill(process.env.TEST_DATABASE_URL ?? "", name, port);
    expect(result.activityId).toBeGreaterThan(0);
  }, 180_000);
});
