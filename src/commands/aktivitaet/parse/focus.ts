// The Ansatzpunkt guessed from the words of the entry, its partners and its level, in the guideline's own terms
// (§2.1–§6 of the Rahmenkonzept); the team's earlier choice for a similar title wins over the built-in guess.
import type { Focus, Level, PartnerType } from "../../../store/index.js";
import { fold, foldWord, osa, own } from "./fold.js";
import { FOCUS_ALIASES } from "./tags.js";

export const FOCUS_ORDER: Focus[] = [
  "networks",
  "cooperation",
  "infrastructure",
  "projects",
  "civic_engagement",
  "public_relations",
];

/**
 * Words and phrases from the guideline's typical activities (folded; phrases with spaces match the folded text with
 * spaces). Weights: 3 names the focus outright, 2 is a typical activity, 1 a weak hint.
 */
const CUES: Record<Focus, [string, number][]> = {
  networks: [
    ["ak", 5],
    ["arbeitskreis", 5],
    ["arbeitsgruppe", 5],
    ["ag", 4],
    ["gremium", 5],
    ["stadtteilgremium", 5],
    ["runder tisch", 5],
    ["runden tisch", 5],
    ["steuerungskreis", 5],
    ["lenkungskreis", 5],
    ["lenkungsrunde", 5],
    ["lenkungsgruppe", 5],
    ["steuerungsgruppe", 5],
    ["steuerungsrunde", 5],
    ["stadtteilkonferenz", 5],
    ["stadtteilausschuss", 5],
    ["stadtteilrunde", 5],
    ["jugendbeirat", 5],
    ["kinderbeirat", 5],
    ["netzwerk", 3],
    ["netzwerktreffen", 3],
    ["regionalkonferenz", 2],
    ["facharbeitskreis", 5],
    ["moderation", 1],
    ["gremien", 4],
    ["arbeitskreise", 5],
    ["runde tische", 5],
    ["ausschuesse", 3],
    ["traegerrunde", 3],
    ["traegertreffen", 3],
    ["plenum", 2],
    ["seniorenbeirat", 4],
  ],
  cooperation: [
    ["kooperation", 3],
    ["kooperationsgespraech", 3],
    ["kooperationstreffen", 3],
    ["koop", 3],
    ["zusammenarbeit", 2],
    ["schule", 2],
    ["schulleitung", 2],
    ["lehrkraft", 2],
    ["lehrkraefte", 2],
    ["klassenlehrer", 2],
    ["schulsozialarbeit", 2],
    ["kita", 2],
    ["kindergarten", 2],
    ["hort", 2],
    ["elternseminar", 3],
    // Elternseminare are §2.2 by the guideline; "-kurs" alone would make them a project.
    ["elternkurs", 4],
    ["elterntraining", 4],
    ["sozialtraining", 3],
    ["kompetenztraining", 3],
    ["themengruppe", 2],
    ["gruppenangebot", 1],
    ["absprache", 1],
    ["vernetzung", 2],
    ["lehrer", 2],
    ["lehrerin", 2],
    ["erzieherin", 2],
    ["erzieher", 2],
    ["hospitation", 2],
    ["jugendamt", 2],
    ["asd", 2],
    ["jobcenter", 2],
    ["beratungsstelle", 2],
    ["uebergang", 1],
  ],
  infrastructure: [
    ["infrastruktur", 3],
    ["planungsprozess", 3],
    ["sozialplanung", 3],
    ["jugendhilfeplanung", 3],
    ["bedarf", 2],
    ["politische gremien", 6],
    ["politischen gremien", 6],
    ["beteiligung", 1],
    ["bedarfsanalyse", 3],
    ["bedarfserhebung", 3],
    ["befragung", 3],
    ["umfrage", 3],
    ["jugendhilfeausschuss", 4],
    ["sozialausschuss", 4],
    ["gemeinderat", 3],
    ["stadtrat", 3],
    ["bezirksbeirat", 4],
    ["bezirksausschuss", 4],
    ["bezirksvertretung", 4],
    ["ortschaftsrat", 3],
    ["fragebogen", 3],
    ["planungswerkstatt", 3],
    ["beteiligungswerkstatt", 3],
    ["zukunftswerkstatt", 3],
    ["ausschuss", 2],
    ["politik", 2],
    ["angebotsentwicklung", 3],
    ["konzept", 2],
    ["ressourcen", 2],
    ["spielplatz", 2],
    ["stadtplanung", 3],
    ["stadtentwicklung", 3],
    ["sozialraumanalyse", 3],
    ["bestandsaufnahme", 2],
    ["stellungnahme", 2],
    ["ortsbeirat", 3],
    ["antrag", 1],
  ],
  projects: [
    ["projekt", 3],
    ["elterncafe", 3],
    ["stadtteilfest", 3],
    ["sommerfest", 3],
    ["fest", 2],
    ["ferienprogramm", 3],
    ["ferienangebot", 3],
    ["ferien", 2],
    ["freizeit", 3],
    ["familienfreizeit", 3],
    ["treff", 2],
    ["maedchentreff", 3],
    ["jungentreff", 3],
    ["jugendgruppe", 3],
    ["aktionstag", 3],
    ["ausflug", 3],
    ["selbsthilfegruppe", 3],
    ["offene gruppe", 3],
    ["offene gruppenangebote", 3],
    ["offenes gruppenangebot", 3],
    ["niederschwellig", 2],
    ["feste", 2],
    ["offenes angebot", 2],
    ["bildungsangebot", 3],
    ["workshop", 2],
    ["kurs", 2],
    ["spielnachmittag", 3],
    ["nachmittag", 2],
    ["laternenumzug", 3],
    ["umzug", 2],
    ["organisiert", 1],
    ["mitorganisiert", 2],
    ["lesung", 2],
    ["feier", 2],
    ["basteln", 2],
    ["kochen", 2],
    ["kochkurs", 3],
    ["turnier", 3],
    ["spielgruppe", 3],
    ["hausaufgabenhilfe", 3],
    ["lernhilfe", 3],
    ["hausaufgaben", 2],
    ["lernfoerderung", 2],
    ["fruehstueck", 3],
    ["alleinerziehende", 2],
    ["krabbelgruppe", 3],
    ["offen", 1],
    ["offener", 1],
    ["veranstaltung", 1],
    ["durchfuehrung", 1],
  ],
  civic_engagement: [
    ["tag des ehrenamts", 6],
    ["tag des ehrenamtes", 6],
    ["ehrenamt", 3],
    ["ehrenamtliche", 3],
    ["ehrenamtlichen", 3],
    ["buergerengagement", 3],
    ["engagement", 2],
    ["engagierte", 2],
    ["freiwillige", 3],
    ["freiwilligen", 3],
    ["buergerbuero", 3],
    ["engagementbuero", 3],
    ["freiwilligenagentur", 3],
    ["stabsstelle", 2],
    ["stabstelle", 2],
    ["patenschaft", 2],
    ["paten", 2],
    ["lesepaten", 3],
    ["dankeschoen", 2],
    ["nachbarschaftshilfe", 2],
  ],
  public_relations: [
    ["presse", 3],
    ["pressemitteilung", 3],
    ["pressetermin", 3],
    ["pressegespraech", 3],
    ["zeitung", 3],
    ["artikel", 2],
    ["interview", 2],
    ["amtsblatt", 3],
    ["flyer", 3],
    ["plakat", 3],
    ["broschuere", 3],
    ["website", 3],
    ["homepage", 3],
    ["instagram", 3],
    ["social media", 3],
    ["newsletter", 3],
    ["facebook", 3],
    ["aushang", 3],
    ["gemeindebrief", 3],
    ["radio", 3],
    ["jahresbericht", 2],
    ["infoabend", 2],
    ["informationsveranstaltung", 2],
    ["vorstellung", 2],
    ["infostand", 3],
    ["infotisch", 3],
    ["praesentation", 3],
    ["vortrag", 2],
    ["oeffentlichkeitsarbeit", 3],
    ["gesicht zeigen", 3],
  ],
};

