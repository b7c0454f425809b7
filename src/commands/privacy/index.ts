// The personal-data guard: one check for every free-text field, run on the raw text before anything is
// parsed out of it. It finds what looks like client data and says of what kind; it never echoes the text.

import { colleagueRoster } from "./colleagues.js";
import { findNumbers } from "./numbers.js";
import { findNames } from "./people.js";

export { loadDictionaries } from "./dictionary.js";

export type PersonalDataKind =
  | "email"
  | "phone"
  | "birthdate"
  | "name"
  | "family"
  | "kinship"
  | "address"
  | "iban"
  | "insurance"
  | "file_number";

export interface PersonalDataHit {
  kind: PersonalDataKind;
  /**
   * strong: almost surely a client's data (a birth date, a full name, a phone number) — must be changed.
   * weak: may also be a colleague, a public place or an institution — the author may confirm it is none.
   */
  strength: "strong" | "weak";
}

export interface GuardOptions {
  /** Full dates this many years or more before the reference year read as a date of birth. */
  referenceYear?: number;
  /**
   * The team's display names (members' names as Slack or Teams show them): a name whose words are all one
   * colleague's is no client data, unless the text ties that person to a client (an age, a kinship word, …).
   */
  colleagues?: readonly string[];
}

/** What in `text` looks like personal data; empty when nothing does. Pure, never throws. */
export function findPersonalData(text: string, options: GuardOptions = {}): PersonalDataHit[] {
  if (!text) return [];
  const value = text.normalize("NFC").slice(0, 20_000);
  const hits: PersonalDataHit[] = [];
  for (const hit of [
    ...findNumbers(value, options),
    ...findNames(value, colleagueRoster(options.colleagues)),
  ]) {
    const same = hits.find((h) => h.kind === hit.kind);
    if (!same) hits.push(hit);
    else if (hit.strength === "strong") same.strength = "strong";
  }
  return hits;
}

/** Hits across several fields, keyed by field; only fields with hits appear. */
export function findPersonalDataIn(
  fields: Record<string, string | string[] | undefined>,
  options: GuardOptions = {},
): Record<string, PersonalDataHit[]> {
  const result: Record<string, PersonalDataHit[]> = {};
  for (const [key, raw] of Object.entries(fields)) {
    const value = Array.isArray(raw) ? raw.join("\n") : (raw ?? "");
    const hits = findPersonalData(value, options);
    if (hits.length > 0) result[key] = hits;
  }
  return result;
}

export const onlyWeak = (hits: PersonalDataHit[]) => hits.every((h) => h.strength === "weak");
