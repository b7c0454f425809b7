// Scores the quick-entry parser on a corpus: the corpus header's fixed context, and per-field comparison.

import type { QuickContext, QuickEntry } from "../../src/commands/aktivitaet/parse/quick.js";
import type { PartnerType } from "../../src/store/index.js";
import type { QuickCase } from "./quick-dev.js";

export const CORPUS_TODAY = "2026-11-25";
const DISTRICTS = ["Nordstadt", "Südstadt", "Weststadt", "Oststadt", "Altstadt", "Westviertel"];
const PARTNERS: [string, PartnerType][] = [
  ["Grundschule am Park", "school"],
  ["Jugendhaus Mitte", "youth_welfare"],
  ["TSV Nord", "club"],
  ["Kita Sonnenschein", "kita"],
  ["Stadtbibliothek", "other"],
  ["Familienzentrum Regenbogen", "youth_welfare"],
  ["Gemeinschaftsschule West", "school"],
  ["Förderverein Altstadt", "club"],
  ["Quartiersmanagement Südstadt", "other"],
  ["Caritas Beratungsstelle", "youth_welfare"],
];

/** The context stated in the corpus header; `extra` adds filler names (for the benchmark). */
export function corpusContext(extraPartners = 0, extraDistricts = 0): QuickContext {
  const districts = DISTRICTS.map((name, i) => ({ id: i + 1, name }));
  for (let i = 0; i < extraDistricts; i++)
    districts.push({ id: 100 + i, name: `Bezirk ${FILLER[i % FILLER.length]}${i}` });
  const partners = PARTNERS.map(([name, type], i) => ({ id: i + 1, name, type }));
  for (let i = 0; i < extraPartners; i++)
    partners.push({
      id: 1000 + i,
      name: `${KINDS[i % KINDS.length]} ${FILLER[(i * 7) % FILLER.length]} ${i}`,
      type: "other",
    });
  return { today: CORPUS_TODAY, districts, partners };
}
const KINDS = ["Verein", "Initiative", "Kita", "Schule", "Praxis", "Treff", "Stiftung", "Gemeinde"];
const FILLER = [
  "Lindenhof",
  "Rosengarten",
  "Am Bach",
  "Sonnenberg",
  "Eichwald",
  "Kastanie",
  "Mühlental",
  "Birkenweg",
];

export const FIELDS = [
  "minutes",
  "date",
  "startTime",
  "district",
  "partners",
  "newPartners",
  "focus",
  "level",
  "participants",
  "dateQuestion",
] as const;
export type FieldName = (typeof FIELDS)[number];

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join("|") === [...b].sort().join("|");

/** Which fields of one parsed entry agree with the case. */
export function compare(c: QuickCase, e: QuickEntry, ctx: QuickContext): Record<FieldName, boolean> {
  const district = ctx.districts.find((d) => d.id === e.districtId?.value)?.name;
  return {
    minutes: e.minutes?.value === c.minutes,
    date: e.occurredOn.value === c.occurredOn,
    startTime: e.startTime === c.startTime,
    district: district === c.district,
    partners: sameSet(
      e.partners.map((p) => p.name),
      c.partners,
    ),
    newPartners: sameSet(
      e.newPartners.map((p) => p.name),
      c.newPartners,
    ),
    focus: e.focus?.value === c.focus,
    level: e.level.value === c.level,
    participants: e.participants === c.participants,
    dateQuestion: Boolean(e.dateQuestion) === Boolean(c.dateQuestion),
  };
}

export interface Score {
  cases: number;
  fullyRight: number;
  perField: Record<FieldName, number>;
  misses: { text: string; fields: FieldName[] }[];
}

export function score(
  corpus: readonly QuickCase[],
  parse: (text: string, ctx: QuickContext) => QuickEntry,
  ctx = corpusContext(),
): Score {
  const perField = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<FieldName, number>;
  const misses: Score["misses"] = [];
  let fullyRight = 0;
  for (const c of corpus) {
    const result = compare(c, parse(c.text, ctx), ctx);
    const wrong = FIELDS.filter((f) => !result[f]);
    for (const f of FIELDS) if (result[f]) perField[f]++;
    if (wrong.length === 0) fullyRight++;
    else misses.push({ text: c.text, fields: wrong });
  }
  return { cases: corpus.length, fullyRight, perField, misses };
}

export const percent = (n: number, of: number) => Math.round((n / of) * 1000) / 10;

export function formatScore(name: string, s: Score): string {
  const fields = FIELDS.map((f) => `${f} ${percent(s.perField[f], s.cases)} %`).join(", ");
  return `${name}: ${s.cases} cases, fully right ${percent(s.fullyRight, s.cases)} %; ${fields}`;
}
