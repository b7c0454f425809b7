// Participants and target groups: "12 TN", "mit 15 Teilnehmenden", "20 Eltern", "Zielgruppe: Eltern, Kinder".
import { own } from "./fold.js";
import { B, E, type Scan } from "./scan.js";

const GROUPS: Record<string, string> = {
  eltern: "Eltern",
  kinder: "Kinder",
  jugendliche: "Jugendliche",
  jugendlichen: "Jugendliche",
  familien: "Familien",
  mädchen: "Mädchen",
  maedchen: "Mädchen",
  jungen: "Jungen",
  "senior*innen": "Senior*innen",
  senioren: "Senior*innen",
  fachkräfte: "Fachkräfte",
  fachkraefte: "Fachkräfte",
  lehrkräfte: "Lehrkräfte",
  lehrkraefte: "Lehrkräfte",
  ehrenamtliche: "Ehrenamtliche",
};
const GROUP_WORDS = Object.keys(GROUPS)
  .map((w) => w.replace("*", "\\*"))
  .join("|");
const PEOPLE =
  "(?:tn|teilnehmende[n]?|teilnehmer(?:innen|\\*innen|:innen)?|personen|leute|gäste[n]?|gaeste[n]?|besucher(?:innen|\\*innen)?|besuchende[n]?)";

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

  scan.take(`${B}(?:mit\\s+)?(\\d{1,4})\\s*${PEOPLE}${E}`, (m) => {
    found.participants ??= Number(m[1]);
    return true;
  });

  scan.take(`${B}(?:mit\\s+)?(\\d{1,4})\\s+(${GROUP_WORDS})${E}`, (m) => {
    found.participants ??= Number(m[1]);
    addGroup(m[2] ?? "");
    return true;
  });

  return found;
}
