// The Ansatzpunkt guessed from the words of the entry, its partners and its level, in the guideline's own terms
// (§2.1–§6 of the Rahmenkonzept) by hand-written cues and a learned model together (focus-combine.ts); the team's
// earlier choice for a similar title wins over both.
import { FOCUSES, type Focus, type Level, type PartnerType } from "../../../store/index.js";
import { combineFocus } from "./focus-combine.js";
import { activityGroup, scoreCompounds } from "./focus-compounds.js";
import { CUES, ENDINGS } from "./focus-cues.js";
import { modelFocus } from "./focus-learned.js";
import { foldWord, osa, own } from "./fold.js";
import { similarEarlier } from "./similar-title.js";
import { FOCUS_ALIASES } from "./tags.js";

export const FOCUS_ORDER: readonly Focus[] = FOCUSES;

const PARTNER_HINTS: Partial<Record<PartnerType, [Focus, number]>> = {
  school: ["cooperation", 2],
  kita: ["cooperation", 2],
  hort: ["cooperation", 2],
  youth_welfare: ["cooperation", 1],
  citizens_office: ["civic_engagement", 2],
  politics: ["infrastructure", 2],
};

const CASE_PARTNERS = new Set<PartnerType>(["school", "kita", "hort", "youth_welfare"]);
/** Every single-word cue, for the compound reading: a word the table knows whole is not split. */
const CUE_WORDS = new Set(Object.values(CUES).flatMap((cues) => cues.map(([cue]) => cue)));

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

/**
 * §3 "Ressourcen für den Einzelfall": for one case, something arranged for the client at a local service outside the
 * Regelsysteme ("Termin für die Mutter bei +Schuldnerberatung vereinbart") draws on the surroundings.
 */
const CLIENT = /^(?:mutter|vater|eltern|familie|kind|sohn|tochter|jugendliche[n]?|klient\w*)$/u;
function forClient(words: string[]): boolean {
  return words.some(
    (w, k) => w === "fuer" && (CLIENT.test(words[k + 1] ?? "") || CLIENT.test(words[k + 2] ?? "")),
  );
}

/** Words for talking with someone: a call, a talk, an arrangement, a meeting, a mail. */
const EXCHANGE =
  /^(?:tel|telefon\w*|gespraech\w*|abstimmung\w*|absprache\w*|austausch|besprechung|termin|treffen|mail|email|rueckmeldung|anfrage|kontakt\w*|vorgespraech|klaerung)$/u;

const NEW_OFFER = /^(?:neue[nsr]?|aufbau|ausbau|neugestaltung|neuplanung)$/u;

/** §6 media: a flyer, poster or article about a project is public relations, not the project itself. */
const MEDIUM =
  /^(?:flyer|plakat|plakate|aushang|aushaenge|artikel|pressemitteilung|broschuere|newsletter|infobrief|homepage|website|webseite|insta|instagram|facebook|fb|post|posts|beworben|bewerben|werbung|\w*zeitung)$/u;
/**
 * §6 "Verständliche Präsentationen für unterschiedliche Zielgruppen": presenting the service's own offers or work
 * ("Angebote der EHS im Lehrerkollegium vorgestellt") is public relations, wherever it happens.
 */
const PRESENTING =
  /^(?:vorgestellt|vorstellen|vorstellung|praesentiert|praesentieren|praesentation|vortrag)$/u;
/** A stand shows the service's face at someone's event (§6), over the event itself; a volunteering fair stays §5. */
const STAND = /^(?:infostand|infotisch|stand)$/u;
const OWN_OFFER = /^(?:angebote?|arbeit|ehs|einrichtung|unsere[nmrs]?|dienst|leistungen)$/u;
/** §5 "Gewinnung von bürgerschaftlich Engagierten": a word for winning people, and one for the volunteers. */
const RECRUIT =
  /^(?:geworben|angeworben|gewonnen|gewinnen|gewinnung|werben|anwerben|akquiriert|akquise|rekrutiert|gesucht|aufruf|vermittelt|vermittlung)$/u;
