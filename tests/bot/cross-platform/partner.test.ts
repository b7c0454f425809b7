// The partner register over Slack and Teams as the platforms call: a lead lists the partners with their links,
// renames one, merges a typo into the real one (the store and the activity list then show one partner), retypes,
// and archives after a German question about which one was meant. A Fachkraft may not; a person's name is refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../../../src/commands/digest/report.js";
import { common, partner as p, aktivitaet as t } from "../../../src/commands/messages/index.js";
import type { TenantStore } from "../../../src/store/index.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import { tenantStoreOf } from "../../support/fixtures.js";
import { nodesOfType, stringsIn } from "../delivery/support.js";
import {
  buttonPayload,
  type Harness,
  payloadBody,
  postSigned,
  slashBody,
  startHarness,
  TEAM,
} from "../slack/harness.js";
import { cardOf, personal, postActivity, TENANT } from "../teams/activities.js";
import { button, type Card, type Tap } from "./cards.js";

interface Driver {
  say(line: string, as?: "colleague"): Promise<Card>;
  tap(b: Tap): Promise<Card>;
  store(): Promise<TenantStore>;
}

let db: TestDatabase;
let h: Harness;
let connector: FakeConnector;

beforeAll(async () => {
  db = await openTestDatabase();
  connector = await startFakeConnector();
  h = await startHarness(db.database, { TEAMS_LOCAL_MODE: "true" });
});
afterAll(async () => {
  await h?.close();
  await connector?.close();
  await db?.close();
});

function slackDriver(): Driver {
  let n = 0;
  const cardOfCall = (args: Record<string, unknown>): Card => ({
    texts: stringsIn(args.blocks).join("\n"),
    buttons: nodesOfType(args.blocks, "button").map((b) => ({
      label: (b.text as { text: string }).text,
      actionId: String(b.action_id),
      ...(typeof b.value === "string" ? { value: b.value } : {}),
      raw: b,
    })),
  });
  return {
    async say(line, as) {
      const name = `say${++n}`;
      const [command, ...rest] = line.split(" ");
      const user: Record<string, string> =
        as === "colleague" ? { user_id: "U0COLLEAGUE", user_name: "Kollegin" } : {};
      const res = await postSigned(
        h.app.url,
        slashBody(`/${command}`, rest.join(" "), h.fake.responseUrl(name), user),
      );
      expect(res.status).toBe(200);
      return cardOfCall((await h.fake.waitFor("response_url", (c) => c.path.endsWith(`/${name}`))).args);
    },
    async tap(b) {
      const name = `tap${++n}`;
      await postSigned(h.app.url, payloadBody(buttonPayload(b.actionId, b.value, h.fake.responseUrl(name))));
      return cardOfCall((await h.fake.waitFor("response_url", (c) => c.path.endsWith(`/${name}`))).args);
    },
    store: () => tenantStoreOf(h.app.store, "slack", TEAM),
  };
}

