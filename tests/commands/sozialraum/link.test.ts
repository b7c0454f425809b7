// "sozialraum verbinden" through the neutral command layer: one-time codes, refusals, and a team shared by Slack and Teams.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { common, sozialraum } from "../../../src/commands/messages/index.js";
import type { Reply } from "../../../src/conversation/reply.js";
import { commandLayerFor, replyText } from "../../support/commands.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";

const T = sozialraum.link;
let t: TestDatabase;
let now: ReturnType<typeof commandLayerFor>;
let later: ReturnType<typeof commandLayerFor>;

beforeAll(async () => {
  t = await openTestDatabase();
  now = commandLayerFor(t.store, "2026-11-25T10:00:00Z");
  later = commandLayerFor(t.store, "2026-11-25T10:16:00Z");
});
afterAll(async () => {
  await t.close();
});

const codeIn = (reply: Reply): string => {
  const found = /\b([A-Z2-9]{4}-[A-Z2-9]{4})\b/.exec(replyText(reply));
  if (!found?.[1]) throw new Error(`no code in ${replyText(reply)}`);
  return found[1];
};

// Slack workspace "T-S" is the team's home; Teams tenant "T-T" joins it.
const anna = () => now.as("U-ANNA", { platform: "slack", tenant: "T-S", name: "Anna" });
const bernd = () => now.as("U-BERND", { platform: "slack", tenant: "T-S", name: "Bernd" });
const carla = (layer = now) => layer.as("aad-carla", { platform: "teams", tenant: "T-T", name: "Carla" });
const dora = () => now.as("aad-dora", { platform: "teams", tenant: "T-T", name: "Dora" });

describe("sozialraum verbinden", () => {
  it("gives admins a one-time code valid for 15 minutes and stores only its hash", async () => {
    await anna().say("sozialraum", "neu Nordstadt");
    expect(replyText(await bernd().say("sozialraum", "verbinden"))).toBe(common.adminsOnly);

    const reply = await anna().say("sozialraum", "verbinden");
    const code = codeIn(reply);
    expect(replyText(reply)).toContain("gilt 15 Minuten (bis 11:15 Uhr)");
    expect(replyText(reply)).toContain(`sozialraum verbinden ${code}`);
    const rows = await t.database.db.execute<{ code_hash: string; expires_at: Date | string }>(
      sql`select code_hash, expires_at from tenant_link_codes`,
    );
    const stored = (rows as unknown as { rows?: unknown[] }).rows ?? (rows as unknown as unknown[]);
    expect(stored).toHaveLength(1);
    const row = stored[0] as { code_hash: string; expires_at: Date | string };
    expect(row.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(code.replace("-", ""));
    expect(new Date(row.expires_at).toISOString()).toBe("2026-11-25T10:15:00.000Z");
    const home = await t.store.findTenant("slack", "T-S");
    const trail = await t.store.forTenant(home?.id ?? 0).auditTrail();
    expect(trail.map((a) => a.action)).toContain("tenant.link_code");
  });

  it("refuses wrong, malformed and expired codes, and non-admins on the joining side", async () => {
    const code = codeIn(await anna().say("sozialraum", "verbinden"));
    expect(replyText(await carla().say("hilfe"))).not.toBe("");
    expect(replyText(await dora().say("sozialraum", `verbinden ${code}`))).toBe(common.adminsOnly);
    expect(replyText(await carla().say("sozialraum", "verbinden ABCD-EFGH"))).toBe(T.unknown);
    expect(replyText(await carla().say("sozialraum", "verbinden 12"))).toBe(T.usage);
    expect(replyText(await carla(later).say("sozialraum", `verbinden ${code}`))).toBe(T.expired);
    expect(replyText(await anna().say("sozialraum", `verbinden ${code}`))).toBe(T.ownCode);
    // Nothing was linked: Teams still resolves to its own tenant.
    const teams = await t.store.findTenant("teams", "T-T");
    const slack = await t.store.findTenant("slack", "T-S");
    expect(teams?.id).not.toBe(slack?.id);
  });

  it("refuses a joining tenant that already has data of its own, and one on the same platform", async () => {
    const code = codeIn(await anna().say("sozialraum", "verbinden"));
    const other = now.as("aad-xaver", { platform: "teams", tenant: "T-X", name: "Xaver" });
    await other.say("sozialraum", "neu Weststadt");
    expect(replyText(await other.say("sozialraum", `verbinden ${code}`))).toBe(T.hasData);
    const slack2 = now.as("U-SVEN", { platform: "slack", tenant: "T-S2", name: "Sven" });
    expect(replyText(await slack2.say("sozialraum", `verbinden ${code}`))).toBe(T.samePlatform);
    // The refused attempts did not spend the code: an empty Teams tenant can still use it.
    expect(replyText(await carla().say("sozialraum", `verbinden ${lowerWithSpace(code)}`))).toBe(
      T.linked(""),
    );
  });

  it("lets every member of the joined platform see the same districts; the code is spent", async () => {
    expect(replyText(await dora().say("sozialraum", "liste"))).toContain("Nordstadt");
    expect(replyText(await carla().say("sozialraum", "liste"))).toContain("Nordstadt");
    const home = await t.store.findTenant("slack", "T-S");
    expect((await t.store.findTenant("teams", "T-T"))?.id).toBe(home?.id);
    expect((await t.store.ensureTenant("teams", "T-T"))?.id).toBe(home?.id);
    const scoped = t.store.forTenant(home?.id ?? 0);
    const people = await scoped.listMembers();
    expect(people.map((m) => [m.displayName, m.platform, m.role]).sort()).toEqual([
      ["Anna", "slack", "admin"],
      ["Bernd", "slack", "member"],
      ["Carla", "teams", "admin"],
      ["Dora", "teams", "member"],
    ]);
    expect((await scoped.auditTrail()).map((a) => a.action)).toContain("tenant.link");
    expect(await scoped.externalIdFor("teams")).toBe("T-T");
    expect(await scoped.externalIdFor("slack")).toBe("T-S");

    // A second Teams tenant cannot join the same team; a Slack workspace cannot re-link.
    const code = codeIn(await carla().say("sozialraum", "verbinden"));
    const yvonne = now.as("aad-yvonne", { platform: "teams", tenant: "T-Y", name: "Yvonne" });
    expect(replyText(await yvonne.say("sozialraum", `verbinden ${code}`))).toBe(T.platformTaken);
  });

  it("keeps other tenants isolated and shares cooperations across the link", async () => {
    const other = now.as("aad-xaver", { platform: "teams", tenant: "T-X", name: "Xaver" });
    expect(replyText(await other.say("sozialraum", "liste"))).not.toContain("Nordstadt");
    expect(replyText(await anna().say("sozialraum", "liste"))).not.toContain("Weststadt");
    const stranger = now.as("c-1", { tenant: "T-console" });
    expect(replyText(await stranger.say("sozialraum", "liste"))).toBe(sozialraum.none);

    // A partner created on Slack is known on Teams.
    const form = await anna().say("kooperation", "neu Grundschule Nord");
    expect(form.kind).toBe("form");
    await anna().submit("kooperation:partner", { name: "Grundschule Nord", type: "school" });
    expect(replyText(await dora().say("kooperation", "zeigen Grundschule Nord"))).toContain(
      "Grundschule Nord",
    );
    expect(replyText(await other.say("kooperation", "zeigen Grundschule Nord"))).toContain("kenne ich nicht");
  });
});

function lowerWithSpace(code: string): string {
  return code.toLowerCase().replace("-", " ");
}
