// People named in free text: full names, "Nachname, Vorname", "Fam. X", a kinship word with a name, a
// first name on its own (also in lower case), and a name with an age. Who is named but is no client
// (officials, institutions named after people, works, colleagues) is decided in not-clients.ts, colleagues
// by the team's roster in colleagues.ts and, without one, by the shape of a team message in team-messages.ts.

import { colleagueWords, type Roster } from "./colleagues.js";
import { COURTESY, FAMILY, KIN } from "./cues.js";
import {
  familyByInitial,
  familyReference,
  HOUSEHOLD_LOWER,
  kinByLowerCaseName,
  lowerSurnameAfterDen,
  parentShorthandName,
  pluralSurname,
  surnameBeforeChildren,
} from "./households.js";
import type { PersonalDataHit } from "./index.js";
import { kinshipWithName } from "./kinship.js";
import { isFirstName, isSurname, isSurnameFolded } from "./names.js";
import {
  aboutAWork,
  afterSaint,
  courtesyForInstitution,
  FICTION,
  familyInATitle,
  INSTITUTION,
  inCharge,
  inInstitutionCompound,
  inMaxUndMoritz,
  institutional,
  isRole,
  nearInstitution,
  nearRole,
  ORG_AFTER,
  orgInBrackets,
  PARTY_AFTER,
  PROTOCOL,
  salutation,
  teamTalkSpans,
} from "./not-clients.js";
import { hasClientCue } from "./numbers.js";
import {
  AGE_AFTER,
  CASE_WORK,
  CHILD,
  CONJUNCTION_ABBR,
  capitalisedNotNoun,
  FUNCTION_WORDS,
  familiesOfAKind,
  fridayNotFrau,
  householdName,
  inADate,
  initialsOfPeople,
  isInitial,
  LETTERED,
  LOWER_CASE_WORDS,
  lowerNameAfterCourtesy,
  lowerNameWithAge,
  MONTHS_AND_DAYS,
  maxOrMin,
  NOT_A_NAME,
  NOT_AFTER_CUE,
  NOUN_ENDING,
  nameAfterCue,
  ONE_CLIENT,
  PERSON_CONTEXT,
  parentName,
  plainName,
  possessor,
  SIGN_OFF_WORD,
  surnameEndingTheText,
  surnameLike,
  unknownName,
  unknownWithAge,
  verbAfterSubject,
} from "./people-words.js";
import { teamMessageNames } from "./team-messages.js";
import { ABOUT_SOMEONE, unknownPerson, withSchoolClass } from "./unknown-names.js";
import { CLAUSE_BREAK, type Word, wordsOf } from "./words.js";

