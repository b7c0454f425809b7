// Ages next to a person ("Mädchen, 11 J.", "Junge (9)", "die Zehnjährige", "Alter: 9"): a client's age is a
// birth date in all but name. Split from numbers.ts, which reports them as one.

const L = "\\p{L}";

/** A child or client with an age: "Mädchen, 11 J.", "Junge (9)", "Sohn 8 Jahre", "8-jähriger Sohn", "14 Jahre alt". */
export const PERSON_WORD =
  "(?:m(?:ä|ae)dchen|junge|kind|sohn|tochter|bruder|schwester|jugendlicher?|sch(?:ü|ue)ler(?:in)?|klient(?:in)?|baby|enkel(?:in)?|neffe|nichte|pflegekind)";
export const AGE_AFTER_PERSON = new RegExp(
  `(?<![${L}])${PERSON_WORD}\\s*(?:,\\s*|\\(\\s*|\\s)(?:ca\\.\\s*)?\\d{1,2}\\s*(?:\\)|j\\.|jahre|jahren|jährig|jaehrig|j(?![${L}]))`,
  "iu",
);
/** Words for one person only, so that a bare number after a comma is an age: "Jugendlicher, 15, sucht …". */
export const ONE_PERSON =
  "(?:junge|kind|sohn|tochter|jugendlicher|sch(?:ü|ue)lerin|klient(?:in)?|baby|enkel(?:in)?|neffe|nichte|pflegekind|er|sie)";
/**
 * "Jugendlicher, 15, sucht", "ein Junge von 12 Jahren", "Kind ist 7 Jahre", "er ist erst 13", "Tochter wird
 * nächste Woche 6": an age (2 to 19) said of one person. Not after "am/um/bis/ab" ("sie ist am 10. da", "er
 * wird um 10 abgeholt"), and the number ends the phrase; "wurde 3." is a rank.
 */
export const AGE_OF_ONE = new RegExp(
  `(?<![${L}])${ONE_PERSON}(?:\\s*,\\s*\\d{1,2}\\s*[,;)]|\\s+von\\s+\\d{1,2}\\s+jahren|\\s+(?:ist|wird|war)\\s+(?:(?!am\\s|um\\s|bis\\s|ab\\s|seit\\s|den\\s|zum\\s)[${L}]+\\s+){0,3}(?:[2-9]|1\\d)(?![\\p{N}.:,/]\\d)(?:\\s*(?:jahre(?:\\s+alt)?|j\\.))?\\s*(?:[.,;!?)]|$|und\\s|geworden))`,
  "iu",
);
/** An age before "-jährig": "8", "8-", or spelled out up to nineteen ("achtjährige", "Zwölfjähriger"). */
export const AGE_NUMBER =
  "(?:\\d{1,2}-?|(?:ein|zwei|drei|vier|f(?:ü|ue)nf|sechs|sieben|acht|neun|zehn|elf|zw(?:ö|oe)lf|dreizehn|vierzehn|f(?:ü|ue)nfzehn|sechzehn|siebzehn|achtzehn|neunzehn)-?)";
/** "die 15jährige", "ein 8-Jähriger", "seine 12-jährige", "die Zehnjährige": an age used as the person. */
export const AGE_AS_PERSON = new RegExp(
  `(?<![${L}])(?:die|der|den|dem|des|ein|eine|einen|einem|einer|diese[rnms]?|seine[rnms]?|ihre[rnms]?|unsere[rnms]?)\\s+${AGE_NUMBER}j(?:ä|ae)hrige[rnms]?(?![${L}])`,
  "iu",
);
export const AGE_BEFORE_PERSON = new RegExp(
  `(?<![${L}\\p{N}])(?:${AGE_NUMBER}j(?:ä|ae)hrige[rnms]?|\\d{1,2}-?j\\.)\\s+${PERSON_WORD}`,
  "iu",
);
/** "Alter: 9", "Alter: 14 J." as a field of a note; "Alter: 6–10" is a target group. */
export const AGE_FIELD = /(?<![\p{L}])alter\s*:\s*\d{1,2}(?![\p{N}])(?!\s*(?:[-–]|bis|und)\s*\d)/iu;
export const YEARS_OLD = new RegExp(`(?<![${L}\\p{N}])\\d{1,2}\\s?(?:jahre|j\\.)\\s+alt(?![${L}])`, "iu");
