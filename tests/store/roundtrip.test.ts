// Every entity the store knows survives a write and a read, on PGlite and on PostgreSQL alike.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slackInstallationStore } from "../../src/store/repos/platforms.js";
import { secretBox } from "../../src/store/secrets.js";
import { openTestDatabase, type TestDatabase } from "../support/db.js";
import { seedTenant } from "../support/fixtures.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
});

describe("store round trip", () => {
  it("creates a tenant once and makes its first member the admin", async () => {
    const a = await t.store.ensureTenant("slack", "T-round", "Team Süd");
    const again = await t.store.ensureTenant("slack", "T-round");
    expect(again.id).toBe(a.id);
    expect(a.timezone).toBe("Europe/Berlin");
    expect(a.federalState).toBe("BW");
    const s = t.store.forTenant(a.id);
    const first = await s.ensureMember("U1", "Erste");
    const second = await s.ensureMember("U2", "Zweite");
    expect(first.role).toBe("admin");
    expect(second.role).toBe("member");
    expect((await s.ensureMember("U1")).id).toBe(first.id);
    await s.setMemberRole(second.id, "lead");
    expect((await s.findMember(second.id))?.role).toBe("lead");
    await s.setMemberTimezone(second.id, "Europe/Vienna");
    expect((await s.findMemberByPlatformId("U2"))?.timezone).toBe("Europe/Vienna");
    const settings = await s.updateTenantSettings({ federalState: "BY" });
    expect(settings.federalState).toBe("BY");
    // Dual control: the one who asked cannot approve; a second person can, within the window.
    const at = new Date("2026-11-02T09:00:00Z");
    const windowStart = new Date("2026-10-26T09:00:00Z");
    expect(await s.requestPerPersonFigures(first.id, at, windowStart)).toBe(true);
    expect(await s.requestPerPersonFigures(second.id, at, windowStart)).toBe(false);
    expect(await s.approvePerPersonFigures(first.id, at, windowStart)).toBeUndefined();
    const on = await s.approvePerPersonFigures(second.id, at, windowStart);
    expect(on?.perPersonFigures).toBe(true);
    expect(on?.perPersonSince?.toISOString()).toBe(at.toISOString());
    expect(await s.switchOffPerPersonFigures()).toBe(true);
    expect((await s.tenant()).perPersonFigures).toBe(false);
  });

  it("stores districts and partners with case-insensitive lookup", async () => {
    const { store } = await seedTenant(t.store, "T-dp");
    const süd = await store.createDistrict("Südstadt", "C-sued");
    expect((await store.findDistrictByName("südstadt"))?.id).toBe(süd.id);
    expect((await store.districtForChannel("C-sued"))?.id).toBe(süd.id);
    await store.assignChannel(süd.id, "C-neu");
    expect(await store.districtForChannel("C-sued")).toBeUndefined();
    await store.renameDistrict(süd.id, "Süd");
    const p = await store.createPartner("Grundschule am Park", "school", süd.id);
    expect((await store.findPartnerByName("GRUNDSCHULE AM PARK"))?.id).toBe(p.id);
    await store.updatePartner(p.id, { type: "hort" });
    expect((await store.findPartner(p.id))?.type).toBe("hort");
    await store.archiveDistrict(süd.id, new Date("2026-11-01T00:00:00Z"));
    expect((await store.listDistricts()).map((d) => d.name)).toEqual(["Nordstadt"]);
  });

  it("records an activity with every field and its partners", async () => {
    const { store, member, district } = await seedTenant(t.store, "T-act");
    const school = await store.createPartner("Realschule Nord", "school");
    const saved = await store.recordActivity({
      districtId: district.id,
      authorId: member.id,
      occurredOn: "2026-11-03",
      minutes: 90,
      title: "Elterncafé",
      notes: "Thema Medien",
      level: "case_independent",
      focus: "projects",
      role: "responsible",
      periodStart: "2026-11-01",
      periodEnd: "2027-01-31",
      goals: ["self_help", "prevention"],
      targetGroups: ["Eltern"],
      participants: 12,
      partnerIds: [school.id],
      newPartners: [{ name: "Elternverein", type: "civic_group" }],
    });
    const read = await store.getActivity(saved.id);
    expect(read).toMatchObject({
      occurredOn: "2026-11-03",
      minutes: 90,
      level: "case_independent",
      focus: "projects",
      role: "responsible",
      periodStart: "2026-11-01",
      periodEnd: "2027-01-31",
      goals: ["self_help", "prevention"],
      targetGroups: ["Eltern"],
      participants: 12,
      caseRef: null,
    });
    expect(read?.partners.map((p) => p.name)).toEqual(["Elternverein", "Realschule Nord"]);

    const updated = await store.updateActivity(
      saved.id,
      { ...saved, partnerIds: [school.id], newPartners: [], minutes: 60, caseRef: "F-17" },
      new Date("2026-11-04T10:00:00Z"),
    );
    expect(updated?.minutes).toBe(60);
    expect(updated?.caseRef).toBe("F-17");
    expect(updated?.partners.map((p) => p.name)).toEqual(["Realschule Nord"]);

    expect(await store.deleteActivity(saved.id, new Date("2026-11-05T00:00:00Z"))).toBe(true);
    expect(await store.getActivity(saved.id)).toBeUndefined();
    expect(await store.deleteActivity(saved.id, new Date())).toBe(false);
  });

  it("lists, counts and totals activities by focus, level and role", async () => {
    const { store, member, admin, district } = await seedTenant(t.store, "T-tot");
    const club = await store.createPartner("TSV", "club");
    const base = {
      districtId: district.id,
      title: "x",
      level: "case_independent" as const,
      role: "contributed" as const,
    };
    await store.recordActivity({
      ...base,
      authorId: member.id,
      occurredOn: "2026-10-01",
      minutes: 60,
      focus: "networks",
      partnerIds: [club.id],
    });
    await store.recordActivity({
      ...base,
      authorId: member.id,
      occurredOn: "2026-10-02",
      minutes: 30,
      focus: "networks",
      participants: 5,
    });
    await store.recordActivity({
      ...base,
      authorId: admin.id,
      occurredOn: "2026-10-03",
      minutes: 120,
      focus: "public_relations",
      level: "case_specific",
      partnerIds: [club.id],
    });
    const totals = await store.activityTotals({
      districtId: district.id,
      from: "2026-10-01",
      to: "2026-10-31",
    });
    expect(totals).toEqual({
      count: 3,
      minutes: 210,
      participants: 5,
      byFocus: { networks: 90, public_relations: 120 },
      byLevel: { case_independent: 90, case_specific: 120 },
      byRole: { contributed: 210 },
    });
    expect((await store.activityTotals({ authorId: member.id })).minutes).toBe(90);
    expect(await store.countActivities({ from: "2026-10-02" })).toBe(2);
    const page = await store.listActivities({}, { limit: 2, offset: 0 });
    expect(page.map((a) => a.occurredOn)).toEqual(["2026-10-03", "2026-10-02"]);
    expect(await store.topPartners({}, 5)).toEqual([
      { id: club.id, name: "TSV", activities: 2, minutes: 180 },
    ]);
  });

  it("stores committees, usual attendees, overrides and attendance", async () => {
    const { store, member, admin, district } = await seedTenant(t.store, "T-com");
    const first = new Date("2026-12-08T17:00:00Z");
    const c = await store.createCommittee({
      districtId: district.id,
      name: "Runder Tisch Nordstadt",
      type: "round_table",
      part: "chair",
      recurrence: "FREQ=MONTHLY;BYDAY=2TU",
      firstStartsAt: first,
      durationMinutes: 120,
      timezone: "Europe/Berlin",
      location: "Bürgerhaus",
      channelId: "C-rt",
      usualAttendeeIds: [member.id],
    });
    expect(c.reminderLeadMinutes).toEqual([10080, 1440]);
    expect((await store.findCommitteeByName("runder tisch nordstadt"))?.id).toBe(c.id);
    expect(await store.usualAttendees(c.id)).toEqual([member.id]);
    await store.setUsualAttendees(c.id, [member.id, admin.id]);
    expect((await store.usualAttendees(c.id)).sort()).toEqual([member.id, admin.id].sort());

    await store.setAttendance(c.id, first, member.id, "going");
    await store.setAttendance(c.id, first, member.id, "not_going");
    await store.setAttendance(c.id, first, admin.id, "going");
    const att = await store.attendance(c.id, first);
    expect(att.sort((a, b) => a.memberId - b.memberId)).toEqual(
      [
        { memberId: member.id, status: "not_going" },
        { memberId: admin.id, status: "going" },
      ].sort((a, b) => a.memberId - b.memberId),
    );

    const jan = new Date("2027-01-12T17:00:00Z");
    const moved = await store.moveMeeting(c.id, jan, new Date("2027-01-14T17:00:00Z"));
    expect(moved.status).toBe("moved");
    const cancelled = await store.cancelMeeting(c.id, first);
    expect(cancelled.status).toBe("cancelled");
    const overrides = await store.meetingOverrides(
      [c.id],
      new Date("2027-01-13T00:00:00Z"),
      new Date("2027-02-01T00:00:00Z"),
    );
    expect(overrides.map((o) => o.status)).toEqual(["moved"]);

    const token = await store.createCalendarToken(member.id, "secret-token-1", district.id);
    expect((await t.store.calendar.resolveCalendarToken("secret-token-1"))?.id).toBe(token.id);
    expect(await store.revokeCalendarTokens(member.id, new Date())).toBe(1);
    expect(await t.store.calendar.resolveCalendarToken("secret-token-1")).toBeUndefined();

    expect(await store.archiveCommittee(c.id, new Date())).toBe(true);
    expect(await store.listCommittees()).toEqual([]);
  });

  it("keeps every cooperation answer as history and the latest as current", async () => {
    const { store, member, admin } = await seedTenant(t.store, "T-coop");
    const school = await store.createPartner("Gymnasium", "school");
    const coop = await store.startCooperation(school.id, member.id);
    expect(coop.status).toBe("draft");
    await store.answerStep(coop.id, 1, { text: "Auftrag A" }, member.id, new Date("2026-11-01T10:00:00Z"), 2);
    await store.answerStep(coop.id, 1, { text: "Auftrag B" }, admin.id, new Date("2026-11-02T10:00:00Z"), 2);
    const after = await store.findCooperation(coop.id);
    expect(after).toMatchObject({ status: "in_progress", currentStep: 2 });
    const history = await store.answerHistory(coop.id);
    expect(history.map((h) => [h.answer.text, h.answeredByName])).toEqual([
      ["Auftrag A", "Fachkraft"],
      ["Auftrag B", "Admin"],
    ]);
    expect((await store.currentAnswers(coop.id)).get(1)?.answer).toEqual({ text: "Auftrag B" });
    await store.updateCooperation(coop.id, { reviewOn: "2026-12-01", status: "agreed" }, new Date());
    expect((await store.cooperationsDueForReview("2026-12-31")).map((c) => c.id)).toEqual([coop.id]);
    expect((await store.openCooperationWith(school.id))?.id).toBe(coop.id);
    expect(await store.listCooperations({ status: "agreed" })).toHaveLength(1);
  });

  it("stores digest subscriptions, jobs, audit entries and platform addresses", async () => {
    const { tenant, store, admin, district } = await seedTenant(t.store, "T-ops");
    await store.subscribeDigest({
      channelId: "C1",
      districtId: district.id,
      weekday: 1,
      time: "08:00",
      timezone: "Europe/Berlin",
      createdBy: admin.id,
    });
    await store.subscribeDigest({
      channelId: "C1",
      districtId: district.id,
      weekday: 5,
      time: "12:00",
      timezone: "Europe/Berlin",
      createdBy: admin.id,
    });
    const subs = await store.listDigestSubscriptions();
    expect(subs.map((s) => [s.weekday, s.time])).toEqual([[5, "12:00"]]);
    expect(await store.unsubscribeDigest("C1")).toBe(1);

    const runAt = new Date("2026-11-30T07:00:00Z");
    expect(await store.scheduleJob("digest", "digest:C1:2026-W49", runAt, { channelId: "C1" })).toBe(true);
    expect(await store.scheduleJob("digest", "digest:C1:2026-W49", runAt, {})).toBe(false);
    const claimed = await t.store.jobs.claimDueJobs(new Date("2026-11-30T07:00:01Z"), 10, 60);
    expect(claimed.map((j) => [j.tenantId, j.idempotencyKey, j.attempts])).toEqual([
      [tenant.id, "digest:C1:2026-W49", 1],
    ]);
    await t.store.jobs.completeJob(claimed[0]?.id ?? -1, new Date());
    expect((await store.listJobs("digest"))[0]?.status).toBe("done");

    await store.audit("activity.export", admin.id, "activities", { count: 3 });
    expect((await store.auditTrail()).map((a) => [a.action, a.details])).toEqual([
      ["activity.export", { count: 3 }],
    ]);

    await store.saveConversationReference({
      conversationId: "a:1",
      scope: "personal",
      memberId: admin.id,
      serviceUrl: "http://x",
      reference: { conversation: { id: "a:1" } },
    });
    await store.saveConversationReference({
      conversationId: "a:1",
      scope: "personal",
      memberId: admin.id,
      serviceUrl: "http://y",
      reference: {},
    });
    expect((await store.personalConversation(admin.id))?.serviceUrl).toBe("http://y");
    expect(await store.removeConversationReference("a:1")).toBe(true);

    const slack = slackInstallationStore(t.database.db, secretBox("a passphrase for the round trip"));
    await slack.saveSlackInstallation({
      tenantId: tenant.id,
      installationKey: "T-ops",
      teamId: "T-ops",
      enterpriseId: null,
      botUserId: "B1",
      installation: { bot: { token: "xoxb-1" } },
    });
    expect(await slack.fetchSlackInstallation("T-ops")).toEqual({ bot: { token: "xoxb-1" } });
    expect(await slack.deleteSlackInstallation("T-ops")).toBe(true);
    expect(await slack.fetchSlackInstallation("T-ops")).toBeUndefined();
  });
});
