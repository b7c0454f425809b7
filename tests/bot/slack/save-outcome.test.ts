// Speichern when the database connection ends at the worst moment: the reply says only what is known,
// and pressing Speichern again never stores the activity twice. PostgreSQL behind a local TCP proxy.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { aktivitaet, common } from "../../../src/commands/messages/index.js";
import { type Database, openDatabase } from "../../../src/store/index.js";
import { openTestDatabase, type TestDatabase, usingPostgres } from "../../support/db.js";
import { startTcpProxy, type TcpProxy } from "../../support/tcp-proxy.js";
import {
  buttonPayload,
  type Harness,
  payloadBody,
  postSigned,
  slashBody,
  startHarness,
  TEAM,
} from "./harness.js";

let t: TestDatabase;
let proxy: TcpProxy;
let database: Database;
let h: Harness;

beforeAll(async () => {
  if (!usingPostgres) return;
  t = await openTestDatabase();
  proxy = await startTcpProxy(t.url ?? "");
  // Unprepared statements: a COMMIT prepared earlier on the same connection would cross the proxy as a bare
  // Bind message, without the text the proxy looks for.
  const url = new URL(proxy.url);
  url.searchParams.set("prepare", "false");
  database = await openDatabase({ databaseUrl: url.toString() });
  // No scheduler ticks: the only COMMITs through the proxy are the saves under test.
  h = await startHarness(database, {}, { autoTick: false });
  await postSigned(h.app.url, slashBody("/sozialraum", "neu Nordstadt", h.fake.responseUrl("setup")));
  await h.fake.waitFor("response_url", (c) => c.path.endsWith("setup"));
});

afterAll(async () => {
  await h?.close();
  await database?.close();
  await proxy?.close();
  await t?.close();
});

beforeEach(() => h?.fake.reset());

let n = 0;

/**
 * A quick entry as a user types it; resolves with the value of its Speichern button. Each test its own title:
 * the same title, district and day again would be asked about as a likely duplicate.
 */
async function quickEntry(title: string): Promise<string> {
  const id = `q${++n}`;
  await postSigned(
    h.app.url,
    slashBody("/aktivitaet", `2h ${title} @Nordstadt #projekt`, h.fake.responseUrl(id)),
  );
  const preview = await h.fake.waitFor("response_url", (c) => c.path.endsWith(id));
  const blocks = preview.args.blocks as { elements?: { action_id?: string; value?: string }[] }[];
  const value = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === "aktivitaet:save")?.value;
  expect(value).toBeTruthy();
  return value ?? "";
}

/** Presses Speichern; resolves with everything the reply says. */
async function pressSave(value: string): Promise<string> {
  const id = `s${++n}`;
  await postSigned(h.app.url, payloadBody(buttonPayload("aktivitaet:save", value, h.fake.responseUrl(id))));
  return JSON.stringify((await h.fake.waitFor("response_url", (c) => c.path.endsWith(id), 15_000)).args);
}

/** The stored activities, read past the proxy. */
async function stored() {
  const tenant = await t.store.findTenant("slack", TEAM);
  return t.store.forTenant(tenant?.id ?? -1).listActivities({}, { limit: 100, offset: 0 });
}

const savedId = (reply: string) => Number(/Gespeichert: Aktivität Nr\. (\d+)/.exec(reply)?.[1]);

describe.skipIf(!usingPostgres)("Speichern while the database connection ends", () => {
  it("says it cannot tell when the COMMIT's answer is lost; Speichern again shows the one stored row", async () => {
    const value = await quickEntry("Elterncafé");
    const before = (await stored()).length;
    const dropped = proxy.dropAfter("commit", { thenCut: true });
    const reply = await pressSave(value);
    await dropped;
    expect(reply).toContain(aktivitaet.saveUnknown);
    expect(reply).not.toContain("nichts gespeichert");
    // The COMMIT did land: exactly one new row.
    const rows = await stored();
    expect(rows).toHaveLength(before + 1);

    await proxy.restore();
    const again = await pressSave(value);
    expect(savedId(again)).toBe(rows[0]?.id);
    expect(await stored()).toHaveLength(before + 1);
  });

  it("answers Gespeichert when the lost answer is found stored under the entry key", async () => {
    const value = await quickEntry("Spielenachmittag");
    const before = (await stored()).length;
    const dropped = proxy.dropAfter("commit");
    const reply = await pressSave(value);
    await dropped;
    const rows = await stored();
    expect(rows).toHaveLength(before + 1);
    expect(savedId(reply)).toBe(rows[0]?.id);
  });

  it("says nothing was saved only when the database was unreachable before anything was written", async () => {
    const value = await quickEntry("Stadtteilfrühstück");
    const before = (await stored()).length;
    await proxy.cut();
    const reply = await pressSave(value);
    expect(reply).toContain(common.databaseUnavailable);
    expect(await stored()).toHaveLength(before);

    await proxy.restore();
    const again = await pressSave(value);
    const rows = await stored();
    expect(rows).toHaveLength(before + 1);
    expect(savedId(again)).toBe(rows[0]?.id);
  });
});
