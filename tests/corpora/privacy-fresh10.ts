/**
 * Tenth fresh corpus for the privacy guard, written blind on 2026-12-04 by the helper `fresh10`: without
 * sight of the guard (src/, in particular src/commands/privacy) and without reading the cases of any other
 * corpus — only the header comment of privacy-fresh9.ts (its rules and readings), the `PrivacyCase` type and
 * header of privacy-holdout.ts, the guideline on social-space work of the Erziehungshilfestationen (seed
 * 000_fcdf2c560d26c73e.txt) and DESIGN.md for the setting. All names, numbers and addresses are invented.
 * IBANs, Krankenversichertennummern and Rentenversicherungsnummern carry valid check digits (computed with a
 * throwaway script in /tmp, outside the repo).
 *
 * Theme: team reality. The guard is expected to know the team's roster, `PRIVACY_FRESH10_TEAM` (display
 * names as Slack/Teams show them). About 45 % of all cases are team messages, minutes, hand-overs,
 * attendance lists and task notes that name colleagues from the roster — by first name, full name, nickname
 * ("Tobi", "Sveta"), lower case ("jana", "hakan"), abbreviated ("Murat D.", "jana.w", "PH"), or with
 * Frau/Herr + surname ("Frau Hollweg", "Herr Demirci"). Client cases mix colleagues and clients in one text.
 * Seven client cases give a client a first name (or surname) that a colleague also has, but tie it to a
 * client cue (age, kinship, Fam., school class, "nicht unsere Lena"); their `note` says so.
 *
 * Ground truth of `clientData` and the kinds follow the rules and readings of privacy-fresh9.ts unchanged
 * (client = any private person the team works with or for; professionals/officials in their role and
 * colleagues are not client data; person_name, family_name, kinship_name, birth_date incl. an age next to a
 * client's name, phone, email, street_address, iban, insurance_number, file_number; a name inside a kinship
 * phrase is kinship_name alone unless another client name stands on its own; a kinship word without a name
 * next to a phone/e-mail/IBAN gives only that kind; "Pflegeeltern X" is family_name; a Rentenversicherungs-
 * nummer is insurance_number only; businesses named after owners are partners). `kinds` lists every kind
 * present in a clientData case (empty for clientData false).
 *
 * Roster convention: colleagues = names on PRIVACY_FRESH10_TEAM (in any of the forms above) or a person who is
 * clearly a colleague/professional by role. Only five clean cases name a professional who is not on the
 * roster (always with the role: Leiterin der Stadtteilbibliothek, Schulsozialarbeit, Bezirksbürgermeisterin,
 * Leiterin Familienzentrum, KOK of the police).
 *
 * Readings added in this corpus (consistent with the rules above):
 * - A roster colleague is never client data, in whatever form the name is typed, also as initials ("PH")
 *   or next to a class, a room or a task ("Elternabend 4b – Mensah stellt vor").
 * - A colleague's work contact data (Diensthandy number) is not client data.
 * - A name that equals a colleague's first name or surname is client data when the text ties it to a client
 *   (age, kinship, Fam./fall, school class, the client's group) — e.g. "jonas (8)", "Fam. Feldkamp".
 * - A private person in a network of the team (a single mother in the Netzwerk Alleinerziehende, a
 *   neighbour who helps a family) counts as client, as in the rules.
 * - Sections: client data first, clean second; within each the field order of `FreeTextField`.
 */

import type { PrivacyCase } from "./privacy-holdout.js";

export const PRIVACY_FRESH10_TEAM: readonly string[] = [
  "Petra Hollweg",
  "Murat Demirci",
  "jana.wisniewski",
  "Aylin T.",
  "Tobias Reuter (EHS Süd)",
  "Sabine",
  "K. Mensah",
  "Dr. Lena Albers",
  "Jonas Feldkamp",
  "Svetlana Koch",
  "Mia-Sophie Brandl",
  "Hakan Öztürk",
];