/** Endings that make a compound one of these ("Kinderfest", "Weihnachtsfeier", "Mädchentreff", "Kochkurs"). */
const ENDINGS: [string, Focus, number][] = [
  ["fest", "projects", 3],
  ["feier", "projects", 3],
  ["treff", "projects", 3],
  ["cafe", "projects", 2],
  ["fruehstueck", "projects", 2],
  ["gruppe", "projects", 1],
  ["runde", "networks", 2],
  ["markt", "projects", 2],
  ["kurs", "projects", 1.5],
  ["ausflug", "projects", 2],
  ["fahrt", "projects", 1],
  ["beirat", "networks", 1],
];

const PARTNER_HINTS: Partial<Record<PartnerType, [Focus, number]>> = {
  school: ["cooperation", 2],
  kita: ["cooperation", 2],
  hort: ["cooperation", 2],
  youth_welfare: ["cooperation", 1],
  citizens_office: ["civic_engagement", 2],
  politics: ["infrastructure", 2],
};

const CASE_PARTNERS = new Set<PartnerType>(["school", "kita", "hort", "youth_welfare"]);

/**
 * §3 "Ressourcen für den Einzelfall": for one case, a search for what the surroundings offer ("Recherche
 * Freizeitangebote im Umfeld", "Suche nach Nachhilfe im Stadtteil") is infrastructure work; a search word and
 * a word for the offers or the surroundings both count.
 */
const SEARCH = /^(?:recherche|recherchiert|suche|gesucht|sucht|zusammengestellt|ermittelt|erkundet)$/u;
const RESOURCES =
  /(?:angebote?|ressourcen|umfeld|umgebung|sozialraum|stadtteil|quartier|nachhilfe|vereine?|platz|plaetze|therapeut\w*)$/u;
