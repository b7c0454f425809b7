// "#tags" and German keywords for Ansatzpunkt, Ebene, Rolle and Ziele, with their aliases.
import type { ActivityRole, Focus, Goal, Level } from "../../../store/index.js";
import { fold, own } from "./fold.js";
import { B, E, type Scan } from "./scan.js";

/** Folded alias -> focus. Used for #tags, and (as a flagged guess) for words in the title. */
export const FOCUS_ALIASES: Record<string, Focus> = {};
const focusWords: Record<Focus, string[]> = {
  networks: [
    "gremium",
    "gremien",
    "netzwerk",
    "netzwerke",
    "netzwerkarbeit",
    "ag",
    "arbeitskreis",
    "arbeitsgruppe",
    "rundertisch",
    "stadtteilgremium",
    "stadtteilausschuss",
    "steuerungskreis",
    "lenkungskreis",
    "beirat",
    "jugendbeirat",
    "stadtteilkonferenz",
    "vernetzt",
    "vernetztestrukturen",
    "facharbeitskreis",
  ],
  cooperation: [
    "kooperation",
    "koop",
    "schule",
    "schulen",
    "kita",
    "kitas",
    "hort",
    "schulkooperation",
    "zusammenarbeit",
    "elternseminar",
    "sozialtraining",
    "sozialkompetenztraining",
    "themengruppe",
    "vernetzung",
  ],
  infrastructure: [
    "infrastruktur",
    "infrastrukturentwicklung",
    "planung",
    "sozialplanung",
    "jugendhilfeplanung",
    "bedarfsanalyse",
    "bedarfserhebung",
    "umfrage",
    "befragung",
    "jugendhilfeausschuss",
    "ausschuss",
    "politik",
    "konzept",
    "konzeption",
  ],
  projects: [
    "projekt",
    "projekte",
    "elterncafe",
    "stadtteilfest",
    "fest",
    "ferienprogramm",
    "ferien",
    "treff",
    "maedchentreff",
    "jungentreff",
    "jugendgruppe",
    "ausflug",
    "familienausflug",
    "aktionstag",
    "maedchenaktionstag",
    "selbsthilfegruppe",
    "offenegruppe",
    "veranstaltung",
    "sommerfest",
  ],
  civic_engagement: [
    "ehrenamt",
    "ehrenamtliche",
    "buergerengagement",
    "engagement",
    "freiwillige",
    "freiwilligenarbeit",
    "buergerbuero",
    "tagdesehrenamts",
    "engagementbuero",
  ],
  public_relations: [
    "presse",
    "pressearbeit",
    "flyer",
    "oeffentlichkeitsarbeit",
    "oea",
    "pr",
    "vortrag",
    "praesentation",
    "infostand",
    "zeitung",
    "zeitungsartikel",
    "website",
    "homepage",
    "socialmedia",
    "instagram",
    "plakat",
  ],
};
for (const [focus, words] of Object.entries(focusWords) as [Focus, string[]][]) {
  for (const w of words) FOCUS_ALIASES[w] = focus;
}

export const LEVEL_ALIASES: Record<string, Level> = {
  fall: "case_specific",
  fallspezifisch: "case_specific",
  fallbezogen: "case_specific",
  einzelfall: "case_specific",
  fallunspezifisch: "case_independent",
  falluebergreifend: "case_independent",
  fallunabhaengig: "case_independent",
};

/** Role words; `exact` ones name the role as the UI does, the others are read as a flagged guess. */
export const ROLE_ALIASES: Record<string, { role: ActivityRole; exact: boolean }> = {
  angestossen: { role: "initiated", exact: true },
  initiiert: { role: "initiated", exact: false },
  angeregt: { role: "initiated", exact: false },
  mitgewirkt: { role: "contributed", exact: true },
  mitwirkung: { role: "contributed", exact: true },
  teilgenommen: { role: "contributed", exact: false },
  durchfuehrungsverantwortung: { role: "responsible", exact: true },
  verantwortlich: { role: "responsible", exact: true },
  verantwortung: { role: "responsible", exact: true },
  durchgefuehrt: { role: "responsible", exact: false },
  geleitet: { role: "responsible", exact: false },
};

export const GOAL_ALIASES: Record<string, Goal> = {
  frueherkennung: "early_detection",
  bedarfeerkennen: "early_detection",
  selbsthilfe: "self_help",
  praevention: "prevention",
  soziale_infrastruktur: "infrastructure",
  sozialeinfrastruktur: "infrastructure",
};

export interface FoundTags {
  focus?: Focus;
  /** More than one different focus was tagged; the first counts. */
  focusConflict: boolean;
  level?: Level;
  caseRef?: string;
  role?: ActivityRole;
  roleExact: boolean;
  goals: Goal[];
  unknown: string[];
  /** A "#fall:" reference that is not a pseudonymous code. */
  badCaseRef?: boolean;
}

/** A pseudonymous case reference: letters, digits and - _ / ., with at least one digit. */
export const CASE_REF = /^(?=.*\d)[A-Za-z0-9][A-Za-z0-9\-_/.]{0,23}$/;

