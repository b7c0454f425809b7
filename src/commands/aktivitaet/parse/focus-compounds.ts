// German compounds read by their parts for the focus guess: the part that decides is sometimes the head
// ("Präventionsrat" is a council, "Jugendforum" a forum), sometimes the modifier ("Beteiligungsprojekt" is §3
// participation in planning, "Sozialraumbegehung" §3 study of the area, "Sport-AG" a sports offer, not a working group).
import type { Focus } from "../../../store/index.js";

/**
 * Modifiers from §3's own terms (Planungsprozess, Befragungen, Beteiligung, Bedarfe, Sozialraum): a compound that
 * starts with one is infrastructure work whatever its head ("Beteiligungsprojekt", "Planungsgruppe",
 * "Sozialraumbegehung", "Sozialstrukturdaten", "Bedarfsabfrage"). Weights beat a project head ("-projekt", 2.5).
 */
const INFRASTRUCTURE_MODIFIERS: [string, number, boolean][] = [
  ["planungs", 3.5, true],
  ["beteiligungs", 3.5, false],
  ["bedarfs", 3, false],
  ["sozialraum", 3, false],
  ["sozialstruktur", 3, false],
  ["befragungs", 3, false],
];
/**
 * A body's head keeps a compound a body ("Sozialraumkonferenz", "Beteiligungsrunde" meet as networks do); only a
 * planning body ("Planungsrunde", "Planungsgruppe") is §3 by the guideline's Planungsprozesse.
 */
const BODY_HEAD = /(?:konferenz|runde|kreis|team|gremium|ausschuss|beirat|ag)$/u;

/** The Jobcenter's household unit is a case's paperwork, not a need in the area. */
const NO_PLANNING = /^bedarfsgemeinschaft/u;

/**
 * §2.1 Gremien: a council ("Präventionsrat", "Jugendrat", "Elternrat") is a network body, a political one
 * ("Stadtrat", "Bezirksrat", "Gemeinderat") one of §3's politische Gremien. Words that only end in "rat" are none.
 */
const POLITICAL_COUNCIL = /(?:gemeinde|stadt|bezirks|ortschafts|orts|kreis|landes|bundes)rat$/u;
const NOT_A_COUNCIL = /(?:refe|pa|vor|hei|haus|zier|un|inse|ze|ka|pi|quad|k)rat$/u;
const FORUM = /\w{3,}forum$/u;
/** §2.1 Stadtteilgremien: a body of the area ("Sozialraumteam", "Quartiersrunde", "Stadtteilkreis") is a network. */
const AREA_BODY =
  /^(?:sozialraum|stadtteil|quartiers?|kiez|viertel)\w*(?:konferenz|runde|kreis|team|gremium)$/u;
/** §5: a compound about volunteering ("Engagementbörse", "Ehrenamtsstammtisch", "Freiwilligentag"). */
const CIVIC_MODIFIER = /^(?:ehrenamts|engagement|freiwilligen|buergerengagement)\w{3,}$/u;

/**
 * Activities an open group or a school club is about ("Kochgruppe", "Sport-AG", "Theater-AG", "Tanzgruppe"):
 * an offer of §4, not a themed group of §2.2 nor a working group of §2.1.
 */
const ACTIVITIES = [
  "sport",
  "fussball",
  "basketball",
  "volleyball",
  "tanz",
  "theater",
  "koch",
  "back",
  "musik",
  "band",
  "kunst",
  "mal",
  "bastel",
  "foto",
  "film",
  "garten",
  "schach",
  "zirkus",
  "lese",
  "medien",
  "computer",
  "kreativ",
  "handarbeit",
  "naeh",
  "spiel",
  "bewegung",
  "schwimm",
  "kletter",
  "box",
  "lauf",
  "rad",
  "werk",
  "holz",
  "trommel",
  "chor",
  "gitarre",
].join("|");
const ACTIVITY = new RegExp(`^(?:${ACTIVITIES})$`, "u");
const ACTIVITY_GROUP = new RegExp(`^(?:${ACTIVITIES})(?:e|s)?(?:gruppe|ag|club|kurs)$`, "u");

/** Whether `words[k]` is an AG or group about an activity ("sport ag" from "Sport-AG", "kochgruppe"). */
export function activityGroup(words: string[], k: number): boolean {
  const w = words[k] ?? "";
  if (ACTIVITY_GROUP.test(w)) return true;
  return (w === "ag" || w === "gruppe") && ACTIVITY.test(words[k - 1] ?? "");
}

/** Adds what the parts of the entry's compounds say; `known` tells words the cue table already counted whole. */
export function scoreCompounds(
  words: string[],
  score: Record<Focus, number>,
  known: (w: string) => boolean,
): void {
  let infrastructure = 0;
  for (const w of words) {
    for (const [modifier, weight, overBodies] of INFRASTRUCTURE_MODIFIERS)
      if (
        w.length > modifier.length + 1 &&
        w.startsWith(modifier) &&
        !NO_PLANNING.test(w) &&
        (overBodies || !BODY_HEAD.test(w))
      )
        infrastructure = Math.max(infrastructure, weight);
    if (known(w)) continue;
    if (w.length > 6 && w.endsWith("rat") && !NOT_A_COUNCIL.test(w)) {
      if (POLITICAL_COUNCIL.test(w)) score.infrastructure += 3;
      else score.networks += 3;
    }
    if (FORUM.test(w)) score.networks += 3;
    if (AREA_BODY.test(w)) score.networks += 5;
    if (CIVIC_MODIFIER.test(w)) score.civic_engagement += 3;
  }
  score.infrastructure += infrastructure;
  // "Sport-AG", "Kochgruppe": the activity makes it an offer (§4).
  if (words.some((_, k) => activityGroup(words, k))) score.projects += 3;
}