function resourceSearch(words: string[]): number {
  const search = words.some((w) => SEARCH.test(w));
  const resources = words.filter((w) => RESOURCES.test(w)).length;
  return (search ? 2 : 0) + Math.min(resources, 2) * 2;
}

export interface FocusGuess {
  focus?: Focus;
  alternatives: Focus[];
  /** The team chose this focus before for a similar title. */
  fromHistory: boolean;
}

export interface FocusInput {
  title: string;
  level: Level;
  partnerTypes: PartnerType[];
  history?: { title: string; focus: Focus }[];
}

/** Scores every focus; the best wins, the ones at least half as strong are offered as alternatives. */
export function inferFocus(input: FocusInput): FocusGuess {
  const score = scoreFocus(input);
  const ranked = FOCUS_ORDER.filter((f) => score[f] > 0).sort((a, b) => score[b] - score[a]);
  const [best] = ranked;
  const builtIn: FocusGuess = {
    ...(best ? { focus: best } : {}),
    alternatives: best ? ranked.slice(1).filter((f) => score[f] * 2 >= score[best]) : [],
    fromHistory: false,
  };
  const earlier = similarEarlier(input.title, input.history ?? []);
  if (!earlier) return builtIn;
  return {
    focus: earlier,
    alternatives: [builtIn.focus, ...builtIn.alternatives].filter(
      (f): f is Focus => f !== undefined && f !== earlier,
    ),
    fromHistory: true,
  };
}

function scoreFocus(input: FocusInput): Record<Focus, number> {
  const score: Record<Focus, number> = {
    networks: 0,
    cooperation: 0,
    infrastructure: 0,
    projects: 0,
    civic_engagement: 0,
    public_relations: 0,
  };
  const spaced = ` ${foldWord(input.title)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
  const words = spaced.trim().split(" ").filter(Boolean);
  for (const focus of FOCUS_ORDER) {
    for (const [cue, weight] of CUES[focus]) {
      if (cue.includes(" ")) {
        if (spaced.includes(` ${cue} `)) score[focus] += weight;
      } else if (words.includes(cue)) score[focus] += weight;
      // Compounds ("Elterncafé-Planung", "Netzwerktreffen"): a long cue inside a word counts a little less.
      else if (cue.length >= 6 && words.some((w) => w.includes(cue))) score[focus] += weight - 0.5;
      // One slip in a long word ("Arbeitskries", "Eltercafé") still names it.
      else if (cue.length >= 8 && words.some((w) => nearly(w, cue))) score[focus] += weight - 0.5;
    }
  }
  for (const w of words) {
    const ending = ENDINGS.find(([e]) => w.length > e.length + 2 && w.endsWith(e));
    // Only for compounds the cue table does not know already ("Stadtteilfest" is counted there).
    if (ending && !CUES[ending[1]].some(([cue]) => cue === w)) score[ending[1]] += ending[2];
  }
  // The older alias table (also used for #tags) as a weak extra vote, so no tagged word goes unnoticed.
  for (const w of words) {
    const alias = own(FOCUS_ALIASES, w);
    if (alias) score[alias] += 0.5;
  }
  const search = input.level === "case_specific" ? resourceSearch(words) : 0;
  if (search >= 4) score.infrastructure += search;
  for (const type of input.partnerTypes) {
    const hint = PARTNER_HINTS[type];
    if (hint) score[hint[0]] += hint[1];
    // §2.2: case-specific work together with a school, Kita, Hort or youth-welfare service is cooperation.
    // Any other institution in a case-specific entry is still working together on that case.
    if (input.level === "case_specific") score.cooperation += CASE_PARTNERS.has(type) ? 3 : 2;
  }
  return score;
}

function nearly(word: string, cue: string): boolean {
  return word[0] === cue[0] && Math.abs(word.length - cue.length) <= 1 && osa(word, cue) <= 1;
}

const MINOR = new Set([
  "der",
  "die",
  "das",
  "den",
  "dem",
  "mit",
  "und",
  "im",
  "am",
  "zum",
  "zur",
  "fuer",
  "von",
  "vom",
]);

function tokens(title: string): Set<string> {
  return new Set(
    foldWord(title)
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 1 && !MINOR.has(w)),
  );
}

/** The focus of the most similar earlier title (at least half the words shared), the most recent on a tie. */
function similarEarlier(title: string, history: { title: string; focus: Focus }[]): Focus | undefined {
  const mine = tokens(title);
  if (mine.size === 0) return undefined;
  const key = fold(title);
  let best: { focus: Focus; sim: number } | undefined;
  for (const h of history) {
    if (fold(h.title) === key) return h.focus;
    const theirs = tokens(h.title);
    let shared = 0;
    for (const t of mine) if (theirs.has(t)) shared++;
    const sim = shared / (mine.size + theirs.size - shared);
    if (sim >= 0.5 && (!best || sim > best.sim)) best = { focus: h.focus, sim };
  }
  return best?.focus;
}
