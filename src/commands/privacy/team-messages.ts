// Team messages without a roster: who is greeted, who signs, who takes on a task and who is named in the team's own
// matters (holiday plans, stand-ins, training) are colleagues or partners, where no client is in view. With the
// team's roster (colleagues.ts) the same names are known by themselves; these shapes serve a team without one.

import { COURTESY } from "./cues.js";
import { set, type Word } from "./words.js";

/** Greetings that open a message to a colleague or a partner: "Hallo Jens,", "Moin Svetlana,", "Liebe Anke,". */
const GREETING = set("hallo hi hey moin servus liebe lieber tag");
/** Sign-offs before the writer's name at the end: "Viele Grüße, Tobias", "Gruß Meike", "LG Jana", "Danke, Petra". */
const SIGN_OFF =
  /(?<![\p{L}])(?:gr(?:ü|u|ue)(?:ß|ss)e?|gr(?:ü|ue)(?:ß|ss)en|lg|vg|mfg|danke|dank)(?![\p{L}])[\s,!.]*$/iu;
/**
 * The team's own matters: holiday plans and stand-ins, training, supervision, the duty roster, the team's budgets
 * ("Fortbildungsbudget"), a team meeting's participants ("Teamsitzung mit …"). Holidays alone are no such cue:
 * families go on holiday too; nor is a "persönliches Budget", which a client is granted, nor a hand-over written "für
 * die Vertretung", which is about the cases.
 */
const STAFFING =
  /(?:urlaubsplan|(?<!(?:f(?:ü|ue)r|an)\s+die\s+)vertretung|fortbildung|supervision|dienstplan|(?:ü|ue)berstunden|\p{L}+budget|(?<!pers(?:ö|oe)nliches\s)budget\s*:|klausur|(?:team\p{L}*|dienstbesprechung)\s+mit\s)/iu;
/** A message to an office or a team, addressed in the plural: "könnt ihr …", "habt ihr …", "bei euch". */
const TO_A_TEAM = /(?<![\p{L}])(?:ihr|euch|eure[rnms]?)(?![\p{L}])/u;
/** "Kaffee organisiert Ömer": a task, then who takes it on. */
const TASK_VERB = set("organisiert uebernimmt moderiert koordiniert protokolliert leitet");
/** Words after which a name is the one spoken about, even in the team's own matters: "Vertretung für Leon". */
const ABOUT = set("fuer wegen ueber thema zu von");
/** A sentence: ended by "!", "?", ";", a line or a full stop before a capital (not the dot of a date: "ab 22.12. weg"). */
const SENTENCE = /[!?;\n]|\.\s+(?=\p{Lu})/gu;

/**
 * Names of colleagues and partners by the shape of a team message, for a text with no client in view (the caller
 * checks): the addressee after its greeting at the start ("Moin Jens, …"), the writer after the sign-off at the end
 * ("… Gruß Meike"), who takes on a task ("Kaffee organisiert Ömer"), and the names in a sentence about the team's
 * own matters ("Urlaubsplanung, Birgit ist ab 22.12. weg, Vertretung Deniz"). The indexes of those words.
 */
export function teamMessageNames(words: Word[], text: string): Set<number> {
  const found = new Set<number>();
  const n = words.length;
  const signed = [1, 2].some((take) => {
    const first = words[n - take];
    return Boolean(first && n - take >= 1 && SIGN_OFF.test(text.slice(0, first.index)));
  });
  // "Hallo Jens," / "Guten Tag Jens,": one or two name words, then the comma. Only in a signed message or one to an
  // office or a team ("könnt ihr …"): "Hallo Leon, dein Termin …" may be written to a client.
  const start = words[0]?.folded === "guten" ? 1 : 0;
  if (
    (signed || TO_A_TEAM.test(text)) &&
    GREETING.has(words[start]?.folded ?? "") &&
    !COURTESY.has(words[start + 1]?.folded ?? "")
  )
    for (let k = start + 1; k <= start + 2; k++) {
      if (!words[k] || /[.;:!?]/u.test(words[k - 1]?.after ?? "")) break;
      found.add(k);
      if (/^\s*,/u.test(words[k]?.after ?? "")) break;
      if (k === start + 2) found.clear();
    }
  // The writer's name: the last one or two words, right after a sign-off.
  for (const take of [1, 2]) {
    const first = words[n - take];
    if (!first || n - take < 1) continue;
    if (SIGN_OFF.test(text.slice(0, first.index)) && /^[\s.!]*$/u.test(words[n - 1]?.after ?? ""))
      for (let k = n - take; k < n; k++) found.add(k);
  }
  for (const [i, w] of words.entries()) {
    const prev = words[i - 1];
    if (prev && TASK_VERB.has(prev.folded) && /^\s+$/u.test(prev.after) && /^\s*(?:[,.;!]|$)/u.test(w.after))
      found.add(i);
  }
  // The team's own matters, sentence by sentence.
  const ends = [...text.matchAll(SENTENCE)].map((m) => m.index ?? 0);
  for (const [k, end] of [...ends, text.length].entries()) {
    const from = k === 0 ? 0 : (ends[k - 1] as number);
    if (!STAFFING.test(text.slice(from, end))) continue;
    for (const [i, w] of words.entries()) {
      if (w.index < from || w.index >= end) continue;
      const prev = words[i - 1];
      if (prev && (ABOUT.has(prev.folded) || prev.folded.startsWith("fall"))) continue;
      found.add(i);
    }
  }
  return found;
}
