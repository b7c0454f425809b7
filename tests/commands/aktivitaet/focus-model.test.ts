// The learned focus model: shipped as trained from the current corpora, right on the guideline's own activities in
// wording no corpus has, and combined with the cues, the tags and the team's history as the card shows it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MODEL_FILE, modelSource } from "../../../scripts/train-focus.js";
import { COMBINE, combineFocus } from "../../../src/commands/aktivitaet/parse/focus-combine.js";
import { type ModelGuess, modelFocus } from "../../../src/commands/aktivitaet/parse/focus-learned.js";
import type { Focus } from "../../../src/store/index.js";
import { q } from "./parser-support.js";

describe("the shipped focus model", () => {
  it("is what scripts/train-focus.ts makes from the current corpora and features", () => {
    // On a mismatch: npx tsx scripts/train-focus.ts, and commit the model with the change that caused it.
    expect(readFileSync(MODEL_FILE, "utf8")).toBe(modelSource());
  }, 60_000);
});

/** The guideline's typical activities (§2.1–§6) in words none of the corpora use, two with a typo. */
const GUIDELINE_WORDING: [string, Focus][] = [
  ["Moderation des Steuerungskreises Sozialraum", "networks"],
  ["Sitzung Stadtteilgremium, Protokoll übernommen", "networks"],
  ["Mitarbeit im regionalen Arbeitskreis Jugendhilfe", "networks"],
  ["Arbeitskries Jugend Sitzung", "networks"],
  ["Elternseminar zusammen mit der Erziehungsberatung geplant", "cooperation"],
  ["Abstimmung mit dem Hort über Rollen und Absprachen", "cooperation"],
  ["Soziales Kompetenztraining für Drittklässler mit der Schule", "cooperation"],
  ["Kooperationstreffen mit der Kindergartenleitung", "cooperation"],
  ["Mitarbeit am Planungsprozess für das neue Quartierszentrum", "infrastructure"],
  ["Fragebogen zur Befragung der Familien ausgewertet", "infrastructure"],
  ["Bedarfsgerechtes Angebot für Alleinerziehende entwickelt", "infrastructure"],
  ["Sitzung des Jugendhilfeausschusses, Bericht zur Lage im Stadtteil", "infrastructure"],
  ["Mädchen-Aktionstag im Stadtteil durchgeführt", "projects"],
  ["Familienfreizeit am Wochenende organisiert", "projects"],
  ["Anleitung der Selbsthilfegruppe für Eltern", "projects"],
  ["Planung Stadtteilferienprogramm Sommer", "projects"],
  ["Elterncafee vorbereitet", "projects"],
  ["Treffen im Bürgerbüro wegen neuer Ehrenamtlicher", "civic_engagement"],
  ["Vorbereitung Tag des Ehrenamtes", "civic_engagement"],
  ["Austausch mit der Stabsstelle Bürgerengagement", "civic_engagement"],
  ["Flyer für Eltern in einfacher Sprache gestaltet", "public_relations"],
  ["Präsentation unserer Arbeit für die Zielgruppe Senioren", "public_relations"],
  ["Gesicht zeigen beim Wochenmarkt", "public_relations"],
];

const modelTop = (title: string) => {
  const { p } = modelFocus({ title, level: "case_independent", partnerTypes: [] });
  return (Object.keys(p) as Focus[]).sort((a, b) => p[b] - p[a])[0];
};

describe("the guideline's activities in new words", () => {
  it("are read by the model alone, nearly all of them", () => {
    const right = GUIDELINE_WORDING.filter(([title, focus]) => modelTop(title) === focus);
    // 22 of 23 when written; the one miss is the flyer "für Eltern", which the corpora's case resources pull to §3.
    expect(right.length).toBeGreaterThanOrEqual(GUIDELINE_WORDING.length - 2);
  });

  it.each(GUIDELINE_WORDING)("%s is guessed as %s in a whole entry", (title, focus) => {
    const entry = q(`1h ${title}`);
    expect(entry.focus).toEqual({ value: focus, status: "guessed" });
  });
});

describe("model, cues, tags and history together", () => {
  it("keeps an explicit tag over a confident model", () => {
    expect(modelTop("Pressemitteilung geschrieben")).toBe("public_relations");
    expect(q("1h Pressemitteilung geschrieben #projekt").focus).toEqual({
      value: "projects",
      status: "given",
    });
  });

  it("keeps the team's earlier choice over model and cues, and offers the built-in guess", () => {
    const history = [{ title: "Pressemitteilung Sommerfest", focus: "projects" as const }];
    const entry = q("1h Pressemitteilung Sommerfest geschrieben", { history });
    expect(entry.focus).toEqual({ value: "projects", status: "guessed" });
    expect(entry.focusAlternatives?.[0]).toBe("public_relations");
  });

  it("still asks with all six when the entry names only a talk and no partner", () => {
    const entry = q("1h Telefonat");
    expect(entry.focus).toBeUndefined();
    expect(entry.focusAlternatives).toHaveLength(6);
  });

  const guess = (p: Partial<Record<Focus, number>>): ModelGuess => ({
    p: {
      networks: 0.01,
      cooperation: 0.01,
      infrastructure: 0.01,
      projects: 0.01,
      civic_engagement: 0.01,
      public_relations: 0.01,
      ...p,
    },
    known: 10,
  });
  const cues = (s: Partial<Record<Focus, number>>): Record<Focus, number> => ({
    networks: 0,
    cooperation: 0,
    infrastructure: 0,
    projects: 0,
    civic_engagement: 0,
    public_relations: 0,
    ...s,
  });

  it("lets a confident model overrule a weak cue, and offers the cue's focus as a button", () => {
    const both = combineFocus(cues({ projects: 2 }), guess({ infrastructure: 0.9, projects: 0.05 }));
    expect(both.focus).toBe("infrastructure");
    expect(both.alternatives).toEqual(["projects"]);
  });

  it("keeps a strong unambiguous cue over a confident model", () => {
    const both = combineFocus(cues({ networks: COMBINE.strongCue }), guess({ cooperation: 0.95 }));
    expect(both.focus).toBe("networks");
  });

  it("offers both when model and cues land close together", () => {
    const both = combineFocus(cues({ projects: 3 }), guess({ projects: 0.3, public_relations: 0.6 }));
    expect([both.focus, ...both.alternatives].slice(0, 2).sort()).toEqual(["projects", "public_relations"]);
  });

  it("lets the model decide alone when no cue fires, with a close second as a button", () => {
    const both = combineFocus(cues({}), guess({ civic_engagement: 0.6, networks: 0.3 }));
    expect(both).toEqual({ focus: "civic_engagement", alternatives: ["networks"] });
    expect(combineFocus(cues({}), guess({ civic_engagement: 0.45, networks: 0.4 })).focus).toBeUndefined();
  });
});
