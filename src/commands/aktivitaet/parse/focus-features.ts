// What the learned focus model (focus-model.ts) reads of an entry: its folded words, the letter groups inside them
// (3–5 letters, so that a typo or an unseen compound still shares most of its parts with known words), the word
// pairs, the level and the partners' types. Shared by the model at run time and by its training script.
import type { Level, PartnerType } from "../../../store/index.js";
import { foldWord } from "./fold.js";

/** Bumped whenever the features change, so that a model trained on older features is noticed (focus-model.test). */
export const FEATURES_VERSION = 1;

/** Words that say nothing about the focus on their own; they still count inside word pairs. */
const FILLER = new Set([
  "der",
  "die",
  "das",
  "den",
  "dem",
  "des",
  "ein",
  "eine",
  "einer",
  "einem",
  "einen",
  "und",
  "mit",
  "im",
  "in",
  "am",
  "an",
  "zum",
  "zur",
  "fuer",
  "von",
  "vom",
  "zu",
  "bei",
  "beim",
  "auf",
  "aus",
  "ca",
  "uhr",
  "std",
]);

/**
 * Words for the form of the work, not its content: a talk, a meeting, its preparation. Alone, without a partner, they
 * name no focus (the corpora's talks are mostly with an institution, so the model would read cooperation into them).
 */
const GENERIC =
  /^(?:tel|telefon\w*|gespraech\w*|besprechung\w*|abstimmung\w*|absprache\w*|austausch|treffen|termin\w*|sitzung|mails?|emails?|rueckmeldung|anfrage|kontakt\w*|klaerung|vorbereitung|nachbereitung|orga|organisation|doku|dokumentation|buero\w*|verwaltung|recherche|team|teamsitzung|intern\w*)$/u;

export interface FeatureInput {
  title: string;
  level: Level;
  partnerTypes: PartnerType[];
  hasPartner?: boolean;
}

/** The folded words of a title, the gender sign joined ("Lesepat:innen" is one word), numbers left out. */
export function titleWords(title: string): string[] {
  return foldWord(title.replace(/(\p{L})[:*_/](in(?:nen)?)(?!\p{L})/gu, "$1$2"))
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !/^\d+$/.test(w));
}

/** Whether the entry says anything about its content beyond the form of the work (see GENERIC). */
export function saysWhat(input: FeatureInput): boolean {
  if (input.partnerTypes.length > 0 || input.hasPartner) return true;
  return titleWords(input.title).some((w) => !FILLER.has(w) && !GENERIC.test(w));
}

/** Every feature of one entry, each once (a word repeated adds nothing), in a fixed order. */
export function focusFeatures(input: FeatureInput): string[] {
  const words = titleWords(input.title);
  const out = new Set<string>();
  for (const w of words) {
    if (FILLER.has(w)) continue;
    out.add(`w:${w}`);
    const marked = `<${w}>`;
    for (let n = 3; n <= 5; n++)
      for (let k = 0; k + n <= marked.length; k++) out.add(`c:${marked.slice(k, k + n)}`);
  }
  for (let k = 0; k + 1 < words.length; k++) out.add(`b:${words[k]}_${words[k + 1]}`);
  out.add(`l:${input.level}`);
  for (const t of input.partnerTypes) out.add(`p:${t}`);
  if (input.partnerTypes.length === 0 && input.hasPartner) out.add("p:unknown");
  if (input.partnerTypes.length > 0 || input.hasPartner) out.add(`lp:${input.level}`);
  return [...out];
}
