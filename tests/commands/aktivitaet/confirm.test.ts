// The confirmation's one-tap changes (district, level) through the command layer, where they are refused,
// and the two store queries behind them: likely duplicates and the team's history.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeDraft } from "../../../src/commands/aktivitaet/draft.js";
import { labels, aktivitaet as t } from "../../../src/commands/messages/index.js";
import type { Where } from "../../../src/conversation/input.js";
import type { ActivityInput } from "../../../src/store/index.js";
import { seedTenant } from "../../support/fixtures.js";
import {
  buttonLabeled,
  buttons,
  click,
  fieldsOf,
  openWorld,
  run,
  savedId,
  seedTeam,
  storeOf,
  type Team,
  TODAY,
  textOf,
  type World,
} from "./support.js";

let w: World;
let team: Team;
beforeAll(async () => {
  w = await openWorld();
  team = await seedTeam(w, "T-card");
});
afterAll(async () => {
  await w.close();
});

const direct: Where = { isDirect: true };
const taps = (r: Parameters<typeof buttons>[0]) => buttons(r).filter((b) => b.actionId === "aktivitaet:pick");

describe("one-tap changes", () => {
  it("offers the districts as buttons when none was given, and saves the tapped one", async () => {
    const confirm = await run(w, team.member, "1h Elterncafé #projekt", direct);
    expect(textOf(confirm)).toContain(t.tap.districtMissing);
    expect(buttons(confirm).map((b) => b.label)).not.toContain("Speichern");
    const picked = await click(w, team.member, buttonLabeled(confirm, "Südstadt"), direct);
    expect(picked.kind === "message" && picked.replaceOriginal).toBe(true);
    expect(fieldsOf(picked)).toContainEqual({ label: t.field.district, value: "Südstadt" });
    const saved = await click(w, team.member, buttonLabeled(picked, "Speichern"), direct);
    const row = await (await storeOf(w, "T-card")).getActivity(savedId(saved));
    expect(row?.districtId).toBe(team.southId);
  });

  it("toggles the level and drops back to the other with a second tap", async () => {
    const confirm = await run(w, team.member, "1h Hausbesuch Vorbereitung #projekt");
    expect(textOf(confirm)).toContain(
      t.tap.standard(t.tap.line(t.field.level, labels.level.case_independent)),
    );
    const toCase = await click(
      w,
      team.member,
      buttonLabeled(confirm, t.tap.levelTo(labels.level.case_specific)),
    );
    expect(fieldsOf(toCase)).toContainEqual({ label: t.field.level, value: labels.level.case_specific });
    const back = buttonLabeled(toCase, t.tap.levelTo(labels.level.case_independent));
    expect(back.value).toBeTruthy();
    const saved = await click(w, team.member, buttonLabeled(toCase, "Speichern"));
    const row = await (await storeOf(w, "T-card")).getActivity(savedId(saved));
    expect(row?.level).toBe("case_specific");
  });

  it("offers no tap while a problem remains that no tap fixes, nor for text the privacy guard flagged", async () => {
    const noDuration = await run(w, team.member, "Elterncafé #projekt", direct);
    expect(textOf(noDuration)).toContain(t.notice.durationMissing);
    expect(taps(noDuration)).toEqual([]);
    const flagged = await run(w, team.member, "2h Gespräch mit Herrn Okafor @Nordstadt #netzwerk");
    expect(textOf(flagged)).toContain("Trotzdem speichern");
    expect(taps(flagged)).toEqual([]);
  });

  it("refuses a tap whose state is forged or carries no choices", async () => {
    const plain = encodeDraft({
      occurredOn: TODAY,
      minutes: 60,
      title: "X",
      districtId: team.districtId,
      level: "case_independent",
      focus: "projects",
      role: "contributed",
      partnerIds: [],
      newPartners: [],
      goals: [],
      targetGroups: [],
      notes: "",
    });
    for (const value of [plain, '{"v":{"s":"zzzzzz"}}', "nicht json"]) {
      const r = await click(w, team.member, {
        label: "x",
        actionId: "aktivitaet:pick",
        ...(value ? { value } : {}),
      });
      expect(textOf(r)).toContain(t.staleDraft);
    }
  });
});

describe("the store queries behind the card", () => {
  it("finds a duplicate by title in any case, district and day; not deleted, not another's confidential text", async () => {
    const a = await seedTenant(w.t.store, "T-dup-a");
    const b = await seedTenant(w.t.store, "T-dup-b");
    const south = await a.store.createDistrict("Südstadt");
    const base = (over: Partial<ActivityInput> = {}): ActivityInput => ({
      districtId: a.district.id,
      authorId: a.member.id,
      occurredOn: "2026-11-20",
      minutes: 60,
      title: "Runder Tisch",
      level: "case_independent",
      focus: "networks",
      role: "contributed",
      ...over,
    });
    const probe = { title: "  runder TISCH ", districtId: a.district.id, occurredOn: "2026-11-20" };
    expect(await a.store.findLikelyDuplicate(probe, a.admin.id)).toBeUndefined();
    await a.store.recordActivity(base({ districtId: south.id }));
    await a.store.recordActivity(base({ occurredOn: "2026-11-19" }));
    await b.store.recordActivity({ ...base(), districtId: b.district.id, authorId: b.member.id });
    const gone = await a.store.recordActivity(base());
    await a.store.deleteActivity(gone.id, new Date());
    const secret = await a.store.recordActivity(base({ confidential: true }));
    expect(await a.store.findLikelyDuplicate(probe, a.admin.id)).toBeUndefined();
    expect(await a.store.findLikelyDuplicate(probe, a.member.id)).toEqual({
      id: secret.id,
      occurredOn: "2026-11-20",
    });
    const open = await a.store.recordActivity(base({ authorId: a.admin.id }));
    expect(await a.store.findLikelyDuplicate(probe, a.admin.id)).toEqual({
      id: open.id,
      occurredOn: "2026-11-20",
    });
  });

  it("hands the parser the team's latest titles with their focus, newest first, without confidential or deleted ones", async () => {
    const a = await seedTenant(w.t.store, "T-hist-a");
    const b = await seedTenant(w.t.store, "T-hist-b");
    const add = (title: string, occurredOn: string, over: Partial<ActivityInput> = {}) =>
      a.store.recordActivity({
        districtId: a.district.id,
        authorId: a.member.id,
        occurredOn,
        minutes: 30,
        title,
        level: "case_independent",
        focus: "public_relations",
        role: "contributed",
        ...over,
      });
    await add("Pressetermin", "2026-11-01");
    await add("Flyer", "2026-11-10", { focus: "projects" });
    await add("Gespräch Herr X", "2026-11-11", { confidential: true });
    const gone = await add("Alt", "2026-11-12");
    await a.store.deleteActivity(gone.id, new Date());
    await b.store.recordActivity({
      districtId: b.district.id,
      authorId: b.member.id,
      occurredOn: "2026-11-15",
      minutes: 30,
      title: "Fremd",
      level: "case_independent",
      focus: "networks",
      role: "contributed",
    });
    expect(await a.store.recentTitles(200)).toEqual([
      { title: "Flyer", focus: "projects" },
      { title: "Pressetermin", focus: "public_relations" },
    ]);
    expect(await a.store.recentTitles(1)).toEqual([{ title: "Flyer", focus: "projects" }]);
  });
});
