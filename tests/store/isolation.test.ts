// Two tenants side by side: nothing one writes can be read, changed or linked by the other.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TenantStore } from "../../src/store/index.js";
import { openTestDatabase, type TestDatabase } from "../support/db.js";
import { seedTenant } from "../support/fixtures.js";

/** A window around the filled rows: the digest's one read must still find nothing of the other tenant. */
const digestWindow = {
  daysFrom: "2026-01-01",
  daysTo: "2026-12-31",
  weekStart: "2026-11-02",
  weekEnd: "2026-11-08",
  weekFrom: new Date("2026-11-01T23:00:00Z"),
  weekTo: new Date("2026-11-08T23:00:00Z"),
  today: "2026-12-31",
  meetingsFrom: new Date("2026-11-01T00:00:00Z"),
  meetingsTo: new Date("2026-12-01T00:00:00Z"),
  holidaysFrom: "2026-10-31",
  holidaysTo: "2026-12-02",
  perAuthor: true,
};

let t: TestDatabase;
let a: Awaited<ReturnType<typeof seedTenant>>;
let b: Awaited<ReturnType<typeof seedTenant>>;
const ids: Record<string, number> = {};

async function fill(s: TenantStore, memberId: number, districtId: number, tag: string) {
  const partner = await s.createPartner(`Schule ${tag}`, "school");
  const activity = await s.recordActivity({
    districtId,
    authorId: memberId,
    occurredOn: "2026-11-02",
    minutes: 45,
    title: `Treffen ${tag}`,
    level: "case_independent",
    focus: "cooperation",
    role: "initiated",
    partnerIds: [partner.id],
  });
  const committee = await s.createCommittee({
    districtId,
    name: `Gremium ${tag}`,
    type: "district_committee",
    part: "attend",
    recurrence: "FREQ=WEEKLY",
    firstStartsAt: new Date("2026-11-03T17:00:00Z"),
    durationMinutes: 90,
    timezone: "Europe/Berlin",
  });
  await s.setAttendance(committee.id, new Date("2026-11-03T17:00:00Z"), memberId, "going");
  const coop = await s.startCooperation(partner.id, memberId, districtId);
  await s.answerStep(coop.id, 1, { text: `Antwort ${tag}` }, memberId, new Date("2026-11-02T09:00:00Z"), 2);
  await s.subscribeDigest({
    channelId: `C-${tag}`,
    districtId,
    weekday: 1,
    time: "08:00",
    timezone: "Europe/Berlin",
    createdBy: memberId,
  });
  await s.scheduleJob("reminder", `job-${tag}`, new Date("2026-12-01T00:00:00Z"), {});
  await s.audit("activity.export", memberId, "activities", { count: 1 });
  await s.saveConversationReference({
    conversationId: `conv-${tag}`,
    scope: "channel",
    memberId: null,
    serviceUrl: "http://x",
    reference: {},
  });
  await s.createCalendarToken(memberId, `token-${tag}`);
  return { partner: partner.id, activity: activity.id, committee: committee.id, coop: coop.id };
}

beforeAll(async () => {
  t = await openTestDatabase();
  a = await seedTenant(t.store, "TA");
  b = await seedTenant(t.store, "TB");
  Object.assign(ids, await fill(a.store, a.member.id, a.district.id, "A"));
  await fill(b.store, b.member.id, b.district.id, "B");
});
afterAll(async () => {
  await t.close();
});

