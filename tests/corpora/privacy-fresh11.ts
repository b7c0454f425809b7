/**
 * Eleventh fresh corpus for the privacy guard, written blind on 2026-12-04 by the helper `fresh11`: without
 * sight of the guard (src/, in particular src/commands/privacy) and without reading the cases of any other
 * corpus — only the header comments of privacy-fresh9.ts and privacy-fresh10.ts (their rules, readings and
 * roster convention), the `PrivacyCase` type and header of privacy-holdout.ts, the guideline on social-space
 * work of the Erziehungshilfestationen (seed 000_fcdf2c560d26c73e.txt) and DESIGN.md for the setting. All
 * names, numbers and addresses are invented. IBANs, Krankenversichertennummern and
 * Rentenversicherungsnummern carry valid check digits (computed with a throwaway script in /tmp, outside the
 * repo).
 *
 * The guard is expected to know the team's roster, `PRIVACY_FRESH11_TEAM` (display names as Slack/Teams show
 * them). 200 cases: 110 with client data, 90 clean. 76 cases (38 %) are team texts naming roster
 * colleagues — by first name ("Ilka", "Nils"), lower case ("dragan", "oksana"), nickname ("Basti", "Rike",
 * "Konni", "Oksi", "Leo"), Frau/Herr + surname ("Frau Sonnleitner", "Herr Wehrle", "Frau Dr. Ambach"),
 * initials ("KW", "TK", "FA", "EAB"; "KW 49" elsewhere is a calendar week), the display name ("Paula G.").
 * About 30 % are quick activity lines typed on a phone; the rest are polite messages to partners, minutes of
 * committees, cooperation checklist answers and partner names. Seven client cases give a client a first name or surname
 * that a colleague also has, tied to a client cue (age, class, Kita, Fam., "nicht unser Nils"); their `note`
 * says so.
 *
 * Ground truth of `clientData` and the kinds follow the rules and readings of privacy-fresh9.ts and the roster
 * convention and readings of privacy-fresh10.ts unchanged (client = any private person the team works with or
 * for; professionals/officials in their role and roster colleagues are not client data; person_name,
 * family_name, kinship_name, birth_date incl. an age next to a client's name, phone, email, street_address,
 * iban, insurance_number, file_number; a name inside a kinship phrase is kinship_name alone unless another
 * client name stands on its own; a kinship word without a name next to a phone/e-mail/IBAN gives only that
 * kind; "KM"/"KV" without a name adds nothing; a Rentenversicherungsnummer is insurance_number only;
 * businesses named after owners are partners; a colleague's Diensthandy is not client data). `kinds` lists
 * every kind present in a clientData case (empty for clientData false).
 *
 * Readings added in this corpus (consistent with the rules above):
 * - "Herr und Frau X" / "Herr u. Frau X" is read like "Eheleute X": family_name (inside a kinship phrase,
 *   "Tochter von Herrn u. Frau X", it is kinship_name as usual).
 * - A kinship word in brackets or apposition right after a client's name ("Herr Mazur (KV von Oliwia)",
 *   "Der KV, Herr Dudek,", "Frau Dogan (Mutter von Ida)") is a kinship word joined to the name: kinship_name.
 * - A name inside a client's e-mail address ("semra_aktas@web.de") is covered by email alone.
 * - A birth date of a client without a name ("Säugling geb. 21.10.2026", "Kind (geb. 07/2019)") is
 *   birth_date.
 * - An internal pseudonymous case reference as DESIGN.md allows it ("Fall F-17", "Fall F-09 (anonym)") is
 *   not client data; file numbers of the youth office or family court are.
 * - The bank account of a club or Förderverein (a Spendenkonto) is institutional, like a club's info@
 *   address: not client data. A client's or relative's IBAN is.
 * - "Jg. 7–9" naming school grades of a target group is no birth year; "Jg. 2012" next to a client is.
 * - A resident or parent who brings a private concern to a committee or joins an offer of the team (Elterncafé,
 *   Netzwerk Alleinerziehende, Nachbarschaftshilfe) is a private person the team works with: client.
 * - Sections: client data first, clean second; within each the field order of `FreeTextField`.
 */

import type { PrivacyCase } from "./privacy-holdout.js";

