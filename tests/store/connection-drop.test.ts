// The patched postgres driver (patches/postgres+3.4.9.patch): a transaction whose connection is terminated
// mid-way rejects with a catchable "interrupted" error instead of crashing the process with
// "Cannot read properties of null (reading 'write')" (porsager/postgres#1154, #1208). Runs in a child
// process, because the crash it guards against is an uncaught exception that no test could catch.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, usingPostgres } from "../support/db.js";

const script = fileURLToPath(new URL("./drop-process.ts", import.meta.url));
const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));

let t: TestDatabase;
beforeAll(async () => {
  if (usingPostgres) t = await openTestDatabase();
});
afterAll(async () => {
  await t?.close();
});

describe.skipIf(!usingPostgres)("a connection terminated inside a transaction", () => {
  it("rejects the transaction as interrupted, and the process and its pool carry on", async () => {
    const rounds = 10;
    const child = spawn(tsx, [script], {
      env: {
        ...process.env,
        DATABASE_URL: t.url ?? "",
        ADMIN_URL: process.env.TEST_DATABASE_URL ?? "",
        ROUNDS: String(rounds),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    child.stdout.on("data", (c: Buffer) => {
      out += c.toString("utf8");
    });
    child.stderr.on("data", (c: Buffer) => {
      err += c.toString("utf8");
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(err).not.toMatch(/TypeError/);
    expect(code).toBe(0);
    const lines = out.trim().split("\n");
    expect(lines.slice(0, rounds)).toEqual(Array(rounds).fill("rejected interrupted"));
    expect(lines.at(-1)).toBe("recovered");
  }, 60_000);
});
