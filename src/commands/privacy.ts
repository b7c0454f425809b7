// The personal-data guard: finds text that looks like client data (e-mail, phone, date of birth, "Nachname, Vorname", street address).

export type PersonalDataKind = "email" | "phone" | "birthdate" | "name" | "address";

export interface PersonalDataHit {
  kind: PersonalDataKind;
  /**
   * strong: almost surely personal (e-mail, phone, date of birth) — must be changed.
   * weak: may also be a public place or an institution — the author may confirm it is none.
   */
  strength: "strong" | "weak";
}

export interface GuardOptions {
  /** Full dates this many years or more before the reference year read as a date of birth. */
  referenceYear?: number;
}

const L = "\\p{L}";
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
/** +49 171 1234567, 0171/1234567, (0711) 12 34 56, 0711-123456: a leading + or 0 and 7+ digits. */
const PHONE =
  /(?<![\p{L}\p{N}.,:])(?:\+\d{1,3}[\s/-]?(?:\(0\)\s?)?|\(?0)\d{1,5}\)?(?:[\s/-]?\d){5,12}(?![\p{N}]|[.,:]\d)/u;
const BIRTH_MARKER =
  /(?<![\p{L}])(?:geb\.|geboren|geburtsdatum|geb\.?-?dat(?:um)?\.?|geburtstag|jahrgang|\*)\s*(?:am\s+)?(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}|\d{1,2}\.\s*\p{L}+\s+\d{4})/iu;
const FULL_DATE = /(?<![\p{N}.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?![\p{N}])/gu;
const AGE =
  /(?<![\p{L}\p{N}])\d{1,2}\s?(?:jahre|jährige[rn]?|jaehrige[rn]?|j\.)\s+alt(?![\p{L}])|(?<![\p{L}\p{N}])\d{1,2}-?jährige[rn]?\s+(?:sohn|tochter|kind|klient(?:in)?)/iu;
const STREET_SUFFIX =
  "(?:straße|strasse|str\\.|weg|gasse|allee|platz|ring|damm|ufer|steig|pfad|chaussee|markt|hof)";
const NOT_A_PLACE =
  "(?!(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende|januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|vormittag|nachmittag|abend|morgen)(?![\\p{L}]))";
const NOT_A_UNIT =
  "(?!\\s*(?:h(?![\\p{L}])|tn(?![\\p{L}])|std|stunde|min|uhr|teilnehm|person|jahr|kind|eltern|mal(?![\\p{L}])))";
const ADDRESS = new RegExp(
  `(?<![${L}])(?:[${L}][${L}-]*${STREET_SUFFIX}|(?:am|an der|im|in der|auf der)\\s+${NOT_A_PLACE}[${L}]+(?:\\s+${NOT_A_PLACE}[${L}]+)?)\\s+\\d{1,4}${NOT_A_UNIT}\\s?[a-h]?(?![\\p{L}\\p{N}.:])`,
  "iu",
);
const POSTCODE_CITY = new RegExp(`(?<![\\p{N}])\\d{5}\\s+[${"\\p{Lu}"}][${L}]+`, "u");

/** Common German first names (and spellings) for the "Nachname, Vorname" pattern. */
const FIRST_NAMES = new Set(
  (
    "anna maria marie sophie sofia emma mia hannah hanna lena lea leonie laura lara julia lisa sarah sara " +
    "johanna katharina elena emilia ella clara klara amelie luisa louisa nele jana jasmin jessica nina " +
    "sabine petra andrea claudia monika susanne stefanie christina melanie nicole sandra tanja anja " +
    "ayşe ayse fatma elif zeynep meryem aleyna yasmin amira leyla esra merve natalia olga svetlana " +
    "alexander maximilian max paul leon lukas luca finn felix jonas elias noah ben luis louis tim tom " +
    "jan niklas nico moritz julian david simon philipp tobias florian daniel michael thomas andreas " +
    "stefan markus christian peter frank jürgen juergen klaus wolfgang uwe martin sebastian kevin dennis " +
    "mehmet mustafa ahmet ali emre yusuf can deniz omar mohammed muhammad ahmad hassan ibrahim ivan " +
    "dmitri sergej kai tim lina ida mila emil anton oskar theo karl carl fritz hans heinz helga ursula"
  ).split(/\s+/),
);

/** "Müller, Anna" / "Anna Müller (geb. …)": a capitalised word, a comma, then a known first name. */
function looksLikeName(text: string): boolean {
  const re = /(?<![\p{L}])(\p{Lu}[\p{Ll}ß'-]+),\s*(\p{Lu}[\p{Ll}ß'-]+)(?![\p{L}])/gu;
  for (const m of text.matchAll(re)) {
    if (FIRST_NAMES.has((m[2] ?? "").toLowerCase())) return true;
  }
  // "Frau Schmidt", "Familie Yilmaz", "Klientin Meier": a title word before a capitalised surname.
  return /(?<![\p{L}])(?:[Ff]rau|[Hh]errn?|[Ff]amilie|[Ff]am\.|[Kk]lient(?:in)?|[Mm]utter|[Vv]ater)\s+\p{Lu}[\p{Ll}ß'-]+/u.test(
    text,
  );
}

function oldFullDate(text: string, referenceYear?: number): boolean {
  if (referenceYear === undefined) return false;
  for (const m of text.matchAll(FULL_DATE)) {
    const year = Number(m[3]);
    if (year >= 1900 && year <= referenceYear - 3) return true;
  }
  return false;
}

/** What in `text` looks like personal data; empty when nothing does. Pure, never throws. */
export function findPersonalData(text: string, options: GuardOptions = {}): PersonalDataHit[] {
  if (!text) return [];
  const value = text.normalize("NFC");
  const hits: PersonalDataHit[] = [];
  const add = (kind: PersonalDataKind, strength: PersonalDataHit["strength"]) => {
    if (!hits.some((h) => h.kind === kind)) hits.push({ kind, strength });
  };
  if (EMAIL.test(value)) add("email", "strong");
  if (PHONE.test(value)) add("phone", "strong");
  if (BIRTH_MARKER.test(value) || AGE.test(value) || oldFullDate(value, options.referenceYear))
    add("birthdate", "strong");
  if (looksLikeName(value)) add("name", "weak");
  if (ADDRESS.test(value) || POSTCODE_CITY.test(value)) add("address", "weak");
  return hits;
}

/** Hits across several fields, keyed by field; only fields with hits appear. */
export function findPersonalDataIn(
  fields: Record<string, string | string[] | undefined>,
  options: GuardOptions = {},
): Record<string, PersonalDataHit[]> {
  const result: Record<string, PersonalDataHit[]> = {};
  for (const [key, raw] of Object.entries(fields)) {
    const value = Array.isArray(raw) ? raw.join("\n") : (raw ?? "");
    const hits = findPersonalData(value, options);
    if (hits.length > 0) result[key] = hits;
  }
  return result;
}

export const onlyWeak = (hits: PersonalDataHit[]) => hits.every((h) => h.strength === "weak");
