// Shows an activity or draft as labelled fields; unsure fields are flagged, defaults marked.

import type { Element } from "../../conversation/reply.js";
import type { Activity } from "../../store/index.js";
import { labels, aktivitaet as t } from "../messages/index.js";
import { type Draft, draftOf } from "./draft.js";
import { germanDay } from "./parse/days.js";
import type { Status } from "./parse/quick.js";

type Field = { label: string; value: string; flagged?: boolean };

export interface Names {
  district: (id: number) => string | undefined;
  partner: (id: number) => string | undefined;
}

export type Statuses = Partial<
  Record<"occurredOn" | "minutes" | "districtId" | "level" | "focus" | "role", Status>
> & {
  guessedPartners?: number[];
  hideText?: boolean;
};

function mark(value: string, status: Status | undefined): { value: string; flagged?: boolean } {
  if (status === "guessed") return { value: t.checkMark(value), flagged: true };
  if (status === "default") return { value: t.defaultMark(value) };
  return { value };
}

/** The fields of a draft as the confirmation shows them; missing required fields are flagged. */
export function draftFields(d: Draft, names: Names, s: Statuses = {}): Element {
  const fields: Field[] = [];
  const add = (label: string, value: string | undefined, status?: Status) => {
    if (value === undefined || value === "") fields.push({ label, value: t.none, flagged: true });
    else fields.push({ label, ...mark(value, status) });
  };
  add(t.field.date, d.occurredOn ? germanDay(d.occurredOn) : undefined, s.occurredOn);
  add(t.field.duration, d.minutes ? t.duration(d.minutes) : undefined, s.minutes);
  add(t.field.title, s.hideText ? t.privacy.hidden : d.title);
  add(t.field.district, d.districtId === undefined ? undefined : names.district(d.districtId), s.districtId);
  add(t.field.level, d.level ? labels.level[d.level] : undefined, s.level);
  if (d.caseRef) fields.push({ label: t.field.caseRef, value: d.caseRef });
  add(t.field.focus, d.focus ? labels.focus[d.focus] : undefined, s.focus);
  add(t.field.role, d.role ? labels.role[d.role] : undefined, s.role);
  if (d.periodStart && d.periodEnd) {
    fields.push({ label: t.field.period, value: t.period(germanDay(d.periodStart), germanDay(d.periodEnd)) });
  }
  const guessed = new Set(s.guessedPartners ?? []);
  const partnerNames = d.partnerIds.map((id) => {
    const name = names.partner(id) ?? `#${id}`;
    return guessed.has(id) ? t.checkMark(name) : name;
  });
  const newNames = d.newPartners.map((p) =>
    t.newPartnerMark(s.hideText ? t.privacy.hidden : p.name, labels.partnerType[p.type]),
  );
  if (partnerNames.length + newNames.length > 0) {
    fields.push({
      label: t.field.partners,
      value: [...partnerNames, ...newNames].join(", "),
      ...(guessed.size > 0 || newNames.length > 0 ? { flagged: true } : {}),
    });
  }
  if (d.goals.length)
    fields.push({ label: t.field.goals, value: d.goals.map((g) => labels.goal[g]).join(", ") });
  if (d.targetGroups.length && !s.hideText)
    fields.push({ label: t.field.targetGroups, value: d.targetGroups.join(", ") });
  if (d.participants !== undefined)
    fields.push({ label: t.field.participants, value: String(d.participants) });
  if (d.notes && !s.hideText) fields.push({ label: t.field.notes, value: d.notes });
  return { type: "fields", fields };
}

/** A saved activity as fields (no flags). */
export function activityFields(a: Activity, districtName: string): Element {
  return draftFields(draftOf(a), {
    district: () => districtName,
    partner: (id) => a.partners.find((p) => p.id === id)?.name,
  });
}
