// The team the liste/statistik/export/bearbeiten tests work on: a member, a lead, partners, a rival tenant and
// activities across weeks, months and districts (their ids by name in `ids`).
import type { ActivityInput } from "../../../src/store/index.js";
import { openWorld, seedTeam, storeOf, type Team, type World } from "./support.js";

export interface ManageWorld {
  w: World;
  team: Team;
  rival: Team;
  ids: Record<string, number>;
  memberId(tenant: string, userId: string): Promise<number>;
}

async function memberIdIn(w: World, tenant: string, userId: string): Promise<number> {
  const m = await (await storeOf(w, tenant)).findMemberByPlatformId(userId);
  if (!m) throw new Error("member missing");
  return m.id;
}

export async function openManageWorld(): Promise<ManageWorld> {
  const ids: Record<string, number> = {};
  const w = await openWorld();
  const team = await seedTeam(w, "T-m");
  const rival = await seedTeam(w, "T-rival");
  const store = await storeOf(w, "T-m");
  const school = await store.createPartner("Grundschule am Park", "school");
  const club = await store.createPartner("TSV Nord", "club");
  const member = await memberIdIn(w, "T-m", team.member.userId);
  const other = await memberIdIn(w, "T-m", team.other.userId);
  const base = { level: "case_independent", role: "contributed" } as const;
  const rows: [string, ActivityInput][] = [
    [
      "mine1",
      {
        ...base,
        districtId: team.districtId,
        authorId: member,
        occurredOn: "2026-11-24",
        minutes: 90,
        title: "Elterncafé",
        focus: "projects",
        partnerIds: [school.id],
        participants: 12,
      },
    ],
    [
      "mine2",
      {
        ...base,
        districtId: team.southId,
        authorId: member,
        occurredOn: "2026-11-02",
        minutes: 60,
        title: "Flyer verteilt",
        focus: "public_relations",
      },
    ],
    [
      "mine3",
      {
        ...base,
        districtId: team.districtId,
        authorId: member,
        occurredOn: "2026-10-15",
        minutes: 120,
        title: "Runder Tisch",
        focus: "networks",
        level: "case_specific",
        caseRef: "F-1",
        partnerIds: [school.id, club.id],
      },
    ],
    [
      "theirs1",
      {
        ...base,
        districtId: team.districtId,
        authorId: other,
        occurredOn: "2026-11-23",
        minutes: 30,
        title: "Telefonat Kita-Leitung",
        focus: "cooperation",
        partnerIds: [school.id],
      },
    ],
    [
      "theirs2",
      {
        ...base,
        districtId: team.southId,
        authorId: other,
        occurredOn: "2026-11-10",
        minutes: 240,
        title: 'Stadtteilfest; "Aufbau"',
        focus: "projects",
        role: "responsible",
        periodStart: "2026-09-01",
        periodEnd: "2026-12-31",
        goals: ["prevention", "self_help"],
        targetGroups: ["Familien"],
      },
    ],
    [
      "formula",
      {
        ...base,
        districtId: team.districtId,
        authorId: other,
        occurredOn: "2026-03-01",
        minutes: 45,
        title: '=HYPERLINK("x")',
        focus: "infrastructure",
      },
    ],
  ];
  for (const [key, input] of rows) ids[key] = (await store.recordActivity(input)).id;
  // Twelve more of the member's own, for paging.
  for (let i = 1; i <= 12; i++) {
    await store.recordActivity({
      ...base,
      districtId: team.districtId,
      authorId: member,
      occurredOn: "2026-09-01",
      minutes: 15,
      title: `Serie ${i}`,
      focus: "projects",
    });
  }
  const rivalStore = await storeOf(w, "T-rival");
  ids.rival = (
    await rivalStore.recordActivity({
      ...base,
      districtId: rival.districtId,
      authorId: await memberIdIn(w, "T-rival", rival.member.userId),
      occurredOn: "2026-11-20",
      minutes: 60,
      title: "Geheimprojekt",
      focus: "projects",
    })
  ).id;
  return { w, team, rival, ids, memberId: (tenant, userId) => memberIdIn(w, tenant, userId) };
}
