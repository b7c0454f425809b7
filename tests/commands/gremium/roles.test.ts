// Who may cancel, move and archive a committee, over Slack (signed slash commands) and Teams (activities):
// its creator, team leads and admins; any other member gets a German refusal that names who may.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../../src/clock.js";
import { commands, gremium } from "../../../src/commands/messages/index.js";
import type { Platform } from "../../../src/store/index.js";
import { stringsIn } from "../../bot/delivery/support.js";
import {
  type Harness,
  postSigned,
  USER as SLACK_ADMIN,
  slashBody,
  startHarness,
  TEAM,
} from "../../bot/slack/harness.js";
import { cardOf, personal, postActivity, USER as TEAMS_ADMIN, TENANT } from "../../bot/teams/activities.js";
import { berlin, committeeInput } from "../../scheduler/support.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";

const clock = fixedClock("2026-11-25T10:00:00.000Z"); // a Wednesday; the committee meets on Tuesdays
const COMMITTEE = "Runder Tisch Nord";
let db: TestDatabase;
let h: Harness;
let connector: FakeConnector;
let calls = 0;

type Person = "admin" | "owner" | "lead" | "other";
const NAMES: Record<Person, string> = {
  admin: "Ada Admin",
  owner: "Olga Owner",
  lead: "Lea Leitung",
  other: "Otto Andere",
};

/** What a person types, and the German text they see in the answer. */
interface Chat {
  platform: Platform;
  say(who: Person, line: string): Promise<string>;
  /** How `sozialraum rolle` names someone on this platform. */
  ref(who: Person): string;
  externalId: string;
  platformUserId(who: Person): string;
}

const slackIds: Record<Person, string> = {
  admin: SLACK_ADMIN,
  owner: "U0OWNER",
  lead: "U0LEAD",
  other: "U0OTHER",
};
const slack: Chat = {
  platform: "slack",
  externalId: TEAM,
  platformUserId: (who) => slackIds[who],
  ref: (who) => `<@${slackIds[who]}|${NAMES[who]}>`,
  async say(who, line) {
    const [family = "", ...rest] = line.split(" ");
    const id = `r-${++calls}`;
    const res = await postSigned(
      h.app.url,
      slashBody(`/${family}`, rest.join(" "), h.fake.responseUrl(id), {
        user_id: slackIds[who],
        user_name: NAMES[who],
      }),
      undefined,
      { timestamp: Math.floor(clock.now().getTime() / 1000) },
    );
    expect(res.status).toBe(200);
    const answer = await h.fake.waitForAny(["response_url", "views.open"], (c) => c.path.endsWith(`/${id}`));
    return [String(answer.args.text ?? ""), ...stringsIn(answer.args.blocks)].join("\n");
  },
};

const teamsUser = (who: Person) =>
  who === "admin" ? TEAMS_ADMIN : { id: `29:${who}`, aadObjectId: `aad-${who}`, name: NAMES[who] };
const teams: Chat = {
  platform: "teams",
  externalId: TENANT,
  platformUserId: (who) => teamsUser(who).aadObjectId,
  ref: (who) => `@${NAMES[who]}`,
  async say(who, line) {
    const before = connector.calls.length;
    const res = await postActivity(
      h.app.url,
      personal({ serviceUrl: connector.url, user: teamsUser(who) }, { text: line }),
    );
    expect(res.status).toBe(200);
    const answers = connector.calls.slice(before).filter((c) => c.status < 400);
    expect(answers.length).toBeGreaterThan(0);
    // Card text is Markdown-escaped with character references; decoded it is what people read.
    return decode(answers.flatMap((c) => stringsIn(cardOf(c.body))).join("\n"));
  },
};

