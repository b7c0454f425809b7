// Applies the personal-data guard to the free-text fields of a draft.
import { aktivitaet as t } from "../messages/index.js";
import { findPersonalData, type GuardOptions, onlyWeak, type PersonalDataHit } from "../privacy/index.js";
import type { Draft } from "./draft.js";

export type TextField = "title" | "notes" | "targetGroups" | "newPartners" | "caseRef";

export interface GuardResult {
  byField: Partial<Record<TextField, PersonalDataHit[]>>;
  any: boolean;
  /** Only weak hits (a name pattern or an address): the author may confirm them. */
  weakOnly: boolean;
}

/** `colleagues`: the team's display names (Ctx.colleagues), so that a colleague named in a text is no client. */
export function guardDraft(d: Draft, referenceYear: number, colleagues?: readonly string[]): GuardResult {
  const options: GuardOptions = { referenceYear, colleagues };
  const texts: Record<TextField, string> = {
    title: d.title ?? "",
    notes: d.notes,
    targetGroups: d.targetGroups.join(", "),
    newPartners: d.newPartners.map((p) => p.name).join("\n"),
    // A case code must be the team's pseudonym, never another office's file number.
    caseRef: d.caseRef ?? "",
  };
  const byField: GuardResult["byField"] = {};
  const all: PersonalDataHit[] = [];
  for (const [field, value] of Object.entries(texts) as [TextField, string][]) {
    const hits = findPersonalData(value, options);
    if (hits.length) {
      byField[field] = hits;
      all.push(...hits);
    }
  }
  return { byField, any: all.length > 0, weakOnly: all.length > 0 && onlyWeak(all) };
}

/** Weak hits of the line as typed count even when the parser moved the text out of every field. */
export function withTypedHits(r: GuardResult, typed: PersonalDataHit[]): GuardResult {
  if (typed.length === 0 || r.any) return r;
  return { byField: { title: typed }, any: true, weakOnly: onlyWeak(typed) };
}

export function kindsOf(hits: PersonalDataHit[]): string[] {
  return [...new Set(hits.map((h) => t.privacy.kind[h.kind]))];
}

/** The draft without the text that triggered a strong hit: what may travel in a chat message. */
export function withoutFlaggedText(d: Draft, r: GuardResult): Draft {
  return {
    ...d,
    ...(r.byField.title ? { title: undefined } : {}),
    ...(r.byField.notes ? { notes: "" } : {}),
    ...(r.byField.targetGroups ? { targetGroups: [] } : {}),
    ...(r.byField.newPartners ? { newPartners: [] } : {}),
    ...(r.byField.caseRef ? { caseRef: undefined } : {}),
  };
}
