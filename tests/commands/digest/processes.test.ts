// Exactly once across processes: three scheduler processes on one PostgreSQL database post each channel's digest once.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scheduleNextDigest } from "../../../src/commands/digest/index.js";
import { openTestDatabase, type TestDatabase, usingPostgres } from "../../support/db.js";
import { seedTenant } from "../../support/fixtures.js";

const script = fileURLToPath(new URL("./worker-process.ts", import.meta.url));
let db: TestDatabase;
let a: Awaited<ReturnType<typeof seedTenant>>;

function runWorker(url: string, at: string): Promise<{ pid: number; channelId: string }[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, url, at], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) reject(new Error(`worker exited with ${code}: ${err.slice(0, 500)}`));
      else
        resolve(
          out
            .split("\n")
            .filter(Boolean)
            .map((l) => JSON.parse(l) as { pid: number; channelId: string }),
        );
    });
  });
}

describe.skipIf(!usingPostgres)("digest across scheduler processes (PostgreSQL)", () => {
  beforeAll(async () => {
    db = await openTestDatabase();
    a = await seedTenant(db.store, "T1");
  });

  afterAll(async () => {
    await db?.close();
  });

  it("posts each channel's weekly digest exactly once", async () => {
    const channels = Array.from({ length: 8 }, (_, i) => `C-${i + 1}`);
    for (const channelId of channels) {
      const sub = await a.store.subscribeDigest({
        channelId,
        districtId: a.district.id,
        weekday: 1,
        time: "08:00",
        timezone: "Europe/Berlin",
        createdBy: a.admin.id,
      });
      await scheduleNextDigest(a.store, sub, new Date("2026-11-25T10:00:00Z"));
    }
    const url = db.url ?? "";
    const results = await Promise.all([1, 2, 3].map(() => runWorker(url, "2026-11-30T07:00:30Z")));
    const sent = results.flat();
    expect(sent.map((s) => s.channelId).sort()).toEqual([...channels].sort());
    const jobs = await a.store.listJobs("digest");
    expect(jobs.filter((j) => j.status === "done")).toHaveLength(channels.length);
    expect(jobs.filter((j) => j.status === "pending" && j.idempotencyKey.endsWith("2026-W50"))).toHaveLength(
      channels.length,
    );
  }, 120_000);
});
