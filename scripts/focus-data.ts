// The learned focus model's training data: the spent quick-entry corpora (their text and focus, read through the
// parser as an entry is, so the model sees the same title, level and partners) and the guideline's own typical
// activities (§2.1–§6). quick-holdout7 and -8 joined once each had been measured blind, before and after the model;
// the blind set quick-holdout9 is never read here.
import { createHash } from "node:crypto";
import type { FeatureInput } from "../src/commands/aktivitaet/parse/focus-features.js";
import { focusInput, parseQuickEntry } from "../src/commands/aktivitaet/parse/quick.js";
import type { Focus } from "../src/store/index.js";
import { QUICK_DEV, type QuickCase } from "../tests/corpora/quick-dev.js";
import { QUICK_DEV2 } from "../tests/corpora/quick-dev2.js";
import { QUICK_DEV3 } from "../tests/corpora/quick-dev3.js";
import { QUICK_DEV4 } from "../tests/corpora/quick-dev4.js";
import { QUICK_DEV5 } from "../tests/corpora/quick-dev5.js";
import { QUICK_HOLDOUT } from "../tests/corpora/quick-holdout.js";
import { QUICK_HOLDOUT2 } from "../tests/corpora/quick-holdout2.js";
import { QUICK_HOLDOUT3 } from "../tests/corpora/quick-holdout3.js";
import { QUICK_HOLDOUT4 } from "../tests/corpora/quick-holdout4.js";
import { QUICK_HOLDOUT5 } from "../tests/corpora/quick-holdout5.js";
import { QUICK_HOLDOUT6 } from "../tests/corpora/quick-holdout6.js";
import { QUICK_HOLDOUT7 } from "../tests/corpora/quick-holdout7.js";
import { QUICK_HOLDOUT8 } from "../tests/corpora/quick-holdout8.js";
import { corpusContext } from "../tests/corpora/quick-score.js";

export const TRAINING_CORPORA: [string, readonly QuickCase[]][] = [
  ["dev", QUICK_DEV],
  ["dev2", QUICK_DEV2],
  ["dev3", QUICK_DEV3],
  ["dev4", QUICK_DEV4],
  ["dev5", QUICK_DEV5],
  ["holdout", QUICK_HOLDOUT],
  ["holdout2", QUICK_HOLDOUT2],
  ["holdout3", QUICK_HOLDOUT3],
  ["holdout4", QUICK_HOLDOUT4],
  ["holdout5", QUICK_HOLDOUT5],
  ["holdout6", QUICK_HOLDOUT6],
  ["holdout7", QUICK_HOLDOUT7],
  ["holdout8", QUICK_HOLDOUT8],
];

/** The guideline's typical activities, line by line and split where a line lists several (§2.1–§6). */
export const GUIDELINE: [string, Focus][] = [
  ["Teilnahme an lokalen und regionalen Arbeitsgruppen und -kreisen", "networks"],
  ["Teilnahme an lokalen Arbeitskreisen", "networks"],
  ["Mitwirkung in Stadtteilgremien", "networks"],
  ["Koordination und Moderation eines Steuerungskreises zur sozialräumlichen Arbeit", "networks"],
  ["Runde Tische", "networks"],
  ["Kinder- und Jugendbeiräte", "networks"],
  ["Stadtteilausschüsse", "networks"],
  ["Kooperation mit einzelnen Einrichtungen und bürgerschaftlichen Gruppen", "cooperation"],
  ["Kooperation mit Regelsystemen (Schulen, Kindergarten, Hort)", "cooperation"],
  ["Fallübergreifende Kooperation mit Einrichtungen der Jugendhilfe", "cooperation"],
  ["soziales Kompetenztraining", "cooperation"],
  ["Elternseminare", "cooperation"],
  ["themenbezogene Gruppenangebote", "cooperation"],
  ["Absprachen mit der Schule, Rollen der Beteiligten geklärt", "cooperation"],
  [
    "Gewinnung und Aktivierung gemeinwesenbezogener Ressourcen für die Arbeit im Einzelfall",
    "infrastructure",
  ],
  ["aktive Beteiligung an Planungsprozessen", "infrastructure"],
  ["Befragungen", "infrastructure"],
  ["politische Gremien", "infrastructure"],
  ["Entwicklung bedarfsgerechter Angebote", "infrastructure"],
  ["Planung, Organisation und Durchführung von Aktivitäten im Sozialraum", "projects"],
  ["Teilnahme an Veranstaltungen des örtlichen Gemeinwesens", "projects"],
  ["Durchführung von Familienfreizeiten", "projects"],
  ["Ferienangebote und Bildungsangebote für Familien", "projects"],
  ["niederschwellige offene Gruppenangebote", "projects"],
  ["Anregung und Anleitung von Selbsthilfegruppen", "projects"],
  ["Elterncafe", "projects"],
  ["Mädchentreff", "projects"],
  ["Jugendgruppe", "projects"],
  ["Stadtteil-Feste", "projects"],
  ["Stadtteilferienprogramm", "projects"],
  ["Mädchen-Aktionstage", "projects"],
  ["Förderung von Bürgerengagement", "civic_engagement"],
  ["Gewinnung von bürgerschaftlich Engagierten", "civic_engagement"],
  ["Kontakte zu Bürgerbüros", "civic_engagement"],
  ["Tag des Ehrenamtes", "civic_engagement"],
  ["Kooperation mit Stabstellen BE", "civic_engagement"],
  ["Öffentlichkeitsarbeit", "public_relations"],
  ["Verständliche Präsentationen für unterschiedliche Zielgruppen", "public_relations"],
  ["Flyer", "public_relations"],
  ["Gesicht zeigen im Stadtteil durch Teilnahme an Veranstaltungen und Aktionen", "public_relations"],
];

export interface Example {
  input: FeatureInput;
  focus: Focus;
}

/**
 * A corpus's cases as the model sees them. Cases whose focus is tagged are left out: the tag decides there, and the
 * title without it would teach the model the wrong words.
 */
export function corpusExamples(corpus: readonly QuickCase[]): Example[] {
  const ctx = corpusContext();
  const out: Example[] = [];
  for (const c of corpus) {
    const entry = parseQuickEntry(c.text, ctx);
    if (entry.focus?.status === "given") continue;
    out.push({ input: focusInput(entry, ctx), focus: c.focus });
  }
  return out;
}

export function guidelineExamples(): Example[] {
  return GUIDELINE.map(([title, focus]) => ({
    input: { title, level: "case_independent", partnerTypes: [] },
    focus,
  }));
}

/** A hash of what the model is trained from (texts and focuses, in order), written into the model's header. */
export function dataHash(corpora = TRAINING_CORPORA): string {
  const h = createHash("sha256");
  for (const [name, corpus] of corpora) {
    h.update(`#${name}\n`);
    for (const c of corpus) h.update(`${c.text}\t${c.focus}\n`);
  }
  for (const [title, focus] of GUIDELINE) h.update(`${title}\t${focus}\n`);
  return h.digest("hex").slice(0, 16);
}
