// Helpers for the aktivitaet command tests: a command layer on a fresh database, callers, clicks and form submissions.
import { fixedClock } from "../../../src/clock.js";
import { createCommandLayer } from "../../../src/commands/dispatch.js";
import type { Caller, FormValue, Where } from "../../../src/conversation/input.js";
import type { Button, Element, Form, Reply } from "../../../src/conversation/reply.js";
import type { MemberRole } from "../../../src/store/index.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";

/** Wednesday 25 November 2026, 11:00 in Berlin. */
export const NOW = "2026-11-25T10:00:00Z";
export const TODAY = "2026-11-25";

export interface World {
  t: TestDatabase;
  clock: ReturnType<typeof fixedClock>;
  layer: ReturnType<typeof createCommandLayer>;
  close(): Promise<void>;
}

export async function openWorld(): Promise<World> {
  const t = await openTestDatabase();
  const clock = fixedClock(NOW);
  const layer = createCommandLayer({ store: t.store, clock, defaultTimezone: "Europe/Berlin" });
  return { t, clock, layer, close: () => t.close() };
}

export const channel: Where = { channelId: "C-nord", isDirect: false };

export function caller(tenant: string, user: string): Caller {
  return {
    platform: "slack",
    tenantExternalId: tenant,
    tenantName: `Team ${tenant}`,
    userId: user,
    displayName: user,
  };
}

export interface Team {
  admin: Caller;
  lead: Caller;
  member: Caller;
  other: Caller;
  tenantId: number;
  districtId: number;
  southId: number;
}

/** A tenant with an admin (first contact), a lead, two members and two districts; Nordstadt owns channel C-nord. */
export async function seedTeam(w: World, tenant: string): Promise<Team> {
  const admin = caller(tenant, `${tenant}-admin`);
  const lead = caller(tenant, `${tenant}-lead`);
  const member = caller(tenant, `${tenant}-member`);
  const other = caller(tenant, `${tenant}-other`);
  for (const c of [admin, lead, member, other]) await run(w, c, "hilfe");
  const t = await w.t.store.ensureTenant("slack", tenant);
  const store = w.t.store.forTenant(t.id);
  const leadRow = await store.findMemberByPlatformId(lead.userId);
  await store.setMemberRole(leadRow?.id ?? 0, "lead" satisfies MemberRole);
  const north = await store.createDistrict("Nordstadt", "C-nord");
  const south = await store.createDistrict("Südstadt");
  return { admin, lead, member, other, tenantId: t.id, districtId: north.id, southId: south.id };
}

export function run(w: World, who: Caller, text: string, where: Where = channel): Promise<Reply> {
  return w.layer.handle({ who, where, input: { type: "command", family: "aktivitaet", text } });
}

export function click(w: World, who: Caller, b: Button, where: Where = channel): Promise<Reply> {
  return w.layer.handle({
    who,
    where,
    input: { type: "action", actionId: b.actionId, ...(b.value === undefined ? {} : { value: b.value }) },
  });
}

export function submit(
  w: World,
  who: Caller,
  form: Form,
  values: Record<string, FormValue>,
  where: Where = channel,
): Promise<Reply> {
  return w.layer.handle({
    who,
    where,
    input: { type: "submit", formId: form.formId, values, ...(form.state ? { state: form.state } : {}) },
  });
}

export function elements(r: Reply): Element[] {
  if (r.kind === "message") return r.elements;
  if (r.kind === "closeForm" && r.then) return elements(r.then);
  return [];
}

/** Every text the reply shows, joined; for "contains" assertions. */
export function textOf(r: Reply): string {
  return elements(r)
    .flatMap((e) => {
      switch (e.type) {
        case "text":
          return [e.text];
        case "fields":
          return e.fields.map((f) => `${f.label}: ${f.value}`);
        case "list":
          return e.items.flatMap((i) => [i.title, i.detail ?? "", ...(i.actions ?? []).map((b) => b.label)]);
        case "actions":
          return e.buttons.map((b) => b.label);
        default:
          return [];
      }
    })
    .join("\n");
}

export function buttons(r: Reply): Button[] {
  return elements(r).flatMap((e) =>
    e.type === "actions" ? e.buttons : e.type === "list" ? e.items.flatMap((i) => i.actions ?? []) : [],
  );
}

/** The confirmation's own buttons (Speichern, Bearbeiten, Verwerfen), without its one-tap changes. */
export function confirmButtons(r: Reply): Button[] {
  return buttons(r).filter((b) => b.actionId !== "aktivitaet:pick");
}

export function buttonLabeled(r: Reply, label: string): Button {
  const b = buttons(r).find((x) => x.label === label);
  if (!b)
    throw new Error(
      `no button "${label}" in: ${buttons(r)
        .map((x) => x.label)
        .join(", ")}`,
    );
  return b;
}

export function fieldsOf(r: Reply): { label: string; value: string; flagged?: boolean }[] {
  return elements(r).flatMap((e) => (e.type === "fields" ? e.fields : []));
}

export function formOf(r: Reply): Form {
  if (r.kind !== "form") throw new Error(`expected a form, got ${r.kind}: ${textOf(r)}`);
  return r.form;
}

/** The form's initial values, as an adapter would submit them unchanged. */
export function initialValues(form: Form): Record<string, FormValue> {
  const values: Record<string, FormValue> = {};
  for (const i of form.inputs) if (i.initial !== undefined) values[i.id] = i.initial;
  return values;
}

export async function storeOf(w: World, tenant: string) {
  const t = await w.t.store.ensureTenant("slack", tenant);
  return w.t.store.forTenant(t.id);
}

/** The id in "Gespeichert: Aktivität Nr. 12." */
export function savedId(r: Reply): number {
  const m = /Aktivität Nr\. (\d+)/.exec(textOf(r));
  if (!m) throw new Error(`no saved id in: ${textOf(r)}`);
  return Number(m[1]);
}
