// The shapes of contact data: e-mail addresses (also spelled out to dodge spam filters), which mailboxes belong
// to nobody in particular, and phone numbers. Split from numbers.ts, which decides with these whose they are.

import { isFirstName } from "./names.js";

export const EMAIL = /([\p{L}\p{N}._%+-]+)@([\p{L}\p{N}.-]+\.[\p{L}]{2,})/gu;
/** A cheap first look, so the costly pattern below runs only on the rare text that spells out "at". */
export const SPELLED_AT = /\(at\)|\[at\]|\{at\}|\s(?:at|ät)\s/iu;
/** An address typed to dodge spam filters: "ionut.marin (at) yahoo.com", "lena[at]web[dot]de". */
export const OBFUSCATED_EMAIL =
  /([\p{L}\p{N}._%+-]+)\s*(?:\(at\)|\[at\]|\{at\}|\s(?:at|ät)\s)\s*[\p{L}\p{N}-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\spunkt\s)\s*[\p{L}\p{N}-]+)*\s*(?:\.|\(dot\)|\[dot\]|\spunkt\s)\s*(?:de|com|net|org|eu|at|ch|info|tr|pl|ro)(?![\p{L}])/giu;
/** Functional mailboxes of institutions (sekretariat@…, info@…) belong to nobody in particular. */
const FUNCTIONAL_MAILBOX =
  /^(?:info|kontakt|sekretariat|office|post|poststelle|buero|büro|verwaltung|schulleitung|team|kita|hort|mail|service|anmeldung|beratung|jugendamt|stadtteilbuero|stadtteilbüro|rathaus|presse|hallo|jmd|asd|schule|schulsozialarbeit)$/i;
/**
 * Mailboxes named after an organisational unit, also in compounds ("geschaeftsstelle@", "kita-leitung@",
 * "jugendbuero@"): the unit word ends the local part, so no person's name can be in front of it alone.
 */
const UNIT_MAILBOX =
  /^[a-zäöü]*[-_.]?(?:stelle|leitung|b(?:ue|ü)ro|sekretariat|verwaltung|vorstand|zentrale|redaktion|gesch(?:ae|ä)ftsf(?:ue|ü)hrung|orga|planung|anmeldung|beratung|kontakt|info|team|service|presse|verein|verband)$/i;

/** +49 171 2345678, 0171/234 56 78, (0711) 12 34 56, 0 171-23 45 67: a leading + or 0, then 7–14 digits in any spacing. */
export const PHONE =
  /(?<![\p{L}\p{N}.,:/-])(?:\+\s?\d{1,3}(?:\s?\(0\))?|\(?0\s?\d)(?:[\s/().-]{0,3}\d){6,14}(?![\p{N}]|[.,:]\d)/gu;

/**
 * Mailboxes of a working group or committee ("ak-jugend@", "netzwerk-kinderschutz@", "verteiler-ag@"): a list of
 * its members, not one person's.
 */
const GROUP_MAILBOX =
  /^(?:ak|ag|netzwerk|verteiler|arbeitskreis|runder-?tisch|gremium|stadtteilrunde|steuerungskreis|beirat|elternbeirat|jugendbeirat)(?:[-_.][\p{L}\p{N}-]*)?$|[-_.](?:verteiler|netzwerk|ak|ag)$/iu;
/**
 * Domains of public bodies (the city, the district, a municipality): whoever writes from there writes in office,
 * like an official named in their role ("ag-spielplatz@stadt-musterhausen.de", "m.weber@landkreis-beispiel.de").
 */
const PUBLIC_DOMAIN = /^(?:[\p{L}\p{N}-]+\.)*(?:stadt|landkreis|kreis|gemeinde|bezirksamt|rathaus)[-.]/iu;

/**
 * A site of an organisation, by its abbreviation and its district: "ehs-nord@", "asd.mitte@", "jmd-sued@". An
 * abbreviation is no person's name, nor a district.
 */
const SITE_MAILBOX =
  /^[a-z]{2,5}[-_.](?:nord|s(?:ü|ue|u)d|ost|west|mitte|nordost|nordwest|s(?:ü|ue|u)dost|s(?:ü|ue|u)dwest|zentrum|stadt)$/iu;
const noFirstName = (local: string) => !isFirstName(local.split(/[-_.]/u)[0] ?? "");

/** A mailbox no client is reached by: an institution's function or unit, a group's list, a public body's domain. */
export const mailboxOfNobody = (local: string, domain: string): boolean =>
  (SITE_MAILBOX.test(local) && noFirstName(local)) ||
  FUNCTIONAL_MAILBOX.test(local) ||
  UNIT_MAILBOX.test(local) ||
  GROUP_MAILBOX.test(local) ||
  PUBLIC_DOMAIN.test(domain);

export function digitsOf(value: string): string {
  return value.replace(/\D/g, "");
}

/** Not a phone number: a time range (10:15–12:00), a date, a sum, or a time given as digits. */
export function plausiblePhone(match: string): boolean {
  const digits = digitsOf(match);
  if (digits.length < 7 || digits.length > 16) return false;
  // Nationwide service numbers (0800 free call, 0180 shared cost, 0900, 0700 personal vanity numbers are
  // rare in these texts): hotlines and helplines that are handed out, never a family's line.
  const national = match.trim().startsWith("+49") ? `0${digits.slice(2)}` : digits;
  if (/^0(?:800|180|900)/.test(national)) return false;
  if (/\d{1,2}[:.]\d{2}\s*[–-]\s*\d{1,2}[:.]\d{2}/.test(match)) return false;
  if (/^\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4})?/.test(match.trim())) return false;
  return true;
}