const VOLUNTEERS =
  /^(?:engagierte\w*|ehrenamtlich\w*|freiwillig\w*|helfer\w*|helfende\w*|mitstreiter\w*|mithelf\w*|mithilfe)$|(?:paten|patin|patinnen|mentor(?:en|in|innen)?|lotsen|lotsin(?:nen)?)$/u;
/** §3 "Ressourcen für den Einzelfall": for one case, a sponsorship, donation or grant from the surroundings. */
const CASE_RESOURCE =
  /^(?:spende\w*|zuschuss|zuschuesse|foerdermittel|finanzierung|sponsor\w*|stipendium|beihilfe)$|(?:patenschaft|pate|patin|paten)$/u;
/** §2.2 "themenbezogene Gruppenangebote" with a partner; open and self-help groups stay §4 projects. */
const THEMED_GROUP = /^(?!selbsthilfe|krabbel|spiel|offene|jugend)\w{3,}gruppe$/u;

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
  /** A partner is named whose type is not known (a new one typed with "+"). */
  hasPartner?: boolean;
  history?: { title: string; focus: Focus }[];
}

/**
 * The rules' scores and the learned model's probabilities together (focus-combine.ts); the team's own earlier
 * choice for a similar title wins over both, with the built-in guess kept as an alternative.
 */
export function inferFocus(input: FocusInput): FocusGuess {
  const builtIn = combineFocus(scoreFocus(input), modelFocus(input));
  const earlier = similarEarlier(input.title, input.history ?? []);
  if (!earlier) return { ...builtIn, fromHistory: false };
  return {
    focus: earlier,
    alternatives: [builtIn.focus, ...builtIn.alternatives].filter(
      (f): f is Focus => f !== undefined && f !== earlier,
    ),
    fromHistory: true,
  };
}