export const PRIVACY_FRESH10: readonly PrivacyCase[] = [
  // ───────────── client data ─────────────
  // activity_title
  {
    text: "HB fam. Rexhepi mit jana",
    field: "activity_title",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Elterngespräch KM Frau Lindqvist",
    field: "activity_title",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Schulbegleitung jonas (8) – Tobi fährt",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name", "birth_date"],
    note: "client jonas shares the first name with colleague Jonas Feldkamp; the age ties it to a child",
  },
  {
    text: "Fahrdienst Ferienfreizeit: abholen bei den Hartmanns, Lindenweg 14",
    field: "activity_title",
    clientData: true,
    kinds: ["family_name", "street_address"],
  },
  {
    text: "Krisengespräch mit Dilan Aksoy und ihrer Mutter (Aylin + ich)",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Telefonat KV wg. Umgang, Rückruf 0157 - 34 22 91 08",
    field: "activity_title",
    clientData: true,
    kinds: ["phone"],
  },
  {
    text: "Hilfeplangespräch Az. 51.3-2217/26, Vertretung nötig!",
    field: "activity_title",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "Anmeldung Hausaufgabenhilfe: mila aus der 4b",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Begleitung Oma Renate zum Familiengericht 3 F 204/26",
    field: "activity_title",
    clientData: true,
    kinds: ["kinship_name", "file_number"],
  },
  {
    text: "Sport-AG: Elias K. und Noah B. neu dabei",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "HB Grünauer Str. 7, 2. OG links – Hakan + ich",
    field: "activity_title",
    clientData: true,
    kinds: ["street_address"],
  },
  {
    text: "Gespräch mit Pflegeeltern Vogelsang wg. Ferien",
    field: "activity_title",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Svetlana: Nachgespräch mit leonie s. (15)",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "Übergabe fall brückmann an Jonas",
    field: "activity_title",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Elterncafé – Frau Szymańska bringt ihren Sohn Kacper mit",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name", "kinship_name"],
  },
  // activity_notes
  {
    text: "jana übernimmt fall kaya, KM Frau Kaya hat heute morgen angerufen, ist total aufgelöst weil der Kleine nicht mehr in die kita will. rückruf bis 14 uhr",
    field: "activity_notes",
    clientData: true,
    kinds: ["family_name", "kinship_name"],
  },
  {
    text: "Mit Murat beim Elternabend der Gesamtschule gewesen, danach kurz mit Herrn Petrović gesprochen, dem Vater von Luka. Er will weiterhin keinen Kontakt zum JA.",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "kinship_name"],
  },
  {
    text: "HB heute allein. Wohnung Am Kiesberg 22 sehr beengt, 5 Personen auf 3 Zimmern, Kinder schlafen zu dritt in einem Bett",
    field: "activity_notes",
    clientData: true,
    kinds: ["street_address"],
  },
  {
    text: "Wir haben die Geschwister Nowak zum Ferienprogramm begleitet, lief gut, die beiden haben sich total geöffnet 👍",
    field: "activity_notes",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Termin in der Kita Löwenzahn: KV hakan yıldız kam 20 min zu spät, unser Hakan hat trotzdem alles mit ihm durchgesprochen",
    field: "activity_notes",
    clientData: true,
    kinds: ["kinship_name"],
    note: "the father shares the first name with colleague Hakan Öztürk; KV ties it to the client",
  },
  {
    text: "Nachricht von der Pflegemutter: neue Handynummer 0176/ 55 81 3 902, bitte in der Akte ändern (nicht hier!!) – Sabine weiß Bescheid",
    field: "activity_notes",
    clientData: true,
    kinds: ["phone"],
  },
  {
    text: "Lena hat gefragt ob wir für Ömer Çelik, geb. 03.07.2011, noch einen Platz in der Sommerfreizeit haben. Hab Mia-Sophie gebeten nachzuschauen",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "Überweisung Zuschuss Freizeit an die Familie: IBAN DE73 5001 0517 5407 3241 18, Kontoinhaberin Frau Maas",
    field: "activity_notes",
    clientData: true,
    kinds: ["iban", "person_name"],
  },
  {
    text: "eltern von finn haben die einverständniserklärung immer noch nicht unterschrieben. jonas f. fragt nochmal nach",
    field: "activity_notes",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Mädchen (13) aus der Marktstraße 9 kommt seit 3 Wochen jeden Tag in den Mädchentreff, wirkt vernachlässigt, isst als erstes alles auf",
    field: "activity_notes",
    clientData: true,
    kinds: ["street_address"],
  },
  {
    text: "Frau Dr. Albers hat die Meldung nach §8a gegengelesen. Betrifft Familie Osei, die Kinder Ama und Kojo.",
    field: "activity_notes",
    clientData: true,
    kinds: ["family_name", "kinship_name"],
  },
  {
    text: "Mail von der KM kam an mein Postfach: s.hoffmann87@web.de – bitte nicht antworten, läuft über den ASD",
    field: "activity_notes",
    clientData: true,
    kinds: ["email"],
  },
  {
    text: "Ferienprogramm-Liste: Jamal (11), Rania (9), Yusuf (12) – petra hat die Einverständnisse",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "Tobi hat mit dem Vermieter von Fam. Grabowski telefoniert, Räumungsklage steht im Raum",
    field: "activity_notes",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Sabine (Oma von Lina) möchte beim Elterncafé mithelfen. Nicht verwechseln mit unserer Sabine 🙂",
    field: "activity_notes",
    clientData: true,
    kinds: ["kinship_name"],
    note: "the grandmother shares the first name with colleague Sabine; the kinship phrase ties it to a client",
  },
  {
    text: "War mit Herrn Kowalczyk beim Jobcenter, er hat jetzt Termin am 12.01., RV-Nr. 13 140389 O 528 hatte er dabei",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "insurance_number"],
  },
  {
    text: "Rückruf an Frau Ebrahimi unter 0211 – 4478 913 (privat), geht erst ab 16 Uhr",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "phone"],
  },
  {
    text: "Kurze Info für alle: dennis (14) aus der Jungsgruppe ist seit Montag in Inobhutnahme. Murat hält Kontakt zur Einrichtung",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "KVNR der Tochter für die Reha-Anmeldung: T550192647 – hab ich Petra weitergeleitet, bitte danach löschen",
    field: "activity_notes",
    clientData: true,
    kinds: ["insurance_number"],
  },
  {
    text: "Mia-Sophie und ich waren bei den Ahmadis, der Jüngste (Baran, 4 J.) hatte Fieber, Arzttermin ist gemacht",
    field: "activity_notes",
    clientData: true,
    kinds: ["family_name", "person_name", "birth_date"],
  },
  {
    text: "Bescheid vom Familiengericht zu 4 F 88/26 ist da, Anhörung im Januar",
    field: "activity_notes",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "heute 2 std schulbegleitung mit malte h., danach pause weil er total durch war",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Stiefvater von Dominik hat vor der Station rumgeschrien, wir waren zu dritt da, Polizei war nicht nötig",
    field: "activity_notes",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Die Patentante von Zeynep, Frau Güler, würde die Fahrten übernehmen. Tel +49 152 2904 7731",
    field: "activity_notes",
    clientData: true,
    kinds: ["kinship_name", "person_name", "phone"],
  },
  // cooperation_answer
  {
    text: "Anlass: mehrere Kinder der 5c, u.a. Mert und Joel, fallen durch Schulvermeidung auf",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Die Schule übernimmt die Raumplanung, Frau Wisniewski von uns macht die Elternansprache – erste Familie wäre Fam. Horvath",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Die EHS bringt Erfahrung mit der Familie Schuster mit, die wir seit 2024 begleiten.",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Rollen: Herr Demirci (EHS) moderiert, die Klassenlehrerin spricht vorab mit dem Vater von Amira",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Zeitlich: Start nach den Herbstferien; Elisa aus der 3a (geb. 11/2017) soll als erste in die Lerngruppe",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "HzE profitiert, weil z.B. bei Leon Baumann (Az. 51.2-4410/25) die ambulante Hilfe entlastet würde",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["person_name", "file_number"],
  },
  {
    text: "Aylin aus der 6c und ihre Freundin würden vom Mädchentreff profitieren, unsere Aylin kennt die beiden schon",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["person_name"],
    note: "the pupil shares the first name with colleague Aylin T.; the school class ties it to a client",
  },
  {
    text: "Ansprechpartnerin auf Elternseite: die Mutter von Tarek, erreichbar unter 0163 7 20 55 18",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["kinship_name", "phone"],
  },
  {
    text: "Tobi und Svetlana übernehmen die Gruppenangebote. Elternbriefe bitte nicht an die Adresse Hafenstraße 31a schicken, dort wohnt der KV",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["street_address"],
  },
  {
    text: "Beitrag der Schule: eine Förderlehrerin begleitet Kinder wie Nele R. und Ben T., die schon in Hilfen sind",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Wir haben uns im Team (Petra, Jonas, Mia) abgestimmt: die Kooperation startet mit den Geschwistern Bajramović",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Kontakt zur Familie läuft über uns; die Mailadresse der Mutter (n.bajramovic@gmx.de) hat die Schule",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["email"],
  },
  {
    text: "Wir sprechen mit Kenan, 16j, über ein Praktikum im Rahmen der Berufsorientierung",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "Die Pflegefamilie Steinbrecher hat Interesse an der Hausaufgabenhilfe angemeldet.",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Review im März mit Frau Dr. Albers und der Schulleitung, dann auch Rückblick auf den Fall Jovanović",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Rentenversicherungsnr. vom KV steht auf dem BuT-Antrag: 65021176W016 – den hat die Schule versehentlich mitgeschickt",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["insurance_number"],
  },
  // committee_name
  {
    text: "Helferkonferenz Fam. Wagner-Ilić",
    field: "committee_name",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Fallkonferenz Noah M.",
    field: "committee_name",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Runder Tisch zu Az. 51.1-0771/26",
    field: "committee_name",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "HPG Kaya / Sabine",
    field: "committee_name",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Netzwerktreffen Mütter Lindenhof (mit KM Frau Ristić)",
    field: "committee_name",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Unterstützerkreis für Jasmin (17)",
    field: "committee_name",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "AK Kinderschutz – Fallbesprechung Geschwister Alić",
    field: "committee_name",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Familienrat Oma Hilde + Enkel",
    field: "committee_name",
    clientData: true,
    kinds: ["kinship_name"],
  },
  // committee_notes
  {
    text: "Petra hat im Stadtteilausschuss den Fall Marić angesprochen (ohne Namen wär besser gewesen…)",
    field: "committee_notes",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Runder Tisch: Schulleiterin berichtet über den Schüler Kevin Sch., der mehrfach mit einem Messer in der Schule war",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Kinder- und Jugendbeirat: Jonas hat die Jugendlichen begleitet, Sprecherin ist jetzt Hanna Weber (15) aus unserer Mädchengruppe",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "AG Wohnen: Bericht aus dem Fall Familie Yilmaz, Hauptstr. 108, drohende Wohnungslosigkeit ab Februar",
    field: "committee_notes",
    clientData: true,
    kinds: ["family_name", "street_address"],
  },
  {
    text: "Steuerungskreis: Hinweis von Frau Dr. Albers, dass Mia (10), die Schwester von Emil, weiter in der Tagesgruppe ist",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name", "birth_date", "kinship_name"],
    note: "the girl shares the first name with colleague Mia-Sophie Brandl; age and kinship tie it to a client",
  },
  {
    text: "Für die AG Migration die Kontaktdaten von Herrn Haddad weitergegeben: haddad.m@t-online.de",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name", "email"],
  },
  {
    text: "Stadtteilgremium: Beschwerde über Jugendliche am Spielplatz, namentlich genannt wurden Dario und Kevin P.",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Im AK Frühe Hilfen die Situation von Familie Berisha geschildert, Murat hat nachgefragt ob die Hebamme noch kommt",
    field: "committee_notes",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Protokoll Helferkonferenz: KM (Frau Lorenz) will den Umgang aussetzen, KV lehnt ab. Aylin schreibt das Protokoll.",
    field: "committee_notes",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Netzwerk Alleinerziehende: Frau Amoah aus der Bahnhofstr. 3 fragt nach Kinderbetreuung beim nächsten Treffen",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name", "street_address"],
  },
  {
    text: "JHA-Vorbereitung: bitte keine Einzelfälle wie 51.4-1190/25 in die Präsentation!",
    field: "committee_notes",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "AG Schule–Jugendhilfe: der Großvater von Samira und Nour kommt jetzt regelmäßig zum Elterncafé",
    field: "committee_notes",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "jana war beim runden tisch, hat fam. dos santos kurz erwähnt wg. der kita-suche",
    field: "committee_notes",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Bürgerverein Spendenkonto? Nein – das ist die IBAN der Familie Ahmeti, DE39 4306 0967 1175 8023 00, Jonas hat sich vertippt",
    field: "committee_notes",
    clientData: true,
    kinds: ["iban", "family_name"],
  },
  {
    text: "Steuerungsgruppe: Hakan stellt anonymisiert vor – Junge, 12 J., aber Tel. der Mutter 01512 6640 118 steht leider noch auf der Folie",
    field: "committee_notes",
    clientData: true,
    kinds: ["phone"],
  },
  {
    text: "Timo (9) aus der Fußball-AG, Sohn von Frau Lenz, kommt ab Januar zum Kinderbeirat",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name", "birth_date", "kinship_name"],
  },
  // partner_name
  {
    text: "Kinderärztin von Fam. Doğan",
    field: "partner_name",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Vormund von Aaliyah (Herr Brenner)",
    field: "partner_name",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Betreuerin von Herrn Nikolić",
    field: "partner_name",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Pflegeeltern Hübner",
    field: "partner_name",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Nachbarin Frau Krüger (hilft bei Fam. Şahin)",
    field: "partner_name",
    clientData: true,
    kinds: ["person_name", "family_name"],
  },
  {
    text: "Onkel Tarik – Fahrdienst",
    field: "partner_name",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Frau Adebayo privat, 0170 889 2143",
    field: "partner_name",
    clientData: true,
    kinds: ["person_name", "phone"],
  },
  {
    text: "Schulbegleitung für Lukas W. (Lebenshilfe)",
    field: "partner_name",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Familienhebamme bei Familie Kowalski",
    field: "partner_name",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Großmutter (Hauptstr. 12, Hinterhaus)",
    field: "partner_name",
    clientData: true,
    kinds: ["street_address"],
  },
  // meeting_log
  {
    text: "Teamsitzung 03.12. – anwesend: Petra, Murat, jana, Aylin, Tobi, Sabine. TOP 3 Fallverteilung: Fam. Krasniqi → Aylin, Fall Böhm → Murat",
    field: "meeting_log",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Übergabe an Hakan für die Urlaubswoche: Termin mit KV Herrn Seidel am Di 10 Uhr, Thema Schulwechsel von Finja",
    field: "meeting_log",
    clientData: true,
    kinds: ["kinship_name", "person_name"],
  },
  {
    text: "Protokoll Teamsitzung (Protokoll: K. Mensah). Kinderschutzfall Leonie M., 7 J., Einschätzung: keine akute Gefährdung",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "Dienstbesprechung: Lena informiert, Bescheid zu Az. 51.2-3308/26 ist eingegangen, Svetlana übernimmt die Rückmeldung an die Familie",
    field: "meeting_log",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "Kollegiale Beratung: Jonas stellt die Situation von Mehmet, 17j, vor, der zur Zeit bei seinem Onkel wohnt",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "Fallbesprechung: Sabine bringt die Tochter von Frau Jankowski ein. Beschluss: SPFH beantragen.",
    field: "meeting_log",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "TOP Sonstiges: die Familie in der Weserstr. 41 (3. OG) hat Schimmel im Kinderzimmer, Vermieter wird angeschrieben",
    field: "meeting_log",
    clientData: true,
    kinds: ["street_address"],
  },
  {
    text: "Anwesenheit Übergabe 04.12.: Mia-Sophie, Hakan, Dr. Albers. Fam. Okonkwo: KM ist mit den Kindern zur Oma gezogen, neue Adresse Feldstr. 5",
    field: "meeting_log",
    clientData: true,
    kinds: ["family_name", "street_address"],
  },
  {
    text: "In der Teambesprechung wurde entschieden, dass Tobias und jana den Fall Richter (Kinder Paul und Greta) gemeinsam führen",
    field: "meeting_log",
    clientData: true,
    kinds: ["family_name", "kinship_name"],
  },
  {
    text: "Übergabe: Lena Hofmann, 16, aus der Wohngruppe ruft evtl. wg. Praktikum an – nicht unsere Lena! Bitte an Aylin weitergeben",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name", "birth_date"],
    note: "the girl shares the first name with colleague Dr. Lena Albers; age and Wohngruppe tie it to a client",
  },
  {
    text: "Protokoll: KVNR von Jamie (K204188374) wurde im Chat gepostet, Petra hat den Beitrag gelöscht",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name", "insurance_number"],
  },
  {
    text: "Team 27.11.: Murat berichtet, Geschwister Adeyemi wieder in der Schule. Jonas: Elterngespräch mit Frau Adeyemi verschoben auf KW 50",
    field: "meeting_log",
    clientData: true,
    kinds: ["family_name", "person_name"],
  },
  {
    text: "anwesend svetlana, hakan, sabine, tobi. fall 2: mutter von noel hat den kontakt abgebrochen, ASD ist informiert",
    field: "meeting_log",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Ergebnis Fallberatung: Lukas und Marie Engel werden ab Januar von Mia-Sophie betreut",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Übergabeprotokoll: Familie Petrov erreicht man am besten über das Handy des Vaters, 0176-203 41 877",
    field: "meeting_log",
    clientData: true,
    kinds: ["family_name", "phone"],
  },
  {
    text: "TOP 5 Einzelfälle (nur intern!): Ben S., 11 J., geb. 02.05.2015 – Klinikaufenthalt bis Weihnachten",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "Besprechung mit Petra und Herrn Demirci: Elternbeitrag Freizeit für Fam. Ramadani wird auf DE04 2005 0550 1261 4477 12 zurückerstattet",
    field: "meeting_log",
    clientData: true,
    kinds: ["family_name", "iban"],
  },
  {
    text: "Kurzprotokoll Teamtag: Aylin und K. Mensah haben die Akte 4 F 311/25 (Sorgerecht) gesichtet",
    field: "meeting_log",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "Jour fixe: die Pflegeeltern Dreyer wollen ein zweites Kind aufnehmen, Pflegegeld dann auf DE16 1009 0000 2748 8130 05",
    field: "meeting_log",
    clientData: true,
    kinds: ["family_name", "iban"],
  },
  {
    text: "Fallverteilung: Fam. Feldkamp (nicht verwandt mit Jonas 😄) geht an Sabine",
    field: "meeting_log",
    clientData: true,
    kinds: ["family_name"],
    note: "the family shares the surname with colleague Jonas Feldkamp; Fam. ties it to a client",
  },
  {
    text: "Protokoll 19.11.: Mail der KM vom Wochenende (jessy.m@gmx.net) – Hakan antwortet nur mit einem Terminvorschlag",
    field: "meeting_log",
    clientData: true,
    kinds: ["email"],
  },

  // ───────────── clean ─────────────
  // activity_title
  {
    text: "Elterncafé Lindenhof mit Petra und Aylin",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Vorbereitung Stadtteilfest – jana, tobi",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Mädchentreff (12 TN)",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Ferienprogramm Tag 3: Kletterhalle",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Netzwerktreffen Kita St. Marien",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Gespräch Schulleitung Anne-Frank-Schule wg. Kooperation",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Teamtag Planung 2027",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Infostand Tag des Ehrenamtes, Sophie-Scholl-Platz 10–14 Uhr",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Kochprojekt Mutter-Kind-Gruppe",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Begehung Bolzplatz mit Svetlana und der Bezirkssozialarbeit",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Elternabend 4b – Mensah stellt unser Angebot vor",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Mia-Sophie: Einarbeitung Bürgerbüro Nord",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Jungsgruppe 13–15 J.",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  // activity_notes
  {
    text: "Stadtteilfest-Orga: Sabine kümmert sich um die Hüpfburg, Jonas um die Getränke, ich mach den Flyer. Treffen nächste Woche Mi 15 Uhr Raum 2",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Elterncafé heute mit 9 Müttern und 2 Vätern, Thema Medienkonsum. Aylin hat ins Türkische übersetzt, super Stimmung",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "tobi hat den schlüssel für den jugendraum, bitte bei ihm abholen, bin bis freitag im urlaub",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Ferienprogramm: 18 Kinder angemeldet (6–10 J.), Ausflug zum Zoo am 14.07., Bus ab Marktplatz 8:30",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Hab mit Murat die Zahlen für den Sachbericht durchgesprochen: 312 FLS geplant, bisher 248 geleistet",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Kooperationstreffen im Jugendzentrum Villa Kunterbunt, Kirchstr. 4. Petra war mit, nächster Termin 20.01.2027",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Wer macht am 12.12. die Weihnachtsfeier im Mädchentreff mit? Es bräuchte noch 1–2 Leute",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Sprechstunde im Bürgerbüro Süd, 4 Anfragen (2x Wohnung, 1x Kita-Platz, 1x Schule). Keine Fallübernahme",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "TL hat das Budget freigegeben: 450 € für Material Ferienfreizeit",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Neue Diensthandynummer von Hakan: 0151 40 27 63 19 – bitte im Team speichern",
    field: "activity_notes",
    clientData: false,
    kinds: [],
    note: "a colleague's work phone is not client data",
  },
  {
    text: "Aufräumaktion Spielplatz Eichenweg mit 14 Ehrenamtlichen, der Stadtteilverein hat Handschuhe und Säcke gestellt",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Mensah und ich haben beim Kinderbeirat die Abstimmung über den neuen Bolzplatz begleitet. 23 Kinder waren da",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Lesepatenschaften: Treffen mit Frau Yıldırım, Leiterin der Stadtteilbibliothek, wegen Räumen ab Februar",
    field: "activity_notes",
    clientData: false,
    kinds: [],
    note: "professional in her role, not on the roster",
  },
  {
    text: "Flyer fürs Elterncafé jetzt in 5 Sprachen, Druck bei Druckerei Hoffmann bis Freitag",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Tag des Ehrenamtes am 05.12.: Urkunden für 11 Ehrenamtliche, der OB hält die Rede",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Feldkamp ist ab Montag in Elternzeit, seine Gruppen übernimmt bis März Tobias",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  // cooperation_answer
  {
    text: "Die EHS übernimmt keine Betreuung. Aylin und Svetlana bieten einmal wöchentlich eine offene Gruppe in der Mittagspause an.",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Die Schule stellt Raum 014 und den Schulhof, dienstags 13:15–14:45",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Anlass: In den 5. Klassen häufen sich Konflikte in den Pausen, die Schulsozialarbeit sieht Bedarf",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "HzE profitiert, weil Familien früher und niedrigschwellig erreicht werden; weniger Fälle landen im ASD",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Spezifische Kompetenz: Elternarbeit mit mehrsprachigen Familien (Murat: Türkisch, Sveta: Russisch, Hakan: Kurdisch)",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Start 09.02.2027, Ende 30.06.2027, Review am 20.04. gemeinsam mit der Schulleitung",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Ansprechpartnerin an der Schule ist Frau Kessler (Schulsozialarbeit), Tel. 0231 50-2 44 18",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
    note: "professional in her role with an office number, not on the roster",
  },
  {
    text: "Rollen: Tobi moderiert die Elternrunden, die Lehrkräfte laden ein. Jonas ist Vertretung.",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Die Grundschule am Goetheplatz bringt die Lernwerkstatt ein, wir die Elternansprache",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Zielgruppe Kinder 8–11 J., max. 12 TN pro Gruppe",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Abgestimmt mit Frau Dr. Albers (Teamleitung) und Jana Wisniewski; der Vertrag kommt per Mail an sekretariat@gs-goetheplatz.de",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Mia-Sophie begleitet die Projektwoche „Starke Kinder“ vom 15. bis 19.03.",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Beitrag der Schule: Die Klassenleitungen der 6a und 6b nehmen an zwei Fortbildungen teil",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Finanzierung über Sozialraumbudget (KJP-2027-031), 40 FLS",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  // committee_name
  {
    text: "Runder Tisch Lindenhof",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "AK Frühe Hilfen Nord",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Kinder- und Jugendbeirat Stadtmitte",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Stadtteilausschuss Hafenviertel",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Steuerungskreis Sozialraum Süd (Lena + Petra)",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "AG 78 Hilfen zur Erziehung",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Netzwerk Alleinerziehende Oststadt",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Lokale AG Schule–Jugendhilfe (Tobi koordiniert)",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Bürgerverein Marie-Juchacz-Viertel",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Jour fixe Quartiersmanagement / EHS (Murat, Aylin)",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  // committee_notes
  {
    text: "Runder Tisch: 14 Teilnehmende, Thema Spielplatzsanierung. Petra hat das Protokoll übernommen, nächste Sitzung 18.02.",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Stadtteilausschuss: Bezirksbürgermeisterin Frau Hennig sagt Unterstützung für das Stadtteilfest zu",
    field: "committee_notes",
    clientData: false,
    kinds: [],
    note: "official in her role, not on the roster",
  },
  {
    text: "Kinderbeirat hat über die neue Skateanlage abgestimmt, Hakan und Jonas haben die Wahl begleitet",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "AK Frühe Hilfen: Vertretung durch Svetlana, weil Sabine auf Fortbildung ist",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "AG 78: Drucksache 2026/311 zur Kita-Bedarfsplanung vorgestellt, Stellungnahme bis 15.01.",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Steuerungskreis: Jahresplanung, Schwerpunkt Übergang Kita–Grundschule, Zahlen aus dem Sachbericht kommen nach",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Netzwerk Alleinerziehende: 7 Mütter, 2 Väter, Wunsch nach Kinderbetreuung während der Treffen",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Murat Demirci übernimmt ab Januar die Moderation, Aylin T. die Vertretung",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Lokale AG: Vorstellung des Familienzentrums Regenbogen durch die Leiterin Frau Said, Tel. 0211 89-33 100",
    field: "committee_notes",
    clientData: false,
    kinds: [],
    note: "professional in her role with an office number, not on the roster",
  },
  {
    text: "Quartiersmanagement berichtet über den Leerstand im Ladenlokal Marktstr. 12 – Idee: Elterncafé dort",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "jana & tobi waren da. KOK Brandt von der Polizei stellt ein Präventionsprojekt für die 7. Klassen vor",
    field: "committee_notes",
    clientData: false,
    kinds: [],
    note: "police officer in his role, not on the roster",
  },
  {
    text: "Bürgerverein: Sommerfest am 21.06.2027 im Heinrich-Heine-Park, Anmeldung über info@buergerverein-mjv.de",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Protokoll Kinder- und Jugendbeirat übernimmt diesmal mia, Mensah fährt die Kids zurück",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Stadtteilgremium: Förderantrag ESF-2026-2207 bewilligt (18.500 €), Start im April",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  // partner_name
  {
    text: "Kita St. Marien",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Anne-Frank-Gesamtschule",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Metzgerei Krawczyk",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Kinderarztpraxis am Markt",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Jugendzentrum Villa Kunterbunt",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Janusz-Korczak-Haus",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Familienzentrum Regenbogen – Kontakt läuft über Petra",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "TuS 1898 Oststadt e.V.",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  // meeting_log
  {
    text: "Teamsitzung 03.12. – anwesend: Petra, Murat, jana, Aylin, Tobi, Sabine, Dr. Albers; entschuldigt: Hakan. TOP 1 Stadtteilfest, TOP 2 Urlaubsplanung",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Übergabe an Sveta: Schlüssel Mädchentreff liegt im Büro, Elterncafé am Do fällt aus (Raum belegt)",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Protokoll: K. Mensah. Beschluss: Sachbericht-Entwurf bis 15.01. an Lena",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Aufgaben: Jonas – Flyer Ferienprogramm; Mia-Sophie – Anmeldungen; Murat – Bus bestellen (bis KW 3)",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Dienstbesprechung 10.12.: 37 Aktivitäten im November, davon 9 Öffentlichkeitsarbeit. Blind spot: keine Gremienarbeit in Süd",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "hakan ist ab 16.12. krank gemeldet, vertretung AK jugend: tobi. bitte kalender anpassen",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Jour fixe mit dem Quartiersmanagement, 6 TN, Raum 1.12 im Stadtteilzentrum. Nächster Termin 14.01.2027, 10 Uhr",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Frau Hollweg und Herr Öztürk vertreten uns beim Fachtag am 22.01.",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Teamtag: Supervision mit externer Supervisorin, anschließend Planung 2027. Moderation Lena, Protokoll jana.wisniewski",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Urlaubsliste: Sabine 21.12.–02.01., Aylin 27.12.–06.01., PH durchgehend da",
    field: "meeting_log",
    clientData: false,
    kinds: [],
    note: "PH = colleague Petra Hollweg",
  },
  {
    text: "Kurzprotokoll: Budget Sozialraum Nord 620 FLS, Stand 31.10.: 488 FLS. Frage, ob die Feriengruppe doppelt gezählt werden darf",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Anwesenheit Klausur: 11 von 12, Mia fehlt (Fortbildung)",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "TOP 4: Evaluation Elterncafé – 126 Besuche im Jahr, 31 verschiedene Familien, Übersetzung durch Aylin und Sveta",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Ergebnisprotokoll AG Öffentlichkeitsarbeit: Artikel im Stadtteilblatt (Ausgabe 12/2026), Fotos nur mit Einverständnis. Verantwortlich: Tobias Reuter",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Neue Mailadresse der Station: ehs-nord@traeger-jugendhilfe.de, die Weiterleitung richtet jonas ein",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
];
