// A team with two members and a district, and a helper that creates a committee through the form.
import { expect } from "vitest";
import type { Reply } from "../../../src/conversation/reply.js";
import type { commandLayerFor } from "../../support/commands.js";
import type { TestDatabase } from "../../support/db.js";

export async function team(
  t: TestDatabase,
  cmd: ReturnType<typeof commandLayerFor>,
  externalId: string,
  platform: "console" | "slack" | "teams" = "console",
) {
  const anna = cmd.as("anna", { tenant: externalId, name: "Anna", platform });
  await anna.say("hilfe");
  const ben = cmd.as("ben", { tenant: externalId, name: "Ben", platform });
  await ben.say("hilfe");
  const tenant = await t.store.findTenant(platform, externalId);
  if (!tenant) throw new Error("tenant missing");
  const store = t.store.forTenant(tenant.id);
  const district = await store.createDistrict("Nordstadt", "C-nord");
  const annaId = (await store.findMemberByPlatformId("anna"))?.id ?? 0;
  const benId = (await store.findMemberByPlatformId("ben"))?.id ?? 0;
  return { anna, ben, store, district, tenant, annaId, benId };
}

export function committeeValues(districtId: number, patch: Record<string, string | string[]> = {}) {
  return {
    name: "Runder Tisch Nord",
    type: "round_table",
    districtId: String(districtId),
    part: "chair",
    firstDate: "2026-12-08",
    time: "18:00",
    duration: "120",
    recurrence: "monthly_weekday",
    interval: "1",
    location: "Bürgerhaus Nord",
    channelId: "",
    leads: ["10080", "1440"],
    attendees: [],
    ...patch,
  };
}

export function expectKind<K extends Reply["kind"]>(reply: Reply, kind: K): Extract<Reply, { kind: K }> {
  expect(reply.kind).toBe(kind);
  return reply as Extract<Reply, { kind: K }>;
}