export function takeTags(scan: Scan): FoundTags {
  const found: FoundTags = { focusConflict: false, roleExact: false, goals: [], unknown: [] };
  const setFocus = (f: Focus) => {
    if (found.focus && found.focus !== f) found.focusConflict = true;
    found.focus ??= f;
  };
  const setRole = (r: { role: ActivityRole; exact: boolean }) => {
    if (found.role) return;
    found.role = r.role;
    found.roleExact = r.exact;
  };

  // "#fall:F-17" / "Fall F-2026-017": a case-specific entry with its pseudonymous reference.
  scan.take(`${B}#?fall(?::|\\s+)([A-Za-z0-9][A-Za-z0-9\\-_/.]{0,23})${E}`, (m) => {
    const ref = m[1] ?? "";
    if (!CASE_REF.test(ref)) return false;
    found.level = "case_specific";
    found.caseRef = ref;
    return true;
  });
  // "#fall:Name" is no pseudonym: taken out (never echoed) and reported.
  scan.take(`#fall:(\\S+)`, () => {
    found.level = "case_specific";
    found.badCaseRef = true;
    return true;
  });

  scan.take(`#([\\p{L}\\p{N}][\\p{L}\\p{N}_-]*)`, (m) => {
    const key = fold(m[1] ?? "");
    const focus = own(FOCUS_ALIASES, key);
    const level = own(LEVEL_ALIASES, key);
    const role = own(ROLE_ALIASES, key);
    const goal = own(GOAL_ALIASES, key) ?? own(GOAL_ALIASES, (m[1] ?? "").toLowerCase());
    if (focus) setFocus(focus);
    else if (level) found.level ??= level;
    else if (role) setRole({ role: role.role, exact: true });
    else if (goal) {
      if (!found.goals.includes(goal)) found.goals.push(goal);
    } else {
      found.unknown.push(m[0]);
      return false;
    }
    return true;
  });

  scan.take(`${B}(fallspezifisch|fallbezogen|fallunspezifisch|fallübergreifend|fallunabhängig)${E}`, (m) => {
    found.level ??= own(LEVEL_ALIASES, fold(m[1] ?? ""));
    return true;
  });

  // §1.1: a talk about one case ("Fallgespräch F-61", "Helferkonferenz", "fallbezogene Absprache") is case-specific;
  // the words stay in the title, a pseudonymous reference right after them is taken as the case reference.
  scan.take(
    `${B}(?:fallgespräch|fallgespraech|fallbesprechung|fallberatung|fallkonferenz|helferkonferenz|helferrunde|hilfeplangespräch|hilfeplangespraech|fallbezogene[nrms]?|fallspezifische[nrms]?)${E}(?:\\s+([A-Za-z]{1,4}-\\d[A-Za-z0-9\\-_/.]{0,20}))?`,
    (m) => {
      found.level ??= "case_specific";
      if (m[1] && CASE_REF.test(m[1])) {
        found.caseRef ??= m[1];
        scan.remove((m.index ?? 0) + m[0].length - m[1].length, (m.index ?? 0) + m[0].length);
      }
      return false;
    },
  );

  // The file shorthands for those talks ("HK F-23", "HPG F-7", "FB F-12") and their cut-off spellings typed in a
  // hurry ("fallbespr. F-61", "fallgespr F-9", "helferkonf. F-3") name a case only with its reference.
  scan.take(
    `${B}(?:hk|hpg|fb|fk|fall(?:bespr|gespr|berat|konf)[a-zäöü]*\\.?|helferkonf[a-zäöü]*\\.?)\\s+([A-Za-z]{1,4}-\\d[A-Za-z0-9\\-_/.]{0,20})${E}`,
    (m) => {
      if (!m[1] || !CASE_REF.test(m[1])) return false;
      found.level ??= "case_specific";
      found.caseRef ??= m[1];
      scan.remove((m.index ?? 0) + m[0].length - m[1].length, (m.index ?? 0) + m[0].length);
      return false;
    },
  );

  // The team's own case code on its own ("Telefonat mit der Kita zu F-321", "für F-9 gesucht"): its shape (F-17,
  // F-2026-017) names a case as surely as "Fall F-17" does.
  scan.take(`${B}(F-\\d{1,4}(?:-\\d{1,4})?)${E}`, (m) => {
    if (!m[1] || !CASE_REF.test(m[1])) return false;
    found.level ??= "case_specific";
    found.caseRef ??= m[1].toUpperCase();
    return true;
  });

  const roleWords = Object.keys(ROLE_ALIASES)
    .map((w) => w.replaceAll("ss", "(?:ss|ß)").replaceAll("ue", "(?:ue|ü)"))
    .join("|");
  scan.take(`${B}(${roleWords})${E}`, (m) => {
    const alias = own(ROLE_ALIASES, fold(m[1] ?? ""));
    if (alias) setRole(alias);
    return Boolean(alias);
  });

  return found;
}
