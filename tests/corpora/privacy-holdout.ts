/**
 * Held-out corpus for the privacy guard (Sozialdaten never belong in chat).
 *
 * Written independently of the guard and of the main corpus; it must not be used to tune the guard.
 * Ground truth of `clientData`: does the text contain personal data of a client or of a client's family?
 * All names, numbers and addresses are invented. IBANs carry a valid check sum so that a guard which
 * validates them is measured fairly.
 */

export type PrivacyKind =
  | "birth_date"
  | "person_name"
  | "family_name"
  | "kinship_name"
  | "phone"
  | "email"
  | "street_address"
  | "iban"
  | "insurance_number"
  | "file_number";

export type FreeTextField =
  | "activity_title"
  | "activity_notes"
  | "cooperation_answer"
  | "committee_name"
  | "committee_notes"
  | "partner_name"
  | "meeting_log";

export interface PrivacyCase {
  text: string;
  field: FreeTextField;
  clientData: boolean;
  kinds: PrivacyKind[];
  note?: string;
}

export const PRIVACY_HOLDOUT: readonly PrivacyCase[] = [
  // ───────────────────────────── client data ─────────────────────────────

  // activity_title
  {
    text: "2h HB Fam. Krasniqi #fall:F-2026-014",
    field: "activity_title",
    clientData: true,
    kinds: ["family_name"],
    note: "own case code is fine, the family name next to it is not",
  },
  {
    text: "45 min Telefonat mutter von jana wg. Elterncafé",
    field: "activity_title",
    clientData: true,
    kinds: ["kinship_name"],
    note: "lower case kinship + first name",
  },
  {
    text: "1,5h Begleitung Tom K. zum JA",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "HB Gartenweg 7, 2. OG links",
    field: "activity_title",
    clientData: true,
    kinds: ["street_address"],
    note: "home visit address without any name",
  },
  {
    text: "30min Rückruf Ahmadi, Zahra",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name"],
    note: "Nachname, Vorname",
  },
  {
    text: "Hausaufgabenhilfe 2h, Lina (8) und Bruder Mats",
    field: "activity_title",
    clientData: true,
    kinds: ["birth_date", "person_name", "kinship_name"],
  },
  {
    text: "gestern 1h Krisengespräch, KV-Nr. T482913057 für Antrag notiert",
    field: "activity_title",
    clientData: true,
    kinds: ["insurance_number"],
  },
  {
    text: "Ferienfreizeit Anmeldung yonas haile geb 03.07.2015",
    field: "activity_title",
    clientData: true,
    kinds: ["birth_date", "person_name"],
    note: "Eritrean name in lower case, 'geb' without dot",
  },
  {
    text: "Termin FamG 3 F 217/25 Begleitung 3h",
    field: "activity_title",
    clientData: true,
    kinds: ["file_number"],
    note: "family-court file number without 'Az.'",
  },
  {
    text: "Antrag BuT ausgefüllt, SVNR 12 150785 K 023",
    field: "activity_title",
    clientData: true,
    kinds: ["insurance_number"],
    note: "social-security number with spaces",
  },
  {
    text: "Mail an k.sowa1989@web.de wg. Ferienfreizeit",
    field: "activity_title",
    clientData: true,
    kinds: ["email"],
  },
  {
    text: "Rückruf Mutter 01713456789",
    field: "activity_title",
    clientData: true,
    kinds: ["phone"],
    note: "mobile number without any spacing",
  },
  {
    text: "1h Elterngespräch Pham Thi Hoa + Dolmetscherin",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name"],
    note: "Vietnamese full name, family name first",
  },

  // activity_notes
  {
    text: "Mutter erreichbar unter 0176 2345 6781, bitte nur vormittags",
    field: "activity_notes",
    clientData: true,
    kinds: ["phone"],
    note: "kinship word without a name is not kinship_name",
  },
  {
    text: "Frau Demir (HzE-Familie) war wieder beim Elterncafé, wirkt stabiler",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name"],
    note: "honorific + surname of a client; compare the clean 'Frau Demir vom ASD'",
  },
  {
    text: "Jonas hat wieder geschwänzt, Schule hat Mutter informiert",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name"],
    note: "client's first name alone",
  },
  {
    text: "Sohn Ilyas kommt ab Mo. in die Hausaufgabenhilfe, Schulweg klären",
    field: "activity_notes",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Adresse für Einladung: Fam. Popescu, Lindenstr. 14, 72762 Reutlingen",
    field: "activity_notes",
    clientData: true,
    kinds: ["family_name", "street_address"],
  },
  {
    text: "Jobcenter BG-Nr. 72301BG0045871 fuer Bildungspaket angefragt",
    field: "activity_notes",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "Kontakt Vater: d.nowicki84@gmx.de",
    field: "activity_notes",
    clientData: true,
    kinds: ["email"],
  },
  {
    text: "Bohdan, 10 J., spricht noch kaum Deutsch -> Sprachkurs vermitteln",
    field: "activity_notes",
    clientData: true,
    kinds: ["birth_date", "person_name"],
  },
  {
    text: "war mit oma halina beim kinderarzt, impfpass fehlt",
    field: "activity_notes",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Erstattung Ferienfreizeit zurueck an Konto der Mutter DE78 6005 0101 7405 1829 34",
    field: "activity_notes",
    clientData: true,
    kinds: ["iban"],
  },
  {
    text: "Rückmeldung ASD: Az. 51.3-HzE-2025/0412, Hilfeplan wird verlängert",
    field: "activity_notes",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "der 12-jährige aus der 6b hat beim AG-Turnier wieder zugeschlagen",
    field: "activity_notes",
    clientData: true,
    kinds: ["birth_date"],
    note: "age of an identifiable child, no name",
  },
  {
    text: "SV-Nr. der Mutter für den Kita-Antrag: 53 120689 S 047",
    field: "activity_notes",
    clientData: true,
    kinds: ["insurance_number"],
  },
  {
    text: "Familie Tesfay zieht um, neue Adresse Am Kirchberg 3a. Schulwechsel klären",
    field: "activity_notes",
    clientData: true,
    kinds: ["family_name", "street_address"],
  },
  {
    text: "Mutter hat Bankverbindung geschickt de02120300000000202051 fuer Erstattung Busticket",
    field: "activity_notes",
    clientData: true,
    kinds: ["iban"],
    note: "lower case, no spaces",
  },
  {
    text: "Vater will Infos nur per Mail: ionut.marin (at) yahoo.com",
    field: "activity_notes",
    clientData: true,
    kinds: ["email"],
    note: "obfuscated @",
  },
  {
    text: "Kleiderspende an Familie Morina übergeben, die wohnen im Hinterhaus",
    field: "activity_notes",
    clientData: true,
    kinds: ["family_name"],
  },

  // cooperation_answer
  {
    text: "Die Schule meldet sich bei uns, wenn Auffälligkeiten da sind, zuletzt bei Amina Rahimi aus der 3a. Das klappt gut.",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Absprachen laufen über die Klassenlehrerin. Bei Fam. Nguyen hat das gut funktioniert, Tochter Mai hat jetzt einen Hortplatz.",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["family_name", "kinship_name"],
    note: "'Mai' is a name here, not the month",
  },
  {
    text: "Schulsozialarbeit und EHS teilen sich die Elternarbeit. Die Mama von Luca (Tel. 0151 2233 4455) will aber lieber nur mit uns reden.",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["kinship_name", "phone"],
  },
  {
    text: "Die Schule gibt Infos weiter, manchmal zu viel: die Schulleitung hat uns die Adresse von Dmitri Volkov gegeben (Birkenweg 22). Das geht so eigentlich nicht.",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["person_name", "street_address"],
  },
  {
    text: "zeitliche perspektive bis zu den sommerferien, danach übergabe an den ASD. aktenzeichen JA 4711-2026-HzE liegt uns vor",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "Kompetenz der EHS ist v.a. Krisenintervention. Bei der 14-jährigen Schwester von Ardit hat das richtig gut geklappt.",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["birth_date", "kinship_name"],
  },
  {
    text: "Wir bekommen Mails der Schule an eltern.gashi@outlook.de in CC. Bitte abstellen!",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["email"],
  },
  {
    text: "Der HzE-Auftrag wird im HPG geklärt. Bei Giulia E. (Jg. 2013) lief das über die Schulpsychologin.",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["birth_date", "person_name"],
  },
  {
    text: "Die Schule hat das Kind (* 2016) direkt an uns verwiesen. Mutter hat die Krankenkassennr. K 204718396 gleich mitgegeben.",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["birth_date", "insurance_number"],
    note: "insurance number with a space after the letter",
  },
  {
    text: "Was hat HzE davon? Frühere Zugänge, z.B. kam Fam. Al-Hassan über die Lernbegleitung zu uns.",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Die Schule zahlt den Essenszuschuss direkt an die Familie, die IBAN haben wir weitergeleitet: DE13 5206 0410 3148 2077 15.",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["iban"],
  },
  {
    text: "Die Schule informiert uns per Mail. Letzte Woche kam sogar eine Liste mit Geburtsdaten der Kinder aus der Lernförderung (09.08.2014, 21.02.2015 usw.).",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["birth_date"],
  },

  // committee_name
  {
    text: "Helferkonferenz Fam. Berisha",
    field: "committee_name",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Fallkonferenz Tran Minh Duc",
    field: "committee_name",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "HPG yilmaz emre 14.5.",
    field: "committee_name",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Runder Tisch wg. Sohn Karim",
    field: "committee_name",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Kinderschutzkonferenz Az. 41 F 88/26",
    field: "committee_name",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "Hilfeplan Dawit (7)",
    field: "committee_name",
    clientData: true,
    kinds: ["birth_date", "person_name"],
  },

  // committee_notes
  {
    text: "AK Jugend: Stadträtin hat nach dem Fall Mehmet S. gefragt – nicht öffentlich besprechen!",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Netzwerk Frühe Hilfen: Hebamme bringt Liste mit, u.a. Säugling geb. 02.01.2026, Fam. Petrova",
    field: "committee_notes",
    clientData: true,
    kinds: ["birth_date", "family_name"],
  },
  {
    text: "Präventionsrat: Nachbarn beschweren sich über Jugendliche vor Hauptstr. 41, dort wohnt Fam. Wiśniewski",
    field: "committee_notes",
    clientData: true,
    kinds: ["family_name", "street_address"],
  },
  {
    text: "Stadtteilkonferenz: Kontakt zur Mutter von Semhar läuft über WhatsApp 0160 91234567",
    field: "committee_notes",
    clientData: true,
    kinds: ["kinship_name", "phone"],
  },
  {
    text: "Bündnis für Familie: Spende für Fam. K. geht aufs Konto des Vaters DE38641500201067329841",
    field: "committee_notes",
    clientData: true,
    kinds: ["family_name", "iban"],
    note: "family with initial only",
  },
  {
    text: "Steuerungskreis: Anna-Lena Brückner (9) wurde als Beispiel für die Wartezeit HzE genannt",
    field: "committee_notes",
    clientData: true,
    kinds: ["birth_date", "person_name"],
  },
  {
    text: "Jugendbeirat hat die Handynummer von Taras (bei uns in HzE) rumgeschickt: 0171/2345 612",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name", "phone"],
  },
  {
    text: "Frühe Hilfen: Hebamme hat die Versichertennummer Z901284763 des Babys ins Protokoll geschrieben, bitte schwärzen",
    field: "committee_notes",
    clientData: true,
    kinds: ["insurance_number"],
  },
  {
    text: "AG §78: Vorsitzende fragte, ob wir Lukas Becker aus dem Jugendhaus kennen. Hilfe läuft bei uns.",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name"],
  },

  // partner_name
  {
    text: "Oma Ljudmila (holt vom Hort ab)",
    field: "partner_name",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Nachbarin von Fam. Ivanova",
    field: "partner_name",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "Ayşe Kaya (Mutter aus HzE-Fall, hilft beim Elterncafé)",
    field: "partner_name",
    clientData: true,
    kinds: ["person_name"],
    note: "compare the clean 'Bäckerei Kaya'",
  },
  {
    text: "Pflegeeltern von Wiktoria, Tel 07121 987654",
    field: "partner_name",
    clientData: true,
    kinds: ["kinship_name", "phone"],
    note: "private landline of a foster family",
  },
  {
    text: "Kovalenko, Olena (Kindsmutter)",
    field: "partner_name",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "onkel besnik – fährt die Kinder zum Training",
    field: "partner_name",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "Vormund von Yasmin Saleh (Amtsvormundschaft)",
    field: "partner_name",
    clientData: true,
    kinds: ["person_name"],
  },

  // meeting_log
  {
    text: "Teamsitzung: Fallverteilung neu. Giorgi (11) geht an Petra, Fam. Schulz an Murat.",
    field: "meeting_log",
    clientData: true,
    kinds: ["birth_date", "person_name", "family_name"],
    note: "colleagues Petra and Murat are fine, the clients are not",
  },
  {
    text: "Kurzprotokoll HPG: Vater (Ivan Petrov, Tel. +49 152 3456 7890) stimmt dem Gruppenangebot zu.",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name", "phone"],
  },
  {
    text: "Übergabe an Kollegin: Akte Jobcenter BG 25503BG0012345, Unterlagen liegen im Schrank",
    field: "meeting_log",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "Protokoll Krisengespräch: Mutter bittet um Rückruf per Mail an giulia.esposito@libero.it",
    field: "meeting_log",
    clientData: true,
    kinds: ["email"],
  },
  {
    text: "Besprechung mit ASD zur Kindeswohlprüfung bei Fam. Haddad, Hausbesuch Eichendorffstr. 21 am Do.",
    field: "meeting_log",
    clientData: true,
    kinds: ["family_name", "street_address"],
    note: "street named after a person, still a home address",
  },
  {
    text: "TN-Liste Mädchentreff: Rama Khalil, Mursal Noori, Desislava G.",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Fallbesprechung: Kind geboren 17.11.2017, Kostenübernahme über KK, Versichertennr. H738201946",
    field: "meeting_log",
    clientData: true,
    kinds: ["birth_date", "insurance_number"],
  },
  {
    text: "supervision: haben lange über den fall von svetlana gesprochen, sehr belastend fürs team",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "Ergebnisprotokoll: Rückzahlung Elternbeitrag auf DE24 7601 0085 2293 8176 04 (Kontoinhaberin Mutter) – zuständig Murat, bis 30.6.",
    field: "meeting_log",
    clientData: true,
    kinds: ["iban"],
  },
  {
    text: "Teamsitzung: Jg. 2011, männlich, Fam. aus Eritrea – Fall geht an den ASD zurück",
    field: "meeting_log",
    clientData: true,
    kinds: ["birth_date"],
    note: "'Fam. aus Eritrea' names no family; the birth year is the hit",
  },
  {
    text: "Dienstbesprechung: Anruf vom Familiengericht, Aktenzeichen 5 F 1032/25 UG, Stellungnahme bis Fr.",
    field: "meeting_log",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "Elternabend Soziale Gruppe: Vater von Ionela fragt nach Fahrtkosten, wohnt Schillerweg 9 im 3. Stock",
    field: "meeting_log",
    clientData: true,
    kinds: ["kinship_name", "street_address"],
  },

  // ───────────────────────────── clean ─────────────────────────────

  // activity_title
  { text: "2h Elterncafé @Nordstadt #projekt", field: "activity_title", clientData: false, kinds: [] },
  {
    text: "gestern 90 min Runder Tisch Jugend +Jugendhaus Mitte",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "1h Basteln Kinder 6–10 J. @Stadtteiltreff",
    field: "activity_title",
    clientData: false,
    kinds: [],
    note: "age range of a target group",
  },
  {
    text: "3h Aufbau Stadtteilfest mit Bäckerei Kaya",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "30 min Rückruf Schulleiter Herr Vogel wg. Raum",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "45 min Fallberatung #fall:F-2026-031",
    field: "activity_title",
    clientData: false,
    kinds: [],
    note: "own pseudonymous case code",
  },
  {
    text: "vorlesen Pettersson und Findus in der Stadtbibliothek 1,5h",
    field: "activity_title",
    clientData: false,
    kinds: [],
    note: "fictional figures",
  },
  {
    text: "12-jähriges Jubiläum Jugendhaus Mitte, Grußwort 1h",
    field: "activity_title",
    clientData: false,
    kinds: [],
    note: "age of an institution, not a person",
  },
  {
    text: "Hausaufgabenhilfe Kl. 5-6, TN (8), 2h",
    field: "activity_title",
    clientData: false,
    kinds: [],
    note: "count in parentheses, not an age",
  },
  {
    text: "Infostand Wilhelmstr. 8 vorm Rathaus 4h",
    field: "activity_title",
    clientData: false,
    kinds: [],
    note: "public place with house number",
  },
  {
    text: "Ferienprogramm U12 Fussball mit SV Rot-Weiss 3h",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "Kochen mit Vätern @Familienzentrum St. Josef 2,5h",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  { text: "F-9 Telefonat ASD 20min", field: "activity_title", clientData: false, kinds: [] },
  {
    text: "Tag des Ehrenamts 5.12. Infostand 3h #oeffentlichkeitsarbeit",
    field: "activity_title",
    clientData: false,
    kinds: [],
    note: "event date",
  },
  {
    text: "Mutter-Kind-Turnen 1h @TSV Halle 2",
    field: "activity_title",
    clientData: false,
    kinds: [],
    note: "kinship words in a group name",
  },

  // activity_notes
  {
    text: "Bürgermeisterin Hartmann kam kurz vorbei und hat Unterstützung fürs Fest zugesagt.",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Raum 0.12 war doppelt belegt, nächstes Mal Turnhalle der Erich-Kästner-Schule anfragen.",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Frau Demir vom ASD hat Flyer mitgenommen und legt sie im Wartebereich aus.",
    field: "activity_notes",
    clientData: false,
    kinds: [],
    note: "colleague of the youth office named with her office",
  },
  {
    text: "Kollegin Petra übernimmt nächsten Dienstag, ich bin auf Fortbildung.",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Geschwister-Scholl-Schule will beim Mädchen-Aktionstag mitmachen, Ansprechpartnerin Frau Nowak (Schulsozialarbeit).",
    field: "activity_notes",
    clientData: false,
    kinds: [],
    note: "kinship word + name inside a school name",
  },
  {
    text: "malaktion schwarz weiss mit kreide, sonne und mond aufm schulhof – 14 kinder, alle zw. 6 und 11",
    field: "activity_notes",
    clientData: false,
    kinds: [],
    note: "colours that are also surnames",
  },
  {
    text: "Brezeln von Bäckerei Kaya und Döner-Haus Öztürk gespendet, Dankeskarte schicken!",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Flyer Elterntelefon ausgelegt: 0800 123 4567 (kostenlos, anonym).",
    field: "activity_notes",
    clientData: false,
    kinds: [],
    note: "public hotline number",
  },
  {
    text: "Anmeldung fürs Ferienprogramm nur über info@jugendhaus-mitte.de, nicht über uns.",
    field: "activity_notes",
    clientData: false,
    kinds: [],
    note: "functional mailbox",
  },
  {
    text: "Vater-Kind-Klettern am Sa. 14.06., 10–13 Uhr, max. 12 Familien, Treffpunkt Parkplatz Freibad.",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Filmnachmittag Familie Feuerstein, danach Popcorn. Oma-Opa-Café parallel im Nebenraum.",
    field: "activity_notes",
    clientData: false,
    kinds: [],
    note: "fictional family; kinship words in an offer name",
  },
  {
    text: "Imam Herr Al-Rashid bietet an, den Termin nach dem Freitagsgebet anzukündigen.",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Ehrenamtliche Frau Ionescu (Lesepatin) kann ab Mai zweimal pro Woche.",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Im Gemeinschaftsgarten Rosen und Lilien gepflanzt, die Kids wollen im Juni Erdbeeren ernten.",
    field: "activity_notes",
    clientData: false,
    kinds: [],
    note: "ordinary words that are names elsewhere",
  },
  {
    text: "Abrechnung 3 x 45 min, Material 123,45 €, Beleg-Nr. 2026-0815 an die Verwaltung",
    field: "activity_notes",
    clientData: false,
    kinds: [],
    note: "numbers that are neither phone nor file number of a client",
  },

  // cooperation_answer
  {
    text: "Der HzE-Auftrag ist Beratung der Eltern, keine Betreuung. Die Schule stellt den Raum und lädt über die Klassenlehrkräfte ein.",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "EHS bringt Elternarbeit und Krisenintervention ein. Schulleiterin Frau Popescu stellt das im Kollegium vor.",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Zeitliche Perspektive: Schuljahr 2026/27, Auswertung nach den Herbstferien.",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Was hat HzE davon? Früherer Zugang zu Familien und weniger eingriffsintensive Hilfen. Zahlen haben wir noch keine.",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Ansprechpartner ist Konrektor Hr. Yilmaz, erreichbar übers Sekretariat 07121 303-4410 oder sekretariat@gms-nord.de.",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
    note: "official named in role, public phone and functional mailbox of the school",
  },
  {
    text: "die schule übernimmt die einladung, wir die moderation. rollen sind im kooperationsvertrag geregelt",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Bisher nur mit der Brüder-Grimm-Grundschule. Die Anne-Frank-Realschule hat Interesse signalisiert.",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Schule bringt Sozialpädagogin (50 %) und Mensa ein, wir 4 Std./Woche Sprechstunde. Start nach den Osterferien am 13.04.",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "Offen ist noch, ob Lernförderung für Jahrgangsstufe 7 über BuT geht. Klärung mit dem Jobcenter, Frau Krasniqi (Teamleitung).",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
    note: "official in role; grade level, not a birth year",
  },
  {
    text: "Gute Absprachen mit der Schulsozialarbeit (Kollege Dawit Tesfamariam). Fälle besprechen wir nur anonym mit Fallnummer, z.B. F-2026-017.",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
    note: "colleague with full name in role; own case code",
  },
  {
    text: "Die Schule traegt bei, indem sie Elternabende fuer uns oeffnet. Probleme gibt es nur bei der Raumplanung.",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },

  // committee_name
  { text: "AK Jugend Nordstadt", field: "committee_name", clientData: false, kinds: [] },
  { text: "Runder Tisch Kinderarmut Weststadt", field: "committee_name", clientData: false, kinds: [] },
  { text: "Netzwerk Frühe Hilfen Landkreis", field: "committee_name", clientData: false, kinds: [] },
  { text: "AG nach §78 SGB VIII – HzE", field: "committee_name", clientData: false, kinds: [] },
  { text: "Kinder- und Jugendbeirat Oststadt", field: "committee_name", clientData: false, kinds: [] },
  { text: "Steuerungskreis Sozialraum Süd", field: "committee_name", clientData: false, kinds: [] },
  {
    text: "AK Mama lernt Deutsch",
    field: "committee_name",
    clientData: false,
    kinds: [],
    note: "kinship word in a project name",
  },
  {
    text: "Präventionsrat Stadt – UAG Jugend & öffentl. Raum",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },

  // committee_notes
  {
    text: "Nächste Sitzung 17.09., 16 Uhr, Rathaus Raum 204. Vorsitz Stadtrat Bauer.",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "TOP 3 Spielplatz Lindenstraße: Sanierung im Haushalt 2027, Beschlussvorlage Drucksache 2026/0145.",
    field: "committee_notes",
    clientData: false,
    kinds: [],
    note: "public street without house number; council document number",
  },
  {
    text: "Pfarrerin Nowak regt gemeinsames Ferienprogramm mit der Caritas an, Kosten ca. 2.500 €.",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Jugendhaus meldet 35 Besucher/Tag, ca. 60 % Jungs zw. 12 und 17 J.",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Frau Dr. Esposito (Kinderärztin) hält im Herbst einen Vortrag zur Mediennutzung.",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "protokoll kommt per mail von geschaeftsstelle@praeventionsrat-stadt.de",
    field: "committee_notes",
    clientData: false,
    kinds: [],
    note: "functional mailbox",
  },
  {
    text: "Herr Haile vom Integrationsbeirat will wissen, wie viele Familien mit Fluchterfahrung wir erreichen – nur Summen weitergeben!",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "Zuwendungsbescheid der Stadt fürs Elterncafé ist da, Az. 50.2-PF-2026-07, 4.800 € bis Ende 2026.",
    field: "committee_notes",
    clientData: false,
    kinds: [],
    note: "file number of the team's own grant, no client involved",
  },
  {
    text: "Caritas, Diakonie und AWO stellen Jahresplanung vor, Moderation übernimmt Frau Kaya (AWO).",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },

  // partner_name
  { text: "Jugendhaus Mitte", field: "partner_name", clientData: false, kinds: [] },
  { text: "Bäckerei Kaya", field: "partner_name", clientData: false, kinds: [] },
  { text: "Robert-Bosch-Stiftung", field: "partner_name", clientData: false, kinds: [] },
  {
    text: "Erich-Kästner-Schule, Sekretariat 07121 456780",
    field: "partner_name",
    clientData: false,
    kinds: [],
    note: "public phone of a school",
  },
  { text: "Familienzentrum Sonnenblume e.V.", field: "partner_name", clientData: false, kinds: [] },
  { text: "Praxis für Ergotherapie Schmid & Partner", field: "partner_name", clientData: false, kinds: [] },
  {
    text: "Moscheeverein Nordstadt – Herr Aksoy (Vorstand)",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "Polnische Katholische Mission, Pfarrer Kowalski",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  { text: "Kita St. Martin, Leitung Frau Gashi", field: "partner_name", clientData: false, kinds: [] },
  {
    text: "Förderverein Jugendhaus Mitte e.V., Spendenkonto DE12 4306 0967 8812 0455 30",
    field: "partner_name",
    clientData: false,
    kinds: [],
    note: "public donation account of a club, not a client's account",
  },
  {
    text: "Ukrainischer Verein Nadija e.V. (Olena, Koordinatorin)",
    field: "partner_name",
    clientData: false,
    kinds: [],
    note: "first name of a partner representative in role",
  },
  { text: "Autohaus Petrov – Sponsor Trikots", field: "partner_name", clientData: false, kinds: [] },

  // meeting_log
  {
    text: "Teamsitzung 12.5.: anwesend Petra, Murat, Svenja, ich. Themen: Sommerfest, Budget, Vertretung Runder Tisch.",
    field: "meeting_log",
    clientData: false,
    kinds: [],
    note: "colleagues' first names",
  },
  {
    text: "Ergebnisprotokoll AK Jugend: 1) Flyer bis 30.6. (Murat) 2) Raumanfrage Turnhalle (Petra) 3) nächster Termin 8.7.",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "kurzer austausch mit schulleiter vogel: 3 klassen machen mit, ca. 70 SuS, start KW 38",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Fallbesprechung F-2026-031 und F-2026-044 anonym, keine Namen im Protokoll. Ergebnis: Gruppenangebot prüfen.",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Geschichtsprojekt geplant: Ausstellung über Sophie Scholl und Martin Luther King in der Stadtbücherei, Jugendliche ab 14.",
    field: "meeting_log",
    clientData: false,
    kinds: [],
    note: "historical figures",
  },
  {
    text: "Harry-Potter-Lesenacht: 20 Plätze, Kinder 8–12 J., Eltern holen um 22 Uhr ab.",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Jahresgespräch mit JA-Planerin Frau Weber: Sozialraumbudget 1.200 FLS, davon 340 h erfüllt.",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Infoabend 'Mutter werden in Deutschland' mit Hebamme Frau Ahmadi, 11 Frauen da, Dolmetscherin arabisch.",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "ehrenamtl. Helfer: 6 Pers., davon 2 Studierende der HS und 4 Rentner. Dank an den Bürgerverein.",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Telefonkonferenz mit dem Jugendamt (Zentrale 0711 2167-0) zur neuen Vorlage, zuständig Frau Rossi.",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "Übergabe Sommer: Ahmet macht das Elterncafé, Natalia den Mädchentreff, ich die Hausaufgabenhilfe.",
    field: "meeting_log",
    clientData: false,
    kinds: [],
    note: "colleagues' first names alone, in a team handover",
  },
  {
    text: "Stadtteilspaziergang mit Quartiersmanager Herr Nguyen, Treffpunkt Bürgerhaus Marktplatz 5, 15 TN.",
    field: "meeting_log",
    clientData: false,
    kinds: [],
    note: "public address of a community centre",
  },
];
