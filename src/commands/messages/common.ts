// German texts shared by all command families.
import type { PersonalDataKind } from "../privacy/index.js";
import { hours } from "./format.js";

export const common = {
  unknownCommand: (name: string) =>
    `Den Befehl „${name}“ kenne ich nicht. Schreib „hilfe“, dann zeige ich dir, was geht.`,
  // Any part of the command may have run before this, so it promises nothing about what was saved.
  unexpectedError: "Da ist bei mir etwas schiefgegangen. Bitte versuch es gleich noch einmal.",
  /** The database could not be reached before the command started: nothing of it ran. */
  databaseUnavailable:
    "Die Datenbank ist gerade nicht erreichbar. Es wurde nichts gespeichert. Bitte versuch es in ein paar Minuten noch einmal.",
  /** The connection ended while the command ran: a write may have landed. */
  outcomeUnknown:
    "Die Verbindung zur Datenbank ist abgebrochen. Ob deine Eingabe schon gespeichert wurde, kann ich nicht sicher sagen – bitte schau nach (Aktivitäten mit „aktivitaet liste“), bevor du sie noch einmal eingibst.",
  /** Turned away by the admission gate before anything ran. */
  busy: "Gerade kommen sehr viele Eingaben auf einmal an. Deine Eingabe habe ich nicht gespeichert – bitte schick sie in einer Minute noch einmal.",
  unknownAction: "Diese Schaltfläche ist nicht mehr gültig. Bitte starte den Befehl neu.",
  leadsOnly: "Das dürfen nur Teamleitungen und Admins.",
  /** Stands for text its author saved despite a privacy hint, wherever others could read it. */
  hiddenText: "(vertraulicher Text ausgeblendet)",
  adminsOnly: "Das dürfen nur Admins.",
  save: "Speichern",
  edit: "Bearbeiten",
  discard: "Verwerfen",
  cancel: "Abbrechen",
  next: "Weiter",
  back: "Zurück",
  later: "Später fortsetzen",
  yes: "Ja",
  no: "Nein",
  morePages: (page: number, pages: number) => `Seite ${page} von ${pages}`,
  nextPage: "Weitere anzeigen",
  previousPage: "Zurück",
  truncated: (shown: number, total: number) => `… ${total - shown} weitere nicht angezeigt.`,
  hours,
  privacyField: (what: string) =>
    `Das sieht nach personenbezogenen Daten aus (${what}). Bitte entferne sie – Daten von Kindern, Jugendlichen oder Familien gehören nicht in den Assistenten.`,
  privacyKinds: {
    email: "E-Mail-Adresse",
    phone: "Telefonnummer",
    birthdate: "Geburtsdatum oder Alter",
    name: "Name einer Person",
    family: "Familienname",
    kinship: "Familienmitglied mit Namen",
    address: "Adresse",
    iban: "Kontonummer (IBAN)",
    insurance: "Versicherungsnummer",
    file_number: "Aktenzeichen",
  } satisfies Record<PersonalDataKind, string>,
} as const;