export const PRIVACY_FRESH11_TEAM: readonly string[] = [
  "Ilka Sonnleitner",
  "dragan.petrovic",
  "Merve K.",
  "Bastian Vogelsang (Teamleitung)",
  "Dr. Friederike Ambach",
  "Nils",
  "Aylin Saraçoğlu",
  "Konstantin Wehrle | EHS Nord",
  "oksana.melnyk",
  "Thorsten Kühnel (Verwaltung)",
  "Leonie Haferkamp",
  "Emeka Adeyemi-Braun",
  "Paula G. (Praktikantin)",
];

export const PRIVACY_FRESH11: readonly PrivacyCase[] = [
  // ───────────────────────────── client data ─────────────────────────────
  // activity_title
  {
    text: "HB bei fam. Oyelaran mit ilka",
    field: "activity_title",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "telko KM mia-sophie wg schulwechsel",
    field: "activity_title",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Hausbesuch Lindenhofstr. 14a – Basti + ich",
    field: "activity_title",
    clientData: true,
    kinds: ["street_address"],
  },
  {
    text: "gespräch jonte 12j und merve",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name", "birth_date"],
    note: "jonte is the client, merve the colleague",
  },
  {
    text: "kvnr Y620473156 fürs Krankenhaus raussuchen, Anmeldung OP",
    field: "activity_title",
    clientData: true,
    kinds: ["insurance_number"],
  },
  {
    text: "begleitung zum kinderarzt w. noah k., geb 03.11.2014",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "Elterngespräch Herr u. Frau Demiralp, 4c",
    field: "activity_title",
    clientData: true,
    kinds: ["family_name"],
    note: "Herr u. Frau X read like Eheleute X",
  },
  {
    text: "nils (7) abholen Kita Sonnenblume – nicht unser Nils!",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name", "birth_date"],
    note: "client shares the first name of colleague Nils; age and Kita tie it to the client",
  },
  {
    text: "Schulbegleitung Emilia Wrobel 3b mit Oksana",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "rückruf oma gerda 0176 43 21 98 07",
    field: "activity_title",
    clientData: true,
    kinds: ["kinship_name", "phone"],
  },
  {
    text: "HPG vorbereiten 5 F 204/26 (dragan übernimmt)",
    field: "activity_title",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "Krisengespräch Tamara Ochs + KV",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Ämterbegleitung Frau Baranowska zum Jobcenter",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name"],
    note: "the person accompanied is a client; the Jobcenter is only the place",
  },
  {
    text: "Geschwister Petrosyan – Ferienfreizeit anmelden",
    field: "activity_title",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "kurzer check-in bei den Hollenbachs, thorsten fährt",
    field: "activity_title",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Leonie aus der 3b + KM, Gespräch wg. Fehlzeiten (mit Leo)",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name"],
    note: "client Leonie (class 3b) shares the first name of colleague Leonie Haferkamp, who is here 'Leo'",
  },
  {
    text: "Kontoeröffnung mit Yusra, IBAN DE61 3605 0105 0006 6271 93",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name", "iban"],
  },
  {
    text: "Termin Familiengericht 12 F 1093/26 – Rike begleitet",
    field: "activity_title",
    clientData: true,
    kinds: ["file_number"],
  },
  // activity_notes
  {
    text: "War heute mit Aylin bei Familie Schubert-Mahlke. Wohnung sehr beengt, Kinderzimmer fehlt. Nächster Termin Do.",
    field: "activity_notes",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "kv hat neue nr: 0157-2209 4471, bitte im system nachtragen",
    field: "activity_notes",
    clientData: true,
    kinds: ["phone"],
  },
  {
    text: "Jamal Haddad war wieder nicht in der Schule, Klassenlehrerin Frau Yıldırım-Schott hat angerufen. Konni ist informiert.",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "sophie und ihr bruder kalle waren beim ferienprogramm, beide happy. kalle (9) will nächstes jahr wieder mit",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "kinship_name", "birth_date"],
  },
  {
    text: "Liebe Frau Morawietz, anbei wie besprochen die Anmeldung für Ben Ulrich (Jg. 2019) zur Eingewöhnungsgruppe. Viele Grüße, Ilka Sonnleitner",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "Mutter ist umgezogen, neue Adresse Am Kesselbrunnen 7, 2. OG links. Post bitte dorthin.",
    field: "activity_notes",
    clientData: true,
    kinds: ["street_address"],
  },
  {
    text: "merve, 14 J., aus dem mädchentreff – hat sich geöffnet wg. stress zuhause. nicht unsere Merve 😅 hab mit Oksana gesprochen",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "birth_date"],
    note: "client shares the first name of colleague Merve K.; age and Mädchentreff tie it to the client",
  },
  {
    text: "Begleitung zur Schuldnerberatung mit Herrn Ruprecht Fahl. Unterlagen: Kontoauszüge DE35 5001 0517 5419 3602 71",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "iban"],
  },
  {
    text: "pflegeeltern brandstätter brauchen bescheinigung f. kita, dragan kümmert sich",
    field: "activity_notes",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "E-Mail von der KM kam von semra_aktas@web.de, bitte nicht mehr über meine private adresse",
    field: "activity_notes",
    clientData: true,
    kinds: ["email"],
    note: "name inside the e-mail address is covered by email",
  },
  {
    text: "Fam. Tran Van – Gespräch mit Vermieter, Mietschulden ca. 2.300 €. Thorsten hat Kontakt zur Wohnungsbaugesellschaft.",
    field: "activity_notes",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Schulwegbegleitung für Aleksandra (10) ab Montag, Treffpunkt Hagebuttenweg 3 vor ihrer Haustür",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "birth_date", "street_address"],
  },
  {
    text: "Hallo Herr Oduya, der Bericht zu Az. 52/11-0871 liegt Ihnen bis Freitag vor. Beste Grüße",
    field: "activity_notes",
    clientData: true,
    kinds: ["file_number"],
    note: "Herr Oduya is the ASD colleague at the youth office; only the file number is client data",
  },
  {
    text: "tel mit opa heinz wg. wochenendumgang, er kann sa nicht",
    field: "activity_notes",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Der KV, Herr Dudek, will keinen Kontakt zur Einrichtung. Emeka hat ihm das Infoblatt gegeben.",
    field: "activity_notes",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Versichertenkarte von Lena-Marie fehlt, KVNR laut Mutter M471250931",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "insurance_number"],
  },
  {
    text: "Paula G. hat mit mir das Elterncafé gemacht, 9 mütter da, u.a. Frau Kocak mit den Zwillingen – Frau Kocak fragt nach einem Krippenplatz",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name"],
    note: "a mother in the Elterncafé is a private person the team works with",
  },
  {
    text: "Emeka, 11 Jahre, vom Jungentreff, hat heute erzählt dass er nachts allein ist. Mit Herrn Adeyemi-Braun besprochen, §8a-Check morgen.",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "birth_date"],
    note: "client Emeka (11, Jungentreff) shares the first name of colleague Emeka Adeyemi-Braun",
  },
  {
    text: "Neue Handynr vom Jugendlichen: +49 152 28813604 (nur WhatsApp)",
    field: "activity_notes",
    clientData: true,
    kinds: ["phone"],
  },
  {
    text: "Tochter von Frau Szymańska hat Einschulung am 18.8., Schulranzen kommt über den Spendenfonds",
    field: "activity_notes",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "hb mit rike, ayla und deniz warn da, vater nicht. nächster termin mi 14 uhr",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Familie zieht nach Bremen, neue Anschrift: Vegesacker Heerstraße 211, 28757 Bremen. Akte geht ans JA Bremen.",
    field: "activity_notes",
    clientData: true,
    kinds: ["street_address"],
  },
  {
    text: "Geburtsurkunde für den kleinen Mats beantragt – *12.5.2025, Standesamt Mitte",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "Frau Ilse Brandhorst (Nachbarin) passt nachmittags auf die Kinder von Fam. Gül auf, Tel. 0211 5 88 30 17",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "family_name", "phone"],
    note: "a neighbour helping a client family is a private person around a client",
  },
  {
    text: "Bastian, kannst du bitte die RV-Nr. vom KV (13070688S049) für den Rentenantrag rausgeben? Danke!",
    field: "activity_notes",
    clientData: true,
    kinds: ["insurance_number"],
  },
  {
    text: "bei aziz (18) in der wg gewesen, zimmer totales chaos. seit 3 wochen volljährig – übergang 41er hilfe klären",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  // cooperation_answer
  {
    text: "HzE-Auftrag: Unterstützung von Luca Brenner (4a) beim Übergang auf die weiterführende Schule",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Die Schule stellt einen Raum für die Gespräche mit Familie Osei zur Verfügung, Di 8–9 Uhr.",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Ansprechpartnerin Schule: Frau Brennecke (SL). Für die Familie: KM Frau Wagenknecht-Löffler, 0160.7734129",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["kinship_name", "phone"],
  },
  {
    text: "Part der Schule: Nachteilsausgleich für Kemal (geboren am 4. März 2012) in Klasse 7 prüfen",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "Perspektive: bis zum Halbjahr, Überprüfung im HPG zu 51-ASD-2026-0413",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "Kompetenz EHS: Elternarbeit mit den Eltern von Ronja und Till Gerlach, Ilka und Nils führen die Gespräche",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Was hat HzE davon: frühe Info, wenn Finn-Ole wieder fehlt, damit KW reagieren kann",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Die Klassenlehrerin meldet sich direkt bei der Mutter (m.jankowiak@gmx.net), nicht über uns.",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["email"],
  },
  {
    text: "Rollen: EHS übernimmt keine Betreuung. Die Hausaufgabenhilfe für die Geschwister Ramadani läuft über den Hort.",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Paula, Klasse 2a, Jahrgang 2018 – Schule übernimmt Sprachförderung, wir die Elternarbeit",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["person_name", "birth_date"],
    note: "client Paula (2a, Jahrgang 2018) shares the first name of colleague Paula G.",
  },
  {
    text: "Zeitraum 01.02.–30.06.2027; den Fahrdienst von der Wohnung der Familie, Tulpenstraße 28, zur Förderschule organisiert die Stadt",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["street_address"],
  },
  {
    text: "HzE-Auftrag laut Hilfeplan (Az. 51.22-1376/26): soziale Gruppenarbeit in der OGS",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "Part Kita: Beobachtungsbögen für Malik S. und Zoe S. an Frau Dr. Ambach schicken",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Wir stimmen uns mit Frau Haferkamp ab, sie kennt die Familie Krasniqi seit der Kita.",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["family_name"],
  },
  // committee_name
  {
    text: "Helferkonferenz Fam. Okafor",
    field: "committee_name",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "HPG Lukas B. (Q1/2027)",
    field: "committee_name",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Fallkonferenz 4 F 212/26",
    field: "committee_name",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "Fallrunde Geschwister Nikolić",
    field: "committee_name",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "übergabe fall kowalczyk ASD/EHS",
    field: "committee_name",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Kinderschutz-Beratung Mia T. (8)",
    field: "committee_name",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "Netzwerkrunde Frau Adebowale + Kinder",
    field: "committee_name",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Fallteam Fam. Kühnel (nicht unser Thorsten)",
    field: "committee_name",
    clientData: true,
    kinds: ["family_name"],
    note: "client family shares the surname of colleague Thorsten Kühnel; Fam. ties it to a case",
  },
  // committee_notes
  {
    text: "TOP 3 Einzelfälle: Fam. Weidenbach – Schulabsentismus Jonas, Klärung mit dem ASD",
    field: "committee_notes",
    clientData: true,
    kinds: ["family_name", "person_name"],
  },
  {
    text: "Herr Vogelsang berichtet über die Ferienfreizeit; Rückfrage zu Ilayda K. (15 J.) wegen der Übernachtung",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "Anwesend: Ilka, Dragan, Merve; Frau Brennecke (Schule). Thema: KM von Elias und Mira – Umgangsregelung",
    field: "committee_notes",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "AK Gewaltprävention: anonymisierter Fall aus der 8c. Nachtrag: die Schülerin heißt Dilan Acar, Eltern bitte nicht kontaktieren",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Runder Tisch: Hausverwaltung beschwert sich über Lärm in der Wiesenstraße 112, 3. OG – da wohnt eine unserer Familien",
    field: "committee_notes",
    clientData: true,
    kinds: ["street_address"],
  },
  {
    text: "Frau Dr. Ambach stellt das Netzwerk Frühe Hilfen vor. Fallanfrage: Säugling geb. 21.10.2026, Mutter 17",
    field: "committee_notes",
    clientData: true,
    kinds: ["birth_date"],
  },
  {
    text: "Steuerungskreis: Spendenaktion für Fam. Berisha nach dem Wohnungsbrand, Konto der Oma: DE69 7015 0000 0905 5211 84",
    field: "committee_notes",
    clientData: true,
    kinds: ["family_name", "iban"],
  },
  {
    text: "Beschluss: Nachbarschaftshilfe für Herrn Ostrowski (Rollstuhl, die Enkel wohnen bei ihm) wird über das Bürgerbüro organisiert",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Stadtteilausschuss: Beschwerde der Familie Aydemir über den Spielplatz aufgenommen, Rückmeldung an aydemir.h@web.de",
    field: "committee_notes",
    clientData: true,
    kinds: ["family_name", "email"],
  },
  {
    text: "AG HzE: Oksana berichtet von Leyla (6) und ihrem Stiefvater, Gefährdungseinschätzung läuft",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "Trägerrunde: Frau Hülya Korkmaz aus dem Elterncafé möchte das Frühstück im Februar mitgestalten",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Netzwerk Alleinerziehende: neue Teilnehmerin Jessica Nowotny, Kinder 2 und 5, wohnt Rosenhag 9",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name", "street_address"],
  },
  {
    text: "TOP 5: Basti fragt nach der Schweigepflichtentbindung für Fam. Lindqvist – liegt vor (Kopie bei TK)",
    field: "committee_notes",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Fallvorstellung nach § 8a: Kind (geb. 07/2019), Aktenzeichen 3 F 77/25 EASO",
    field: "committee_notes",
    clientData: true,
    kinds: ["birth_date", "file_number"],
  },
  {
    text: "Kinderschutzfachkraft Frau Eberl: Meldung zu Yaren Çelik aus der Kita Regenbogen, Schwester Elif ebenfalls betroffen",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name", "kinship_name"],
  },
  {
    text: "AK Schule-Jugendhilfe: Leo + Konni nehmen teil; Fallbeispiel Ben-Luca W. (Jg. 2012) bitte anonymisieren!!",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  // partner_name
  {
    text: "Pflegefamilie Rosenbaum",
    field: "partner_name",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Oma von Jamil (Frau Haddad-Nour)",
    field: "partner_name",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Nachbarin Frau Wojcik (hilft Fam. Mbeki)",
    field: "partner_name",
    clientData: true,
    kinds: ["person_name", "family_name"],
  },
  {
    text: "Hausarzt von Familie Sørensen – Dr. Behrens",
    field: "partner_name",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Tante Gülten Arslan",
    field: "partner_name",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Familie Nwosu, Gartenweg 5",
    field: "partner_name",
    clientData: true,
    kinds: ["family_name", "street_address"],
  },
  {
    text: "Herr Ryszard Mazur (KV von Oliwia)",
    field: "partner_name",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Ergänzungspflegerin für Kiano M.",
    field: "partner_name",
    clientData: true,
    kinds: ["person_name"],
    note: "a professional named via the client",
  },
  {
    text: "Eheleute Ferreira da Silva (Bereitschaftspflege)",
    field: "partner_name",
    clientData: true,
    kinds: ["family_name"],
  },
  // meeting_log
  {
    text: "Teamsitzung 03.12.: anwesend Basti, Ilka, Dragan, Oksana. Fallbesprechung Fam. Yilmaz-Örs vertagt.",
    field: "meeting_log",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Runder Tisch mit Quartiersmanagerin Frau Rottmann; Anliegen von Frau Meryem Tas (0176 88 3 1 45 02) zum Spielplatz, sie wohnt direkt gegenüber",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name", "phone"],
  },
  {
    text: "Kollegiale Beratung: Merve stellt den Fall Schröder-Aksoy vor, Sohn Levin (13)",
    field: "meeting_log",
    clientData: true,
    kinds: ["family_name", "kinship_name", "birth_date"],
  },
  {
    text: "Übergabe Nils → Paula: Hausbesuche bei Frau Kapsalis Mo + Do, Schlüssel liegt im Büro",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Helferkonferenz: JA (Herr Oduya), Schule, EHS (Konstantin). Gegenstand: 5 F 318/26, Umgang KV",
    field: "meeting_log",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "jour fixe: thorsten braucht für die abrechnung die geb.daten – lea-sophie 02.09.2016, ole 14.01.2019",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "Teamrunde: Aylin übernimmt die Begleitung von Samira und ihrer Mutter zum Jobcenter",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Fallbesprechung: Konstantin, 15, wohnt seit dem Sommer beim Opa – nicht mit unserem Konni verwechseln",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name", "birth_date"],
    note: "client Konstantin (15) shares the first name of colleague Konstantin Wehrle ('Konni')",
  },
  {
    text: "Stadtteilausschuss: Bürgeranfrage von Herrn Detlef Rautenberg, dessen Pflegesohn Timo die GS Am Weiher besucht, zum Schulweg",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name", "kinship_name"],
  },
  {
    text: "Dienstbesprechung: Versichertennummer T803346210 gehört zu einem Kind aus Gruppe 2 – bitte aus dem Chat löschen",
    field: "meeting_log",
    clientData: true,
    kinds: ["insurance_number"],
  },
  {
    text: "Teambesprechung KW 49: Emeka und Leonie planen die Nikolausfeier; außerdem Beschwerde von KM Frau Hahnemann über die Gruppenzeiten",
    field: "meeting_log",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Elternbeirat-Treffen: Frau Dogan (Mutter von Ida, 3a) übernimmt den Kuchenverkauf beim Stadtteilfest",
    field: "meeting_log",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Übergabeprotokoll: die Kinder der Fam. Bajramović gehen ab Januar in die Notbetreuung, Rike informiert die Kita",
    field: "meeting_log",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Teammeeting: Frau Sonnleitner weist darauf hin, dass im Kanal die Nummer von Herrn Ademi stand (01 72 / 9 93 14 58). Bitte löschen.",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name", "phone"],
  },
  {
    text: "Helferrunde: Rentenversicherungsnummer der Mutter 53120379K519 für den Antrag auf Erziehungsrente",
    field: "meeting_log",
    clientData: true,
    kinds: ["insurance_number"],
  },
  {
    text: "Dragan berichtet, die Familie wohnt jetzt Am Lerchenfeld 3a bei der Schwester der KM",
    field: "meeting_log",
    clientData: true,
    kinds: ["street_address"],
  },
  {
    text: "Netzwerk Frühe Hilfen: Hebamme Frau Kruse betreut seit Nov. Frau Ngozi Eze und ihr Baby (geb. 28.10.26)",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "Fallberatung: Janne, 13 J., Tochter von Herrn u. Frau Wittkamp-Rau, Schulverweigerung seit den Herbstferien",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name", "birth_date", "kinship_name"],
  },
  {
    text: "Teamsitzung: Oksi hat mit dem KV telefoniert (Festnetz 030 / 44 71 90 23), er stimmt dem Ferienprogramm zu",
    field: "meeting_log",
    clientData: true,
    kinds: ["phone"],
  },

  // ───────────────────────────── clean ─────────────────────────────
  // activity_title
  {
    text: "Elterncafé Gartenstadt, 11 mütter + 2 väter",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Flyer Ferienprogramm verteilt mit nils",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "AK Jugend Eichholz – Ilka + ich",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Stadtteilfest Aufbau 13.6., 14 Helfer*innen",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Mädchentreff Fr 16–18 Uhr, 9 TN",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Kooperationsgespräch Käthe-Kollwitz-Schule mit Frau Brennecke (SL)",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "tag des ehrenamts – stand mit basti u. paula",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Bürgerbüro Marktstr. 9: Infotisch Familienkarte",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Besuch Familienzentrum St. Josef, Leitung Frau Pohlmann",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Runder Tisch Nordstadt, Protokoll: Dragan",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Väter-Kind-Kochen, 6 väter, 8 kinder",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Spielplatzbegehung Sophie-Scholl-Platz mit dem Quartiersmanagement",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Fortbildung Kinderschutz §8a – Rike u. Oksana",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Jugendgruppe Graffiti-Workshop, Jg. 7–9 der Gesamtschule",
    field: "activity_title",
    clientData: false,
    kinds: [],
    note: "school grades of a target group, no birth year",
  },
  {
    text: "Elternseminar „Pubertät“ Raum 1.14, 19 Uhr",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Fall F-17 Übergabe an Merve",
    field: "activity_title",
    clientData: false,
    kinds: [],
    note: "internal pseudonymous case reference, no file number",
  },
  // activity_notes
  {
    text: "Hallo Frau Pohlmann, vielen Dank für den Raum am 22.01.2027. Wir kommen mit ca. 15 Familien. Herzliche Grüße, Leonie Haferkamp",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Flyer sind bei der Druckerei Hoffmeister bestellt, 500 Stück, 143,80 € – Thorsten hat die Rechnung",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Heute Mädchentreff mit 12 Mädchen zwischen 10 und 14 Jahren, Thema Social Media. Aylin hat moderiert.",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Ansprechpartner beim Kinderschutzbund: Herr Scheffler, Tel. 0221 9 87 60-214, info@kinderschutzbund-lindenau.de",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "basti fragt ob wir den bus für die familienfreizeit (18.–20.6.) schon gebucht haben, konni klärt das",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Anmeldeschluss Ferienprogramm 15.05., Kosten 25 € pro Kind, ermäßigt 5 €",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Treffen mit Bezirksbürgermeister Herrn Scholtyssek wegen des Jugendraums in der Hans-Böckler-Straße 40",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Spendenkonto fürs Stadtteilfest: Förderverein Gartenstadt e.V., DE60 2505 0180 0041 8773 16",
    field: "activity_notes",
    clientData: false,
    kinds: [],
    note: "a Förderverein's donation account is institutional",
  },
  {
    text: "ich bin ab 14 uhr im Jugendzentrum Brückenhof, erreichbar übers Diensthandy 0151 402 77 19 – Emeka",
    field: "activity_notes",
    clientData: false,
    kinds: [],
    note: "a colleague's Diensthandy",
  },
  {
    text: "Pfarrer Wiegand stellt das Gemeindehaus für den Tag des Ehrenamts zur Verfügung, Schlüssel bei Frau Sonnleitner",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Drucksache 2026/318 (Jugendhilfeplanung) liegt im Ordner, bitte bis KW 3 lesen",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "gruppe alleinerziehende mütter trifft sich jetzt immer dienstags, 6–8 TN, kinderbetreuung macht paula",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Mit Schulsozialarbeiterin Frau Lenz (GS Am Weiher) den Elternabend 4b vorbereitet, ca. 20 Eltern erwartet",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Oksana und Merve haben die Umfrage im Stadtteil ausgewertet: 214 Rückläufe, 61 % wünschen sich Angebote am Wochenende",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Förderantrag KJP-2027-112 eingereicht, Bewilligung bis März erwartet",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Großeltern-Enkel-Nachmittag im Seniorenzentrum Haus Abendrot, 9 Omas und Opas, 14 Kinder",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "FA und KW vertreten uns beim Fachtag am 04.03.2027 in der VHS",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Lieber Herr Tietjen, danke für die Einladung in den Jugendtreff Lindenau. Dragan und ich kommen gern am Mittwoch um 17 Uhr vorbei.",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  // cooperation_answer
  {
    text: "HzE-Auftrag: soziale Gruppenarbeit für Kinder der Klassen 3 und 4 mit Unterstützungsbedarf im sozialen Miteinander",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Kompetenz der EHS: Elternarbeit, Kenntnis der Netzwerke im Stadtteil, Moderation (Ilka hat die Zusatzqualifikation)",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Was hat HzE davon: früher Kontakt zu Familien, bevor eingriffsintensive Hilfen nötig werden",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Part der Schule: Raum 0.08 dienstags 11:30–13:00, Ansprechpartnerin Frau Brennecke",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Zeitraum: Schuljahr 2026/27, Überprüfung am 15.06.2027",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Rollen und Absprachen: EHS übernimmt keine Betreuung, die Aufsicht bleibt bei der Schule. Von uns dabei: Herr Wehrle und Frau Melnyk.",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Die Schule stellt die Mensa für das Elternfrühstück zur Verfügung, erwartet werden ca. 30 Eltern.",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Kontakt Sekretariat Brüder-Grimm-Schule: 0231 47 11 30, sekretariat@bgs-dortmund.de",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Merve und Nils bieten ab Februar ein soziales Kompetenztraining in den 5. Klassen an, 2 Gruppen à 8 Kinder",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Part der Kita: Elternabend zur Einschulung, Kita-Leitung Frau Morawietz lädt ein",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Perspektive: Start 01.09.2026, Ende 31.07.2027, Zwischenstand im Steuerungskreis im Januar",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Was hat HzE davon: weniger Hilfen nach § 27 SGB VIII durch frühe Angebote; Dokumentation über Dr. Ambach",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Hort Regenbogenland übernimmt die Hausaufgabenzeit, wir die Elternsprechstunde (Leo, 1x im Monat)",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Die Geschwister-Scholl-Gesamtschule benennt die Beratungslehrerin Frau Akgün als feste Ansprechpartnerin.",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  // committee_name
  {
    text: "Runder Tisch Nordstadt",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "AK Jugend Eichholz",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Steuerungskreis Sozialraum Süd",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Kinder- und Jugendbeirat Lindenau",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Stadtteilausschuss Kesselbrunn",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "AG nach § 78 SGB VIII – Hilfen zur Erziehung",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Netzwerk Frühe Hilfen Bezirk 4",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Jour fixe Ilka / Dragan",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Orga-Team Stadtteilfest (Ltg. Basti)",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Arbeitskreis Familien im Quartier Geschwister-Scholl-Straße",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  // committee_notes
  {
    text: "TOP 1: Bericht aus dem Jugendhilfeausschuss (Stadträtin Frau Ilgner). TOP 2: Stadtteilfest 13.06.2027, Stand der EHS: Konstantin und Paula.",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Beschluss: Das Elterncafé zieht in den Nachbarschaftstreff Ringstraße 17 um, Start KW 6.",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Anwesend: 14 Vertreter*innen, davon 3 Schulen, 2 Kitas, Polizei (KHK Brandl), Bürgerbüro.",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Frau Dr. Ambach übernimmt ab März die Moderation, Vertretung Herr Vogelsang.",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Nächste Sitzung 10.02.2027, 16:00–18:00, Rathaus Raum 203",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Haushaltsmittel 2027: 4.500 € für Ferienangebote, davon 1.200 € für den Mädchen-Aktionstag",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Die Bezirksvertretung (Drucksache 2026/411) unterstützt den Bolzplatz an der Friedrich-Ebert-Straße.",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Thema Schulabsentismus: Zahlen der Schulen (ca. 40 Kinder im Stadtteil), kein Einzelfall besprochen",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "oksana schreibt protokoll, TK bucht den raum, EAB bringt den beamer mit",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Vorstellung Jugendmigrationsdienst durch Frau Rahmani, Sprechzeiten Mi 10–12 Uhr im Bürgerbüro",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Der Kinder- und Jugendbeirat wünscht sich WLAN im Jugendraum; Jugendliche zwischen 12 und 17 haben abgestimmt (38 Stimmen).",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  // partner_name
  {
    text: "Käthe-Kollwitz-Grundschule",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Kita St. Marien (Leitung: Frau Grabowski)",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Kinderschutzbund Ortsverband Lindenau e.V.",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Bürgerbüro Gartenstadt",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Schulsozialarbeit GS Am Weiher – Frau Lenz",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Jugendtreff Lindenau (Marco Tietjen, Jugendpfleger)",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Familienzentrum St. Josef",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Bäckerei Demirtaş (Spender Stadtteilfest)",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Polizei Bezirksdienst – KHK Brandl",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "TuS Eichholz 1911 e.V., Jugendabteilung",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  // meeting_log
  {
    text: "Teamsitzung 26.11.: anwesend Basti, Rike, Nils, Merve, Emeka. Themen: Urlaubsplanung, Weihnachtsfeier, Dienstplan Januar.",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Steuerungskreis: Beschluss zum Ferienprogramm, 120 Plätze, Anmeldung über das Bürgerbüro.",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Kollegiale Beratung: Fall F-09 (anonym) – Ilka bringt Fragen zur Elternarbeit mit",
    field: "meeting_log",
    clientData: false,
    kinds: [],
    note: "internal pseudonymous case reference",
  },
  {
    text: "Dienstbesprechung: Frau Haferkamp übernimmt ab 1.1. die Koordination Mädchentreff, Herr Kühnel die Abrechnung.",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Runder Tisch: Vorstellung der Schuldnerberatung der Diakonie durch Herrn Fründt, Tel. 0228 3 41 09-0",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "jour fixe dragan/oksana: flyer fertig, druck bis freitag, verteilung über die kitas",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "AK Jugend: 9 Teilnehmende, Gast Bezirksbürgermeisterin Frau Okonjo; Thema Jugendraum",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Übergabe Paula G. (Praktikum endet 20.12.): Mädchentreff-Ordner bei Aylin, Schlüssel bei Thorsten",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Teammeeting: Emeka Adeyemi-Braun stellt das Väterprojekt vor, erste Gruppe mit 7 vätern ab Februar",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Stadtteilkonferenz: Stadtteilfest am 13.06.2027 auf dem Willy-Brandt-Platz, die Bühne stellen die Stadtwerke",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Teamtag 15.01.: Moderation Dr. Friederike Ambach, Raum Lindenau 2, Catering 180 €",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
];
