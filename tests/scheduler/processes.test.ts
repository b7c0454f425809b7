// Real bot processes on one PostgreSQL database: three race without duplicates; one is SIGKILLed mid-send.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reminderKey } from "../../src/commands/gremium/jobs/kinds.js";
import { openTestDatabase, type TestDatabase, usingPostgres } from "../support/db.js";
import { seedTenant } from "../support/fixtures.js";
import { berlin, committeeInput } from "./support.js";

const script = fileURLToPath(new URL("./worker-process.ts", import.meta.url));

let t: TestDatabase;
beforeAll(async () => {
  if (usingPostgres) t = await openTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

function start(env: Record<string, string>): { child: ChildProcess; done: Promise<number | null> } {
  // node itself with tsx as a loader, not the tsx wrapper: SIGKILL must hit the process that sends, not
  // a parent that would leave it running as an orphan.
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const done = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, done };
}

/** The "<verb> <pid> <key>" lines the processes wrote, as pid and key. */
function lines(file: string, verb: string): { pid: string; key: string }[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.startsWith(`${verb} `))
    .map((l) => {
      const [, pid = "", key = ""] = l.split(" ");
      return { pid, key };
    });
}

/** Thirty committees meeting on 3 November 2026 at 18:00; their 1-day reminders are due at 17:00 UTC on the 2nd. */
async function seedDueReminders(externalId: string) {
  const { store, district } = await seedTenant(t.store, externalId);
  const keys: string[] = [];
  for (let i = 0; i < 30; i++) {
    const c = await store.createCommittee(
      committeeInput(district.id, {
        name: `Gremium ${i}`,
        recurrence: "FREQ=DAILY;COUNT=1",
        firstStartsAt: berlin(2026, 11, 3, 18),
      }),
    );
    const key = reminderKey(c.id, berlin(2026, 11, 3, 18), 1440);
    await store.scheduleJob("committee.reminder", key, new Date("2026-11-02T17:00:00Z"), {
      committeeId: c.id,
      occurrenceAt: berlin(2026, 11, 3, 18).toISOString(),
      leadMinutes: 1440,
    });
    keys.push(key);
  }
  return { store, keys };
}

describe.skipIf(!usingPostgres)("separate bot processes on PostgreSQL", () => {
  it("delivers each of 30 due reminders exactly once while three processes race", async () => {
    const { store, keys } = await seedDueReminders("T-proc3");
    const out = join(mkdtempSync(join(tmpdir(), "sra-proc-")), "out.log");
    // They race from one moment on: a process that is up first would otherwise send all 30 before the others start.
    const env = {
      DATABASE_URL: t.url ?? "",
      NOW: "2026-11-02T17:00:00Z",
      OUT: out,
      MODE: "send",
      GO: `${out}.go`,
    };
    const racing = [start(env), start(env), start(env)];
    while (lines(out, "ready").length < 3) await new Promise((r) => setTimeout(r, 20));
    writeFileSync(env.GO, "");
    const codes = await Promise.all(racing.map((p) => p.done));
    expect(codes).toEqual([0, 0, 0]);
    const sent = lines(out, "sent").map((l) => l.key);
    expect(sent.sort()).toEqual([...keys].sort());
    const senders = new Set(lines(out, "sent").map((l) => l.pid));
    expect(senders.size).toBeGreaterThan(1);
    const jobs = await store.listJobs("committee.reminder");
    expect(jobs.every((j) => j.status === "done" && j.payload.outcome === "sent")).toBe(true);
  }, 120_000);

  it("a process SIGKILLed inside the platform call loses nothing; the next one sends once after the lease", async () => {
    const { store, keys } = await seedDueReminders("T-prockill");
    const out = join(mkdtempSync(join(tmpdir(), "sra-kill-")), "out.log");
    const base = { DATABASE_URL: t.url ?? "", OUT: out };
    const doomed = start({ ...base, NOW: "2026-11-02T17:00:00Z", MODE: "hang" });
    while (lines(out, "start").length === 0) await new Promise((r) => setTimeout(r, 50));
    doomed.child.kill("SIGKILL");
    await doomed.done;
    const [claimedKey] = lines(out, "start").map((l) => l.key);
    // Before the 120 s lease is over, a second process leaves the dead process's job alone.
    const early = start({ ...base, NOW: "2026-11-02T17:01:00Z", MODE: "send" });
    expect(await early.done).toBe(0);
    expect(lines(out, "sent").map((l) => l.key)).not.toContain(claimedKey);
    expect(lines(out, "sent")).toHaveLength(keys.length - 1);
    // After the lease: sent exactly once, nothing lost.
    const late = start({ ...base, NOW: "2026-11-02T17:02:01Z", MODE: "send" });
    expect(await late.done).toBe(0);
    const sent = lines(out, "sent").map((l) => l.key);
    expect(sent.sort()).toEqual([...keys].sort());
    const job = (await store.listJobs("committee.reminder")).find((j) => j.idempotencyKey === claimedKey);
    expect(job).toMatchObject({ status: "done", attempts: 2 });
  }, 120_000);
});