export function findNames(text: string, roster?: Roster): PersonalDataHit[] {
  const words = wordsOf(text);
  // A colleague by the team's roster, named with no client cue: "Übergabe an Jana", "Frau Schöller übernimmt".
  const colleague = colleagueWords(words, text, roster);
  // Not where a client is in view: "Rama, Yara und Omar …, Anmeldung über die Mutter" are children.
  const clientInView = () => hasClientCue(text);
  // Typed all in lower case, in a hurry: there a name on the lists is one wherever it stands.
  const allLowerCase = !/\p{Lu}/u.test(text);
  const spans = clientInView() ? [] : teamTalkSpans(text);
  const inList = (w: Word) => spans.some(([a, b]) => w.index >= a && w.index < b);
  // A colleague on the attendance list stays one later in the text: "anwesend Aylin, Tobias … Protokoll: Tobias."
  const listed = new Set(words.filter(inList).map((w) => w.folded));
  // A team message with no client in view: its greeting, sign-off, tasks and the team's own matters name colleagues.
  const teamNames =
    clientInView() || words.some((x) => KIN.has(x.folded))
      ? new Set<number>()
      : teamMessageNames(words, text);
  const teamAt = new Set([...teamNames].map((k) => words[k]?.index));
  const inTeamTalk = (w: Word) => inList(w) || listed.has(w.folded) || teamAt.has(w.index);
  const protocol = PROTOCOL.test(text) && !clientInView();
  const hits: PersonalDataHit[] = [];
  /** Names after "Frau"/"Herr" that the courtesy word's check let pass. */
  const excused = new Set<number>();
  const add = (kind: PersonalDataHit["kind"], strength: PersonalDataHit["strength"]) => {
    const same = hits.find((h) => h.kind === kind);
    if (!same) hits.push({ kind, strength });
    else if (strength === "strong") same.strength = "strong";
  };
  for (const [i, w] of words.entries()) {
    const next = words[i + 1];
    const prev = words[i - 1];
    if (inInstitutionCompound(w) || inADate(text, w) || excused.has(i) || colleague.has(i)) continue;
    if (COURTESY.has(w.folded) && colleague.has(i + 1)) continue;

    if (
      familyReference(words, i, householdName, (x) => Boolean(x && unknownName(x)), NOT_AFTER_CUE) ||
      ((FAMILY.has(w.folded) || HOUSEHOLD_LOWER.has(w.folded)) &&
        kinByLowerCaseName(words, i, NOT_AFTER_CUE, allLowerCase)) ||
      // "nachbarin von fam. reuter": the abbreviation names nothing but a family, so any word after it is its name.
      (w.folded === "fam" && !w.after.includes("-") && lowerNameAfterCourtesy(next)) ||
      familyByInitial(words, i) ||
      lowerSurnameAfterDen(words, i, (x) =>
        Boolean(x && (FUNCTION_WORDS.has(x.folded) || NOT_A_NAME.has(x.folded))),
      ) ||
      surnameBeforeChildren(words, i, surnameLike)
    ) {
      add("family", "strong");
      continue;
    }
    if (parentShorthandName(words, i, parentName, lowerNameAfterCourtesy)) {
      add("kinship", "strong");
      continue;
    }
    // The name follows the family word directly: "max. 12 Familien, Treffpunkt …" names nobody, nor does
    // the compound "Fam.-Ausflug".
    if (
      FAMILY.has(w.folded) &&
      next &&
      // "60 Familien @Nordstadt", "Fachbereich Familie +Elternverein": a district or partner of the quick entry; a
      // line ends a partner's name ("VHS Fachbereich Familie\nElternverein …").
      !/[,;:!?)@#+\n-]/u.test(w.after) &&
      // "Familien (Murat: Türkisch, …)": a colleague named after the word, with no tie to a client.
      !colleague.has(i + 1) &&
      (nameAfterCue(next) || surnameEndingTheText(next)) &&
      !institutional(next) &&
      !familiesOfAKind(w, next, words[i + 2]) &&
      !nearRole(words, i + 1) &&
      !aboutAWork(words, i) &&
      !familyInATitle(words, i)
    ) {
      add("family", "strong");
      continue;
    }
    // "Tochter Emma", "KM frau sahin", "die Tante, Frau Bielecka", "pflegeeltern weber".
    const kin = kinshipWithName(words, i, allLowerCase);
    if (kin === "named") add("kinship", "strong");
    if (kin === "named" || kin === "kinship word") continue;
    // "Klientin Senait", "Schüler Dawit", "Vorname: Ayaan": a word for one client, then a name no list knows.
    if (ONE_CLIENT.has(w.folded) && next && !/[,;!?()-]/u.test(w.after) && unknownName(next)) {
      add("name", "strong");
      continue;
    }
    // "von Merhawi T.", "mit Dawit Haile" after "Fall von": a name no list knows, marked as one by an initial or
    // by a second such word after a word that introduces a person.
    if (
      prev &&
      PERSON_CONTEXT.has(prev.folded) &&
      w.text.length >= 4 &&
      (unknownName(w) || (capitalisedNotNoun(w) && isInitial(next) && !LETTERED.has(w.folded))) &&
      // The initial right after the name: in "für Kinder (6 J.)" the "J." abbreviates the years.
      /^\s+$/u.test(w.after) &&
      !nearInstitution(words, i) &&
      !nearRole(words, i) &&
      !CLAUSE_BREAK.test(w.after) &&
      (isInitial(next) ||
        (prev.folded === "von" && words[i - 2]?.folded === "fall" && capitalisedNotNoun(next)))
    ) {
      add("name", "strong");
      continue;
    }
    // "Haben T. (17)": a capitalised word, an initial and an age are a young person's first name, whatever the
    // word also means; "Gruppe B. (12)" labels a group.
    if (
      w.cap &&
      isInitial(next) &&
      /^\s+$/u.test(w.after) &&
      AGE_AFTER.test(`${next?.after ?? ""}${words[i + 2]?.text ?? ""}`) &&
      !LETTERED.has(w.folded) &&
      !isRole(w) &&
      !institutional(w)
    ) {
      add("birthdate", "strong");
      continue;
    }
    if (initialsOfPeople(words, i)) {
      add("name", "strong");
      continue;
    }
    // "Senait, 6 J.", "mit Dawit (7)": a capitalised word the lists do not know, with an age, is a child.
    if (unknownWithAge(words, i, clientInView) || lowerNameWithAge(words, i)) {
      add("birthdate", "strong");
      continue;
    }
    if (pluralSurname(words, i, FUNCTION_WORDS)) {
      add("family", "strong");
      continue;
    }
    // "Lenas Mutter", "Jonas' Vater", hurried "lenas mama".
    if (next && KIN.has(next.folded) && /(?:s|['’])$/u.test(w.text) && plainName(possessor(w), true)) {
      add("kinship", "strong");
      continue;
    }
    if (
      COURTESY.has(w.folded) &&
      next &&
      !fridayNotFrau(w, next) &&
      (nameAfterCue(next) || (lowerNameAfterCourtesy(next) && !verbAfterSubject(words, i)))
    ) {
      if (
        !nearRole(words, i + 1) &&
        !FICTION.has(next.folded) &&
        !PARTY_AFTER.test(next.after + (words[i + 2]?.text ?? "")) &&
        !ORG_AFTER.test(next.after + (words[i + 2]?.text ?? "") + (words[i + 2]?.after ?? "")) &&
        !orgInBrackets(next, words[i + 2]) &&
        !(courtesyForInstitution(words, i) && !clientInView()) &&
        !(salutation(words, i) && !clientInView() && !words.some((x) => KIN.has(x.folded)))
      ) {
        add("name", "weak");
        continue;
      }
      // Excused with its courtesy word ("Liebe Frau Kaya,"): the name is not judged again as a first name alone.
      excused.add(i + 1);
      continue;
    }
    // "Müller, Anna" / "Kowalski, Zofia". A word the surname list does not know counts only when the pair
    // stands alone as an entry ("Brzęczyszczykiewicz, Zofia."); otherwise it is mostly a capitalised
    // noun in a list ("… das Elterncafé, Natalia den Mädchentreff").
    const pairStandsAlone = () => !words[i + 2] || /[,;.:()\n]/u.test(next?.after ?? "");
    // "Jonas, Melanie, Tobias" / "Lea, Jonas und ich": first names in a list, not surname and first name.
    const firstNameList = () =>
      isFirstName(w.text) && (/^\s*,\s*$/u.test(next?.after ?? "") || words[i + 2]?.folded === "und");
    if (
      w.cap &&
      w.after.trim() === "," &&
      next &&
      plainName(next, false) &&
      // "Sveta: Russisch, Hakan: …", "Viele Grüße, Tobias": a language or a greeting before the comma, no surname.
      !NOT_A_NAME.has(w.folded) &&
      !SIGN_OFF_WORD.test(w.folded) &&
      !firstNameList() &&
      !institutional(w) &&
      (isSurname(w.text) || (!isFirstName(w.text) && pairStandsAlone()))
    ) {
      if (!nearRole(words, i)) add("name", "strong");
      continue;
    }
    // "Hilfeplan Dawit (7)": a name the lists do not know, but a case-work word before and an age after.
    if (
      w.cap &&
      prev &&
      CASE_WORK.has(prev.folded) &&
      !isRole(w) &&
      !INSTITUTION.has(w.folded) &&
      AGE_AFTER.test(w.after + (next?.text ?? ""))
    ) {
      add("birthdate", "strong");
      continue;
    }
    // "Begleitung Kacper Nowak": after a case-work word, a capitalised word (also one the first-name lists do
    // not know) followed by a known surname is a person, unless its ending makes it a German noun ("Beratung Erziehung Koch").
    if (
      w.cap &&
      prev &&
      CASE_WORK.has(prev.folded) &&
      surnameLike(next) &&
      !isRole(w) &&
      !institutional(w) &&
      !NOUN_ENDING.test(w.folded) &&
      !/^\p{Lu}{2,}/u.test(w.text)
    ) {
      add("name", "strong");
      continue;
    }
    // "yilmaz emre", "Nowak Kacper": surname first, as files and forms list people, in any case.
    if (
      next &&
      w.cap === next.cap &&
      w.text.length >= 3 &&
      isSurnameFolded(w.folded) &&
      // "Kita" is a Polish surname too, but "Kita Anna Freud" names a nursery.
      !institutional(w) &&
      !FUNCTION_WORDS.has(w.folded) &&
      !NOT_A_NAME.has(w.folded) &&
      !MONTHS_AND_DAYS.has(w.folded) &&
      !/^\p{Lu}{2,}$/u.test(w.text) &&
      !w.text.endsWith(".") &&
      !/[,;:!?()]/u.test(w.after) &&
      plainName(next, true) &&
      !FUNCTION_WORDS.has(next.folded) &&
      !nearInstitution(words, i) &&
      !nearRole(words, i) &&
      !aboutAWork(words, i)
    ) {
      add("name", "strong");
      continue;
    }
    // A first name in lower case counts where a person is meant: after "mit", "für", … or opening a clause.
    const clauseStart = !prev || /[.,;:!?()]\s*$/u.test(prev.after);
    // "mit malte h.": an initial after it makes a listed word that is also a German word ("malte") the name.
    const withInitial =
      Boolean(next && /^\p{L}\.$/u.test(next.text) && !CONJUNCTION_ABBR.test(next.text)) &&
      /^\s+$/u.test(w.after);
    const lowerName =
      plainName(w, true) &&
      (!LOWER_CASE_WORDS.has(w.folded) ||
        (withInitial && Boolean(prev && PERSON_CONTEXT.has(prev.folded)))) &&
      (allLowerCase ||
        clauseStart ||
        AGE_AFTER.test(w.after + (next?.text ?? "")) ||
        Boolean(
          prev &&
            (PERSON_CONTEXT.has(prev.folded) ||
              CASE_WORK.has(prev.folded) ||
              CHILD.has(prev.folded) ||
              // "gespräch lea-sophie", "helferrunde jonas": the meeting is about the one named after it.
              (ABOUT_SOMEONE.test(prev.folded) && !CLAUSE_BREAK.test(prev.after))),
        ));
    if (!plainName(w, false) && !lowerName) {
      // A pupil with their class is one even in team talk ("brandl (7b) häufig abwesend").
      const unknown = inTeamTalk(w) && !withSchoolClass(words, i) ? undefined : unknownPerson(words, i);
      if (unknown) add(unknown.kind, unknown.strength);
      continue;
    }
    if (maxOrMin(w, next)) continue;
    if (PARTY_AFTER.test(w.after + (next?.text ?? "")) || PARTY_AFTER.test(next?.after ?? "")) continue;
    // A name with an age is a child even next to an institution or after a role: "Mädchentreff Aylin (13)",
    // "Sprecherin ist jetzt Hanna Weber (15)"; the age may follow the surname.
    const withAge =
      AGE_AFTER.test(w.after + (next?.text ?? "")) ||
      Boolean(
        next &&
          /^\s+$/u.test(w.after) &&
          surnameLike(next) &&
          AGE_AFTER.test(next.after + (words[i + 2]?.text ?? "")),
      );
    if (!withAge && (nearInstitution(words, i) || nearRole(words, i))) continue;
    if ([words[i - 2], prev, next, words[i + 2]].some((x) => x && FICTION.has(x.folded))) continue;
    if (inMaxUndMoritz(words, i)) continue;
    if (afterSaint(words, i) || aboutAWork(words, i)) continue;
    if (withAge) {
      add("birthdate", "strong");
      continue;
    }
    // "Anna Müller", "Yusuf D.", "sophie m.", "yazan al-hamwi".
    // Not a function word: "Natalia den Mädchentreff" — "den" is a surname somewhere, but an article here.
    const lowerSurname =
      next &&
      !next.cap &&
      !FUNCTION_WORDS.has(next.folded) &&
      (isSurname(next.text) || /^(?:al|el|abu|ibn|bin)-/u.test(next.text));
    // …with nothing between them: "Lea, Jonas" is two people, not first name and surname.
    if (
      next &&
      !CLAUSE_BREAK.test(w.after) &&
      (surnameLike(next) ||
        lowerSurname ||
        (isInitial({ ...next, text: next.text.toUpperCase() }) &&
          !next.cap &&
          !CONJUNCTION_ABBR.test(next.text)))
    ) {
      if (!nearRole(words, i + 1)) add("name", "strong");
      continue;
    }
    if (ORG_AFTER.test(w.after + (next?.text ?? "") + (next?.after ?? "")) || orgInBrackets(w, next))
      continue;
    if (inTeamTalk(w) || (protocol && inCharge(prev, w))) continue;
    add("name", "weak");
  }
  return hits;
}