function teamsDriver(): Driver {
  const o = () => ({ serviceUrl: connector.url });
  const colleague = { id: "29:user-2", aadObjectId: "aad-user-2", name: "Kollegin" };
  const cardOfBody = (body: unknown): Card => {
    const card = cardOf(body);
    return {
      texts: stringsIn(card?.body).join("\n"),
      buttons: nodesOfType(card, "Action.Submit").map((a) => {
        const data = a.data as { actionId: string; value?: string };
        return {
          label: String(a.title),
          actionId: data.actionId,
          ...(data.value === undefined ? {} : { value: data.value }),
          raw: data,
        };
      }),
    };
  };
  /** A tap is answered by a new message (a command button) or by updating the card (a confirmation). */
  async function answerAfter(post: () => Promise<Response>): Promise<Card> {
    const replies = connector.ok("reply").length;
    const updates = connector.ok("update").length;
    expect((await post()).status).toBe(200);
    for (let i = 0; i < 200; i++) {
      const reply = connector.ok("reply")[replies];
      if (reply) return cardOfBody(reply.body);
      const update = connector.ok("update")[updates];
      if (update) return cardOfBody(update.body);
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error("no answer from the bot");
  }
  return {
    say: (line, as) =>
      answerAfter(() =>
        postActivity(h.app.url, personal({ ...o(), ...(as ? { user: colleague } : {}) }, { text: line })),
      ),
    tap: (b) =>
      answerAfter(() => postActivity(h.app.url, personal(o(), { replyToId: "card-1", value: b.raw }))),
    store: () => tenantStoreOf(h.app.store, "teams", TENANT),
  };
}

describe.each([
  ["Slack", slackDriver],
  ["Teams", teamsDriver],
])("the partner register through %s", (_platform, make) => {
  let d: Driver;
  let ids: Record<string, number>;
  beforeAll(async () => {
    d = make();
    await d.say("sozialraum neu Nordstadt");
    const store = await d.store();
    const [district] = await store.listDistricts();
    const [author] = await store.listMembers();
    const partner = (name: string, type: "school" | "kita" | "other") =>
      store.createPartner(name, type, district?.id);
    const park = await partner("Grundschule am Park", "school");
    const typo = await partner("Grundschle am Park", "other");
    const sonne = await partner("Kita Sonne", "kita");
    const mond = await partner("Kita Mond", "kita");
    ids = { park: park.id, typo: typo.id, sonne: sonne.id, mond: mond.id };
    const record = (title: string, day: string, partnerIds: number[]) =>
      store.recordActivity({
        districtId: district?.id ?? 0,
        authorId: author?.id ?? 0,
        occurredOn: day,
        minutes: 90,
        title,
        level: "case_independent",
        focus: "cooperation",
        role: "contributed",
        partnerIds,
      });
    await record("Elternabend", "2026-11-10", [park.id]);
    await record("Lesepatenschaft", "2026-11-12", [typo.id]);
    await record("Schulhofprojekt", "2026-11-13", [typo.id, park.id]);
    await store.startCooperation(typo.id, author?.id ?? 0, district?.id);
  });

  it("lists each partner with type, activities, cooperations and last use", async () => {
    const list = await d.say("partner liste");
    expect(list.texts).toContain(p.listTitle);
    expect(list.texts).toContain("Grundschule am Park");
    expect(list.texts).toContain(
      `Schule · ${p.activities(2)} · ${p.cooperations(0)} · ${p.lastUsed("13.11.2026")}`,
    );
    expect(list.texts).toContain(`Sonstige · ${p.activities(2)} · ${p.cooperations(1)}`);
    expect(list.texts).toContain(`Kita · ${p.activities(0)} · ${p.cooperations(0)} · ${p.neverUsed}`);
    const kitas = await d.say("partner liste kita");
    expect(kitas.texts).toContain("Kita Sonne");
    expect(kitas.texts).not.toContain("Grundschule am Park");
  });

  it("refuses a Fachkraft, and refuses a person's name as a partner's name", async () => {
    const colleague = await d.say("partner umbenennen Kita Sonne -> Kita Sonnenschein", "colleague");
    expect(colleague.texts).toContain(common.leadsOnly);
    const person = await d.say("partner umbenennen Kita Sonne -> Frau Sabine Müller");
    expect(person.texts).toContain("Ein Kooperationspartner ist eine Einrichtung oder Gruppe, keine Person");
    expect((await (await d.store()).findPartner(ids.sonne ?? 0))?.name).toBe("Kita Sonne");
  });

  it("renames with „zu“, forgiving case and umlauts", async () => {
    const renamed = await d.say("partner umbenennen kita sonne zu Kita Sonnenschein");
    expect(renamed.texts).toContain(p.renamed("Kita Sonne", "Kita Sonnenschein"));
    expect((await (await d.store()).findPartner(ids.sonne ?? 0))?.name).toBe("Kita Sonnenschein");
  });

  it("merges the typo into the real partner: every link moves, the typo is gone", async () => {
    const question = await d.say("partner zusammenführen Grundschule am Park Grundschle am Park");
    expect(question.texts).toContain(p.mergeQuestion("Grundschule am Park", "Grundschle am Park"));
    expect(question.texts).toContain(p.mergeCounts("Grundschle am Park", 2, 1));
    const done = await d.tap(button(question, p.keep("Grundschule am Park")));
    // The activity linked to both keeps one link: one moved.
    expect(done.texts).toContain(p.merged("Grundschle am Park", "Grundschule am Park", 1, 1));

    const store = await d.store();
    expect(await store.findPartner(ids.typo ?? 0)).toBeUndefined();
    const rows = await store.listActivities({}, { limit: 50, offset: 0 });
    expect(rows.map((r) => r.partners.map((x) => x.name))).toEqual([
      ["Grundschule am Park"],
      ["Grundschule am Park"],
      ["Grundschule am Park"],
    ]);
    expect((await store.listCooperations()).map((c) => c.partnerId)).toEqual([ids.park]);
    const list = await d.say("aktivitaet liste");
    expect(list.texts).toContain("Lesepatenschaft");
    expect(list.texts).not.toContain("Grundschle am Park");
    expect((await d.say("partner liste")).texts).toContain(
      `Schule · ${p.activities(3)} · ${p.cooperations(1)}`,
    );
    // The youth-office report of November names one partner with all three contacts and the moved cooperation.
    const report = await buildReport(
      store,
      { timezone: "Europe/Berlin" },
      { from: "2026-11-01", to: "2026-11-30" },
    );
    expect(report.partners.filter((x) => x.contacts > 0).map((x) => [x.name, x.contacts])).toEqual([
      ["Grundschule am Park", 3],
    ]);
    expect(report.partners.map((x) => x.name)).not.toContain("Grundschle am Park");
    expect(report.cooperations.map((c) => c.partner)).toEqual(["Grundschule am Park"]);
    const audit = (await store.auditTrail(5)).find((e) => e.action === "partner.merge");
    expect(audit?.details).toMatchObject({ keptId: ids.park, droppedId: ids.typo });
  });

  it("retypes a partner named in part", async () => {
    const retyped = await d.say("partner art sonnensch Hort");
    expect(retyped.texts).toContain(p.typeSet("Kita Sonnenschein", "Hort"));
    expect((await (await d.store()).findPartner(ids.sonne ?? 0))?.type).toBe("hort");
  });

  it("asks which one is meant, then archives the chosen one: gone from the list, kept by old entries", async () => {
    const question = await d.say("partner archivieren Kita");
    expect(question.texts).toContain(p.which("Kita"));
    const choice = button(question, "Kita Mond");
    const archived = await d.tap(choice);
    expect(archived.texts).toContain(p.archived("Kita Mond"));
    const store = await d.store();
    expect((await store.findPartner(ids.mond ?? 0))?.archivedAt).toBeInstanceOf(Date);
    expect((await store.findPartner(ids.sonne ?? 0))?.archivedAt).toBeNull();
    expect((await d.say("partner liste")).texts).not.toContain("Kita Mond");
    expect((await d.say("partner liste archiviert")).texts).toContain("Kita Mond");
    const audit = await store.auditTrail(10);
    expect(audit.map((e) => e.action)).toEqual(
      expect.arrayContaining(["partner.archive", "partner.retype", "partner.rename"]),
    );
  });

  it("offers the existing partner first on a quick entry, and creates a new one only when chosen", async () => {
    const card = await d.say("aktivitaet 1h Elternabend +GS am Park @Nordstadt #kooperation");
    expect(card.texts).toContain(t.tap.partnerQuestion("GS am Park"));
    expect(card.buttons.map((b) => b.label)).not.toContain(common.save);
    const existing = button(card, "Grundschule am Park");
    expect(card.buttons.indexOf(existing)).toBeLessThan(
      card.buttons.indexOf(button(card, t.tap.partnerCreate("GS am Park"))),
    );
    const chosen = await d.tap(existing);
    expect(chosen.texts).not.toContain(t.tap.partnerQuestion("GS am Park"));
    const saved = await d.tap(button(chosen, common.save));
    expect(saved.texts).toMatch(/Gespeichert/);
    const store = await d.store();
    const rows = await store.listActivities({}, { limit: 50, offset: 0 });
    expect(rows.find((r) => r.title === "Elternabend" && r.occurredOn !== "2026-11-10")?.partners).toEqual([
      expect.objectContaining({ id: ids.park, name: "Grundschule am Park" }),
    ]);
    expect(await store.findPartnerByName("GS am Park")).toBeUndefined();

    const again = await d.say("aktivitaet 1h Lesecafé +GS am Park @Nordstadt #kooperation");
    const created = await d.tap(button(again, t.tap.partnerCreate("GS am Park")));
    await d.tap(button(created, common.save));
    const newOne = await store.findPartnerByName("GS am Park");
    expect(newOne).toBeDefined();
    const lesecafe = (await store.listActivities({}, { limit: 50, offset: 0 })).find(
      (r) => r.title === "Lesecafé",
    );
    expect(lesecafe?.partners.map((x) => x.id)).toEqual([newOne?.id]);
  });

  it("never suggests an archived partner", async () => {
    // „Kita Mon“ is one letter from the archived „Kita Mond“ and like no active partner.
    const card = await d.say("aktivitaet 1h Vorlesen +Kita Mon @Nordstadt #kooperation");
    expect(card.texts).not.toContain("Kita Mond");
    expect(card.texts).not.toContain(t.tap.partnerQuestion("Kita Mon"));
    expect(card.texts).toContain(t.notice.partnerNew("Kita Mon"));
    expect(card.buttons.map((b) => b.label)).toContain(common.save);
  });
});
