// Participants and target groups: "12 TN", "mit 15 Teilnehmenden", "20 Eltern", "Zielgruppe: Eltern, Kinder".
import { own } from "./fold.js";
import { SMALL_NUMBER_WORDS } from "./number-words.js";
import { B, E, type Scan } from "./scan.js";

const GROUPS: Record<string, string> = {
  eltern: "Eltern",
  kinder: "Kinder",
  kindern: "Kinder",
  kids: "Kinder",
  schüler: "Schüler*innen",
  schülern: "Schüler*innen",
  "schüler*innen": "Schüler*innen",
  "schüler:innen": "Schüler*innen",
  schülerinnen: "Schüler*innen",
  schuelern: "Schüler*innen",
  schueler: "Schüler*innen",
  müttern: "Mütter",
  mütter: "Mütter",
  vätern: "Väter",
  väter: "Väter",
  elternteilen: "Eltern",
  familie: "Familien",
  jugendliche: "Jugendliche",
  jugendlichen: "Jugendliche",
  jugendl: "Jugendliche",
  familien: "Familien",
  mädels: "Mädchen",
  frauen: "Frauen",
  männern: "Männer",
  männer: "Männer",
  bewohner: "Bewohner*innen",
  bewohnern: "Bewohner*innen",
  "bewohner*innen": "Bewohner*innen",
  bewohnerinnen: "Bewohner*innen",
  nachbarn: "Nachbar*innen",
  ehrenamtlichen: "Ehrenamtliche",
  sus: "Schüler*innen",
  "bewohner:innen": "Bewohner*innen",
  mitglieder: "Mitglieder",
  mitgliedern: "Mitglieder",
  "kolleg*innen": "Fachkräfte",
  "kolleg:innen": "Fachkräfte",
  kolleginnen: "Fachkräfte",
  kollegen: "Fachkräfte",
  interessierte: "Interessierte",
  interessierten: "Interessierte",
  anwesende: "Anwesende",
  anwesenden: "Anwesende",
  engagierte: "Ehrenamtliche",
  engagierten: "Ehrenamtliche",
  fachkräften: "Fachkräfte",
  lehrkräften: "Lehrkräfte",
  lehrer: "Lehrkräfte",
  lehrern: "Lehrkräfte",
  mädchen: "Mädchen",
  maedchen: "Mädchen",
  jungen: "Jungen",
  jungs: "Jungen",
  "senior*innen": "Senior*innen",
  senioren: "Senior*innen",
  fachkräfte: "Fachkräfte",
  fachkraefte: "Fachkräfte",
  lehrkräfte: "Lehrkräfte",
  lehrkraefte: "Lehrkräfte",
  ehrenamtliche: "Ehrenamtliche",
};
const GROUP_WORDS = Object.keys(GROUPS)
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace("*", "\\*"))
  .join("|");
const COUNTS: Record<string, number> = {
  ...SMALL_NUMBER_WORDS,
};
/** A count: digits or a number word ("zwölf Jugendliche"). */
const COUNT = `(\\d{1,4}|${Object.keys(COUNTS).join("|")})`;
const count = (raw: string | undefined) => own(COUNTS, (raw ?? "").toLowerCase()) ?? Number(raw);
const PEOPLE =
  "(?:tn|tln|tlnr|teiln\\.?|teilnehmende[n]?|menschen|leuten|teilnehmer(?:innen|\\*innen|:innen)?|personen|leute|gäste[n]?|gaeste[n]?|besucher(?:innen|\\*innen)?|besuchende[n]?)";

/** A word for people after a number: "14 TN", "12 Mädchen". Durations leave such a number to the count ("2h 12 Mädchen"). */
export const COUNTED_PEOPLE = `\\s*(?:${PEOPLE}|${GROUP_WORDS})(?![\\p{L}\\p{N}_])`;
/** A number that names a class, a group or a room, not a count: "Klasse 6 Kinder", "AG 78 Jugendliche". */
const NOT_A_COUNT = "(?<!(?<![\\p{L}])(?:klasse|kl\\.|jahrgang|stufe|ag|raum|gruppe|nr\\.?|§)\\s{0,2})";

/** "ca. 20 Eltern", "über 30 Gäste": the hedge goes with the number. */
const ABOUT = "(?:(?:ca\\.?|circa|etwa|ungefähr|ungefaehr|knapp|rund|über|ueber|fast)\\s*)?";

export interface FoundParticipants {
  participants?: number;
  targetGroups: string[];
}

export function takeParticipants(scan: Scan): FoundParticipants {
  const found: FoundParticipants = { targetGroups: [] };
  const addGroup = (raw: string) => {
    const label = own(GROUPS, raw.toLowerCase()) ?? raw.trim();
    if (label && !found.targetGroups.includes(label)) found.targetGroups.push(label);
  };

  scan.take(`${B}zielgruppen?\\s*:\\s*([^#+@;]+?)(?=$|[#+@;]|\\s{2})`, (m) => {
    for (const part of (m[1] ?? "").split(/\s*(?:,|\bund\b|&)\s*/u)) if (part.trim()) addGroup(part.trim());
    return true;
  });

  scan.take(`${B}(?:tn|teilnehmende|teilnehmerzahl|anzahl)\\s*:?\\s*(\\d{1,4})${E}`, (m) => {
    found.participants ??= Number(m[1]);
    return true;
  });

  scan.take(`${B}(?:mit\\s+)?${ABOUT}${NOT_A_COUNT}${COUNT}\\s*${PEOPLE}(?![\\p{L}\\p{N}_])`, (m) => {
    found.participants ??= count(m[1]);
    return true;
  });

  scan.take(`${B}(?:mit\\s+)?${ABOUT}${NOT_A_COUNT}${COUNT}\\s+(${GROUP_WORDS})(?![\\p{L}\\p{N}_])`, (m) => {
    found.participants ??= count(m[1]);
    addGroup(m[2] ?? "");
    return true;
  });

  return found;
}