describe("tenant isolation", () => {
  it("lists only the tenant's own rows", async () => {
    const s = b.store;
    expect((await s.listDistricts()).map((d) => d.id)).toEqual([b.district.id]);
    expect((await s.listPartners()).map((p) => p.name)).toEqual(["Schule B"]);
    expect((await s.listActivities({}, { limit: 50, offset: 0 })).map((x) => x.title)).toEqual(["Treffen B"]);
    expect(await s.countActivities({})).toBe(1);
    expect((await s.activityTotals({})).minutes).toBe(45);
    expect((await s.topPartners({}, 10)).map((p) => p.name)).toEqual(["Schule B"]);
    expect((await s.listCommittees()).map((c) => c.name)).toEqual(["Gremium B"]);
    expect(await s.listCooperations()).toHaveLength(1);
    expect((await s.listDigestSubscriptions()).map((d) => d.channelId)).toEqual(["C-B"]);
    expect((await s.listJobs()).map((j) => j.idempotencyKey)).toEqual(["job-B"]);
    expect((await s.auditTrail()).every((e) => e.tenantId === b.tenant.id)).toBe(true);
    expect((await s.listMembers()).every((m) => m.tenantId === b.tenant.id)).toBe(true);
    const digest = await s.digestReads(b.district.id, digestWindow);
    expect(digest?.partners.map((p) => p.name)).toEqual(["Schule B"]);
    expect(digest?.committees.map((c) => c.name)).toEqual(["Gremium B"]);
    expect(digest?.cooperations).toHaveLength(1);
    expect(digest?.perAuthor?.map((p) => p.minutes)).toEqual([45]);
    expect(digest?.attendance.map((x) => x.memberId)).toEqual([b.member.id]);
    expect([...(digest?.memberNames.keys() ?? [])].sort()).toEqual(
      (await s.listMembers()).map((m) => m.id).sort(),
    );
  });

  it("cannot read another tenant's rows by id or name", async () => {
    const s = b.store;
    expect(await s.findMember(a.member.id)).toBeUndefined();
    expect(await s.findMemberByPlatformId("TA-member")).toBeUndefined();
    expect(await s.findDistrict(a.district.id)).toBeUndefined();
    expect(await s.findPartner(ids.partner ?? 0)).toBeUndefined();
    expect(await s.findPartnerByName("Schule A")).toBeUndefined();
    expect(await s.getActivity(ids.activity ?? 0)).toBeUndefined();
    expect(await s.findCommittee(ids.committee ?? 0)).toBeUndefined();
    expect(await s.findCommitteeByName("Gremium A")).toBeUndefined();
    expect(await s.findCooperation(ids.coop ?? 0)).toBeUndefined();
    expect(await s.answerHistory(ids.coop ?? 0)).toEqual([]);
    expect(await s.attendance(ids.committee ?? 0, new Date("2026-11-03T17:00:00Z"))).toEqual([]);
    expect(await s.usualAttendees(ids.committee ?? 0)).toEqual([]);
    expect(await s.attendanceBetween([ids.committee ?? 0], new Date(0), new Date("2030-01-01"))).toEqual([]);
    expect(await s.usualAttendeesOf([ids.committee ?? 0])).toEqual(new Map([[ids.committee ?? 0, []]]));
    expect(await s.conversationReference("conv-A")).toBeUndefined();
    expect(await s.meetingOverrides([ids.committee ?? 0], new Date(0), new Date("2030-01-01"))).toEqual([]);
    expect(await s.districtForChannel("C-A")).toBeUndefined();
    expect(await s.digestReads(a.district.id, digestWindow)).toBeUndefined();
    expect(await s.openCooperationWith(ids.partner ?? 0)).toBeUndefined();
  });

  it("cannot change or delete another tenant's rows", async () => {
    const s = b.store;
    const at = new Date("2026-11-10T00:00:00Z");
    expect(await s.deleteActivity(ids.activity ?? 0, at)).toBe(false);
    expect(
      await s.updateActivity(
        ids.activity ?? 0,
        {
          districtId: b.district.id,
          authorId: b.member.id,
          occurredOn: "2026-11-02",
          minutes: 1,
          title: "x",
          level: "case_independent",
          focus: "networks",
          role: "initiated",
        },
        at,
      ),
    ).toBeUndefined();
    expect(await s.setMemberRole(a.member.id, "admin")).toBeUndefined();
    expect(await s.assignChannel(a.district.id, "C-stolen")).toBeUndefined();
    expect(await s.updatePartner(ids.partner ?? 0, { name: "gestohlen" })).toBeUndefined();
    expect(await s.archiveCommittee(ids.committee ?? 0, at)).toBe(false);
    expect(await s.updateCooperation(ids.coop ?? 0, { status: "ended" }, at)).toBeUndefined();
    expect(await s.unsubscribeDigest("C-A")).toBe(0);
    expect(await s.cancelJob("job-A")).toBe(false);
    expect(await s.removeConversationReference("conv-A")).toBe(false);
    expect(await s.revokeCalendarTokens(a.member.id, at)).toBe(0);
    await expect(s.cancelMeeting(ids.committee ?? 0, at)).rejects.toThrow();
    await expect(s.answerStep(ids.coop ?? 0, 2, { text: "x" }, b.member.id, at, 3)).rejects.toThrow();

    // Tenant A's data is untouched.
    expect((await a.store.getActivity(ids.activity ?? 0))?.minutes).toBe(45);
    expect((await a.store.findMember(a.member.id))?.role).toBe("member");
    expect((await a.store.findPartner(ids.partner ?? 0))?.name).toBe("Schule A");
    expect((await a.store.findCooperation(ids.coop ?? 0))?.status).toBe("in_progress");
    expect(await a.store.listDigestSubscriptions()).toHaveLength(1);
  });

  it("refuses to link another tenant's partner to an activity and saves nothing", async () => {
    const before = await b.store.countActivities({});
    await expect(
      b.store.recordActivity({
        districtId: b.district.id,
        authorId: b.member.id,
        occurredOn: "2026-11-02",
        minutes: 30,
        title: "Fremder Partner",
        level: "case_independent",
        focus: "cooperation",
        role: "initiated",
        partnerIds: [ids.partner ?? 0],
      }),
    ).rejects.toThrow();
    expect(await b.store.countActivities({})).toBe(before);
  });
});
