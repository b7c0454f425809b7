// What a failed database call says about the data, from real driver errors (PGlite and PostgreSQL).
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFailure, openDatabase } from "../../src/store/index.js";
import { openTestDatabase, type TestDatabase } from "../support/db.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
});

async function failureOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a failure");
}

describe("databaseFailure", () => {
  it("calls a statement the server refused rejected: its transaction rolled back", async () => {
    const error = await failureOf(() => t.database.db.execute(sql`select 1 / 0`));
    expect(databaseFailure(error)).toBe("rejected");
    const constraint = await failureOf(() =>
      t.database.db.transaction(async (tx) => {
        await tx.execute(sql`create temporary table once (k int primary key)`);
        await tx.execute(sql`insert into once values (1), (1)`);
      }),
    );
    expect(databaseFailure(constraint)).toBe("rejected");
  });

  it("calls a refused connection unreachable: nothing was sent", async () => {
    // Port 1 on loopback: nothing listens there, the connection is refused at once.
    const error = await failureOf(() =>
      openDatabase({ databaseUrl: "postgres://postgres@127.0.0.1:1/none" }),
    );
    expect(databaseFailure(error)).toBe("unreachable");
  });

  it("says nothing about errors that are not the database's", () => {
    expect(databaseFailure(new TypeError("x is undefined"))).toBeUndefined();
    expect(databaseFailure(undefined)).toBeUndefined();
  });
});