const decode = (s: string) =>
  s.replace(/&(#\d+|amp|lt|gt);/g, (_m, e: string) =>
    e === "amp" ? "&" : e === "lt" ? "<" : e === "gt" ? ">" : String.fromCodePoint(Number(e.slice(1))),
  );

beforeAll(async () => {
  db = await openTestDatabase();
  connector = await startFakeConnector();
  h = await startHarness(db.database, { TEAMS_LOCAL_MODE: "true" }, { clock, autoTick: false });
});

afterAll(async () => {
  await h?.close();
  await connector?.close();
  await db?.close();
});

describe.each([slack, teams])("committee roles on $platform", (chat) => {
  let committeeId = 0;
  let tenantId = 0;

  it("sets up a team: an admin, a lead, the committee's creator and another member", async () => {
    await chat.say("admin", "sozialraum neu Nordstadt");
    for (const who of ["owner", "lead", "other"] as const) await chat.say(who, "gremium liste");
    expect(await chat.say("admin", `sozialraum rolle ${chat.ref("lead")} teamleitung`)).toContain(
      "Teamleitung",
    );
    const tenant = await h.app.store.findTenant(chat.platform, chat.externalId);
    tenantId = tenant?.id ?? 0;
    const store = h.app.store.forTenant(tenantId);
    const owner = await store.findMemberByPlatformId(chat.platformUserId("owner"));
    const [district] = await store.listDistricts();
    // The form sets the creator (tests/commands/gremium/commands.test.ts); here the roles matter.
    const committee = await store.createCommittee(
      committeeInput(district?.id ?? 0, {
        name: COMMITTEE,
        firstStartsAt: berlin(2026, 12, 1, 18),
        createdBy: owner?.id ?? 0,
      }),
    );
    committeeId = committee.id;
    expect(committee.createdBy).toBe(owner?.id);
  });

  it("refuses another member to cancel, move or archive, naming the creator, leads and admins", async () => {
    const cases = [
      ["cancel", `gremium absagen ${COMMITTEE} 01.12.2026`],
      ["move", `gremium verschieben ${COMMITTEE} 08.12.2026 10.12.2026`],
      ["archive", `gremium archivieren ${COMMITTEE}`],
    ] as const;
    for (const [change, line] of cases) {
      const answer = await chat.say("other", line);
      expect(answer).toContain(gremium.notAllowed(change, COMMITTEE, NAMES.owner));
      expect(answer).toMatch(/dürfen nur Olga Owner \(hat das Gremium angelegt\), Teamleitungen und Admins/);
    }
    const store = h.app.store.forTenant(tenantId);
    expect((await store.findCommittee(committeeId))?.archivedAt).toBeNull();
    const next = await chat.say("other", "gremium nächste Nordstadt");
    expect(next).toContain("Di, 01.12.2026, 18:00 Uhr – Runder Tisch Nord");
    expect(next).toContain("Di, 08.12.2026, 18:00 Uhr – Runder Tisch Nord");
    expect(next).not.toMatch(/abgesagt|verschoben/);
  });

  it("lets the creator move, a lead cancel and an admin archive", async () => {
    expect(await chat.say("owner", `gremium verschieben ${COMMITTEE} 08.12.2026 10.12.2026`)).toContain(
      "ist verschoben auf Do, 10.12.2026, 18:00 Uhr",
    );
    expect(await chat.say("lead", `gremium absagen ${COMMITTEE} 01.12.2026`)).toContain(
      "am 01.12.2026 ist abgesagt",
    );
    const next = await chat.say("other", "gremium nächste Nordstadt");
    expect(next).toContain("abgesagt");
    expect(next).toContain("verschoben (ursprünglich Di, 08.12.2026, 18:00 Uhr)");
    expect(await chat.say("admin", `gremium archivieren ${COMMITTEE}`)).toContain(
      gremium.archived(COMMITTEE),
    );
    expect((await h.app.store.forTenant(tenantId).findCommittee(committeeId))?.archivedAt).not.toBeNull();
  });

  it("a committee without a known creator is changed by leads and admins only", async () => {
    const store = h.app.store.forTenant(tenantId);
    const [district] = await store.listDistricts();
    await store.createCommittee(
      committeeInput(district?.id ?? 0, { name: "AG Alt", firstStartsAt: berlin(2026, 12, 1, 18) }),
    );
    expect(await chat.say("owner", "gremium archivieren AG Alt")).toContain(
      gremium.notAllowed("archive", "AG Alt"),
    );
    expect(gremium.notAllowed("archive", "AG Alt")).toContain(
      "wer das Gremium angelegt hat, Teamleitungen und Admins",
    );
    expect(await chat.say("lead", "gremium archivieren AG Alt")).toContain(gremium.archived("AG Alt"));
  });

  it("says in the help who may do what", async () => {
    const help = await chat.say("other", "gremium hilfe");
    expect(help).toContain(commands.gremium.roles);
    for (const sub of ["absagen", "verschieben", "archivieren"] as const) {
      expect(help).toContain(
        `${commands.gremium.subs[sub].summary} (wer das Gremium angelegt hat, Teamleitungen, Admins)`,
      );
    }
    expect(help).toContain(commands.gremium.subs.bearbeiten.summary);
  });
});