/** The hand-written cues' points for every focus (0: no cue); focus-combine.ts weighs them with the model. */
export function scoreFocus(input: FocusInput): Record<Focus, number> {
  const score: Record<Focus, number> = {
    networks: 0,
    cooperation: 0,
    infrastructure: 0,
    projects: 0,
    civic_engagement: 0,
    public_relations: 0,
  };
  // "Lesepat:innen", "Nachbar*innen": the gender sign joins the word again.
  const spaced = ` ${foldWord(input.title.replace(/(\p{L})[:*_/](in(?:nen)?)(?!\p{L})/gu, "$1$2"))
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
  // "Sport-AG" is one word for the cues: an activity's club, not an Arbeitsgemeinschaft.
  const words = spaced
    .trim()
    .split(" ")
    .filter(Boolean)
    .flatMap((w, k, all) =>
      w === "ag" && activityGroup(all, k)
        ? []
        : activityGroup(all, k + 1) && all[k + 1] === "ag"
          ? [`${w}ag`]
          : [w],
    );
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
  // §3 Planungsprozesse, Beteiligung, Sozialraum: "Planungsgruppe", "Beteiligungsprojekt", "Sozialraumbegehung"
  // (while "Planung Ferienprogramm" only prepares a project); councils, forums and activity groups by their parts.
  scoreCompounds(words, score, (w) => CUE_WORDS.has(w));
  // §3 Angebotsentwicklung: a new offer being set up ("neues Jugendcafé", "Aufbau Hausaufgabenhilfe").
  if (words.some((w) => NEW_OFFER.test(w))) score.infrastructure += 1;
  // The older alias table (also used for #tags) as a weak extra vote, so no tagged word goes unnoticed.
  for (const w of words) {
    const alias = own(FOCUS_ALIASES, w);
    if (alias) score[alias] += 0.5;
  }
  const recruiting = words.some((w) => RECRUIT.test(w));
  const medium = words.some((w) => MEDIUM.test(w));
  const oneCase = input.level === "case_specific";
  // In a case a medium handed on is part of the work on it: it beats a project, not the case's partners (§2.2).
  if (medium && oneCase) score.public_relations = Math.max(score.public_relations, score.projects) + 1;
  if (words.some((w) => STAND.test(w)) && score.public_relations > 0)
    score.public_relations = Math.max(score.public_relations, score.projects + 0.5);
  // "Sommerfest mit Ehrenamtlichen": volunteers who help carry out a project, not won for it (§4, not §5).
  if (!recruiting && score.projects > 0 && words.some((w, k) => VOLUNTEERS.test(w) && words[k - 1] === "mit"))
    score.civic_engagement = Math.min(score.civic_engagement, score.projects - 0.5);
  if (input.level === "case_specific" && words.some((w) => CASE_RESOURCE.test(w))) score.infrastructure += 3;
  // A group with a partner and no activity of its own named ("Jungsgruppe mit +Kinderschutzbund", not
  // "Jungsgruppe Kochen mit Jugendhaus Mitte", which is an open offer of the Jugendhaus).
  const partnered = input.partnerTypes.length > 0 || Boolean(input.hasPartner);
  const themed = words.some((w) => THEMED_GROUP.test(w)) && !spaced.includes(" offene ");
  // The guideline's themed groups are run with institutions of youth welfare (§2.2); a club's group is an offer.
  const clubOnly = input.partnerTypes.length > 0 && input.partnerTypes.every((t) => t === "club");
  if (partnered && themed && !clubOnly && score.projects <= 1.5) score.cooperation += 2.5;
  if (oneCase && forClient(words) && input.partnerTypes.every((t) => !CASE_PARTNERS.has(t)))
    score.infrastructure += 3;
  const search = input.level === "case_specific" ? resourceSearch(words) : 0;
  if (search >= 4) score.infrastructure += search;
  // Two schools make an entry no more cooperative than one: each partner's hint counts once per focus, the
  // strongest, so that "Flyer verteilen an zwei Schulen" stays public relations.
  const hinted: Partial<Record<Focus, number>> = {};
  for (const type of input.partnerTypes) {
    const hint = PARTNER_HINTS[type];
    if (hint) hinted[hint[0]] = Math.max(hinted[hint[0]] ?? 0, hint[1]);
  }
  for (const [focus, weight] of Object.entries(hinted) as [Focus, number][]) score[focus] += weight;
  for (const type of input.partnerTypes) {
    // §2.2: case-specific work together with a school, Kita, Hort or youth-welfare service is cooperation.
    // Any other institution in a case-specific entry is still working together on that case.
    if (input.level === "case_specific") score.cooperation += CASE_PARTNERS.has(type) ? 3 : 2;
  }
  // A flyer for the Elterncafé, volunteers won for the festival: what the work is about only names what it is for,
  // so the winning (§5) and the medium (§6, also one about the winning) come first, over the partners' hints too,
  // and the topic stays on offer as the alternative ("Pressemitteilung Tag des Ehrenamts" is §6).
  const overAll = (focus: Focus) => {
    score[focus] = Math.max(...FOCUS_ORDER.map((f) => score[f])) + 1;
  };
  // For one case, a volunteer won for it is a resource from the surroundings (§3), not civic engagement.
  if (recruiting && words.some((w) => VOLUNTEERS.test(w)))
    overAll(oneCase ? "infrastructure" : "civic_engagement");
  if (medium && !oneCase) overAll("public_relations");
  if (!oneCase && words.some((w) => PRESENTING.test(w)) && words.some((w) => OWN_OFFER.test(w)))
    overAll("public_relations");
  // §2.2 "Kooperation mit einzelnen Institutionen": a call, talk or arrangement with an institution (any type,
  // also a club, an office or the police) is cooperation when nothing else in the entry names a focus.
  const named = FOCUS_ORDER.some((f) => score[f] > 0);
  if (!named && (input.partnerTypes.length > 0 || input.hasPartner) && words.some((w) => EXCHANGE.test(w)))
    score.cooperation += 2;
  return score;
}

function nearly(word: string, cue: string): boolean {
  return word[0] === cue[0] && Math.abs(word.length - cue.length) <= 1 && osa(word, cue) <= 1;
}
