// German help texts of every family and sub-command: the registry's declarations point here.
const sub = (usage: string, summary: string) => ({ usage, summary });

export const commands = {
  aktivitaet: {
    title: "aktivitaet",
    summary: "Aktivität erfassen, auflisten, auswerten oder exportieren.",
    slack: "Aktivität erfassen, auflisten, auswerten oder exportieren",
    example: "2h Elterncafé @Nordstadt #projekt",
    bare: "öffnet das Formular",
    subs: {
      neu: sub("aktivitaet neu [Schnelleintrag]", "neue Aktivität: ohne Text das Formular"),
      liste: sub(
        "aktivitaet liste [woche|monat|<Sozialraum>]",
        "deine letzten Einträge (Teamleitung: das Team)",
      ),
      statistik: sub(
        "aktivitaet statistik [monat|quartal|jahr] [Sozialraum]",
        "Stunden nach Ansatzpunkt, Ebene, Rolle",
      ),
      export: sub("aktivitaet export [von] [bis]", "CSV für Excel"),
      bearbeiten: sub("aktivitaet bearbeiten <Nr.>", "einen eigenen Eintrag ändern"),
      loeschen: sub("aktivitaet löschen <Nr.>", "einen eigenen Eintrag löschen"),
    },
  },
  gremium: {
    title: "gremium",
    summary: "Gremien und Sitzungen: anlegen, nächste Termine, zusagen, absagen, verschieben, Kalender.",
    slack: "Gremien und Sitzungen verwalten, Teilnahme zusagen",
    example: "nächste",
    roles:
      "Anlegen, bearbeiten und zusagen darf jedes Teammitglied. Sitzungen absagen oder verschieben und ein Gremium archivieren dürfen nur, wer es angelegt hat, Teamleitungen und Admins.",
    subs: {
      neu: sub(
        "gremium neu [<Name> <Rhythmus> [Uhrzeit] [@Sozialraum] [Ort]]",
        "neues Gremium in einer Zeile (z. B. „gremium neu Runder Tisch jeden 2. Dienstag im Monat 18 Uhr“) oder im Formular",
      ),
      liste: sub("gremium liste", "alle Gremien mit Rhythmus"),
      naechste: sub("gremium nächste [Anzahl|Sozialraum]", "die nächsten Sitzungen und wer hingeht"),
      zusage: sub("gremium zusage [Gremium] [Datum]", "du gehst hin (ohne Angabe: die nächste Sitzung)"),
      absage: sub("gremium absage [Gremium] [Datum]", "du kannst nicht hingehen (die Sitzung findet statt)"),
      absagen: sub(
        "gremium absagen <Gremium> <Datum>",
        "die Sitzung fällt für alle aus (nur wer das Gremium angelegt hat, Teamleitung, Admin)",
      ),
      verschieben: sub(
        "gremium verschieben <Gremium> <Datum> <neues Datum/Uhrzeit>",
        "eine Sitzung verlegen",
      ),
      bearbeiten: sub("gremium bearbeiten <Gremium>", "Rhythmus, Ort oder Erinnerungen ändern"),
      archivieren: sub("gremium archivieren <Gremium>", "ein Gremium beenden"),
      kalender: sub("gremium kalender [Sozialraum|widerrufen]", "Kalender-Abo (ICS) für Outlook und Co."),
      protokoll: sub(
        "gremium protokoll [export] [Gremium] [Datum]",
        "Ergebnisprotokoll: Beschlüsse und Aufgaben (wer, bis wann) festhalten oder exportieren",
      ),
    },
  },
  bedarf: {
    title: "bedarf",
    summary: "Bedarf aus der Fallarbeit festhalten (anonym): wird zur Agenda des Sozialraums.",
    slack: "Bedarf aus der Fallarbeit anonym festhalten, sehen, exportieren",
    example: "fehlende Nachmittagsbetreuung für Grundschulkinder @Nordstadt #Betreuung",
    bare: "zeigt die Bedarfe",
    subs: {
      neu: sub("bedarf neu [Beschreibung]", "einen Bedarf festhalten: ohne Text das Formular"),
      liste: sub("bedarf liste [Sozialraum]", "alle Bedarfe, die häufigsten zuerst"),
      status: sub("bedarf status <Nr.> <neu|planung|läuft|erledigt>", "den Stand eines Bedarfs setzen"),
      export: sub("bedarf export [Sozialraum]", "CSV für die Sozialraum-Konferenz"),
    },
  },
  angebot: {
    title: "angebot",
    summary: "Regelmäßige Gruppenangebote (Elterncafé, Mädchentreff) mit ihren Terminen.",
    slack: "Gruppenangebote anlegen, Termine eintragen, beenden",
    example: "neu Elterncafé jeden Dienstag 15 Uhr @Nordstadt",
    bare: "zeigt die laufenden Angebote",
    subs: {
      neu: sub(
        "angebot neu <Titel> <Rhythmus> [Uhrzeit] @Sozialraum [+Partner] [bedarf <Nr.>]",
        "ein Angebot anlegen",
      ),
      liste: sub("angebot liste [Sozialraum]", "laufende Angebote mit Terminen"),
      termin: sub("angebot termin <Nr.|Titel> [Datum]", "einen Termin eintragen: wie viele waren da?"),
      beenden: sub("angebot beenden <Nr.|Titel>", "ein Angebot beenden"),
    },
  },
  kooperation: {
    title: "kooperation",
    summary: "Kooperation mit Schule, Kita oder Hort Schritt für Schritt vorbereiten.",
    slack: "Kooperation mit Schule, Kita oder Hort vorbereiten",
    example: "neu Grundschule Nord",
    subs: {
      neu: sub("kooperation neu <Partner>", "Checkliste mit sechs Schritten starten"),
      fortsetzen: sub("kooperation fortsetzen <Partner>", "dort weitermachen, wo jemand aufgehört hat"),
      liste: sub("kooperation liste [Status|Sozialraum]", "alle Kooperationen"),
      zeigen: sub("kooperation zeigen <Partner>", "Antworten, wer wann geantwortet hat, was fehlt"),
      status: sub("kooperation status <Partner> in Arbeit|vereinbart|beendet", "den Stand ändern"),
      export: sub("kooperation export <Partner>", "Vereinbarung als Markdown-Dokument"),
    },
  },
  sozialraum: {
    title: "sozialraum",
    summary: "Sozialräume, Kanäle, Rollen, Wochenrückblick und Bericht einrichten.",
    slack: "Sozialräume, Kanäle, Rollen und Berichte einrichten",
    example: "neu Nordstadt",
    subs: {
      bundesland: sub("sozialraum bundesland [Kürzel]", "welche Feiertage gelten (BW, BY, BE, …)"),
      ferien: sub(
        "sozialraum ferien [von bis Name | import [Link]]",
        "Schulferien anzeigen, eintragen oder aus einer .ics-Datei übernehmen (Link oder mitgeschickte Datei)",
      ),
      liste: sub("sozialraum liste", "alle Sozialräume mit Kanal"),
      neu: sub("sozialraum neu <Name>", "neuen Sozialraum anlegen"),
      kanal: sub("sozialraum kanal <Name>", "diesen Kanal dem Sozialraum zuordnen"),
      umbenennen: sub("sozialraum umbenennen <Alt> -> <Neu>", "einen Sozialraum umbenennen"),
      archivieren: sub("sozialraum archivieren <Name>", "einen Sozialraum archivieren"),
      mitglieder: sub("sozialraum mitglieder", "wer welche Rolle hat"),
      rolle: sub("sozialraum rolle @Person fachkraft|teamleitung|admin", "eine Rolle vergeben"),
      verbinden: sub("sozialraum verbinden [Code]", "Slack und Teams zu einem Team verbinden"),
      digest: sub(
        "sozialraum digest abonnieren|abbestellen|liste|vorschau [Sozialraum] [Wochentag Uhrzeit]",
        "Wochenrückblick in diesen Kanal (abonnieren und abbestellen: Teamleitungen, Admins)",
      ),
      bericht: sub(
        "sozialraum bericht <Zeitraum> [Sozialraum|alle] [docx|xlsx|md|csv]",
        "Sachbericht fürs Jugendamt als Word-Dokument (oder Excel, Markdown, CSV); Zeitraum: quartal, letztes quartal, Q3 2026, jahr, vorjahr, 2026, von … bis …",
      ),
      budget: sub(
        "sozialraum budget <Sozialraum> <Stunden>|aus",
        "Sozialraumbudget: geplante fallunspezifische Stunden im Jahr, im Wochenrückblick und im Bericht gegen den Stand",
      ),
      personenzahlen: sub(
        "sozialraum personenzahlen an|zustimmen|ablehnen|aus",
        "Stunden je Person im Wochenrückblick: eine Admin beantragt, der Betriebsrat oder eine zweite Admin stimmt binnen 7 Tagen zu; nie im Bericht fürs Jugendamt",
      ),
    },
  },
  partner: {
    title: "partner",
    summary:
      "Das Partnerverzeichnis pflegen: auflisten, umbenennen, zusammenführen, Art ändern, archivieren.",
    slack: "Kooperationspartner auflisten, umbenennen, zusammenführen, archivieren",
    example: "liste",
    bare: "zeigt alle Partner",
    subs: {
      liste: sub(
        "partner liste [Art|Sozialraum|archiviert]",
        "alle Partner mit Art, Aktivitäten, Kooperationen und letzter Nutzung",
      ),
      umbenennen: sub("partner umbenennen <Alt> -> <Neu>", "einen Partner umbenennen (auch „zu“ oder „in“)"),
      zusammenfuehren: sub(
        "partner zusammenführen <A> <B>",
        "Doppelte zusammenführen: alle Aktivitäten und Kooperationen wandern zum behaltenen",
      ),
      art: sub("partner art <Name> <Art>", "die Art ändern (Schule, Kita, Hort, Verein …)"),
      archivieren: sub("partner archivieren <Name>", "nicht mehr vorschlagen; alte Einträge behalten ihn"),
    },
  },
  datenschutz: {
    title: "datenschutz",
    summary: "Was gespeichert wird, wie lange, und wer exportiert oder gelöscht hat.",
    slack: "Was gespeichert wird, Aufbewahrung, Protokoll",
    example: "info",
    subs: {
      info: sub("datenschutz info", "was gespeichert wird und warum"),
      aufbewahrung: sub("datenschutz aufbewahrung <Monate>", "wie lange Einträge aufbewahrt werden"),
      protokoll: sub("datenschutz protokoll", "wer wann exportiert, geändert oder gelöscht hat"),
      mitglied: sub(
        "datenschutz mitglied entfernen @Person",
        "jemand hat das Team verlassen: Name überall entfernen",
      ),
      auskunft: sub(
        "datenschutz auskunft",
        "alles, was über dich gespeichert ist, als Datei (Art. 15 DSGVO)",
      ),
    },
  },
  hilfe: {
    title: "hilfe",
    summary: "Zeigt, was der Sozialraum-Assistent kann.",
    slack: "Zeigt, was der Sozialraum-Assistent kann",
    example: "gremium",
    subs: {
      start: sub("hilfe start", "deine Startseite: letzte Einträge, nächste Sitzungen, offene Checklisten"),
    },
  },
} as const;

export const help = {
  title: "Sozialraum-Assistent – das kann ich",
  intro: "Ich halte eure sozialräumliche Arbeit fest: schnell, auf Deutsch und ohne Daten über Klient*innen.",
  familyTitle: (title: string) => `„${title}“ – so geht’s`,
  familyLine: (name: string, summary: string) => `${name} – ${summary}`,
  bare: (name: string, what: string) => `${name} – ${what}`,
  example: (line: string) => `Beispiel: „${line}“`,
  moreHelp: (name: string) => `Mehr dazu: „${name} hilfe“`,
  slack: (slash: string) => `In Slack: ${slash}`,
  audience: {
    lead: " (Teamleitungen, Admins)",
    admin: " (Admins)",
    owner: " (wer das Gremium angelegt hat, Teamleitungen, Admins)",
  },
  platforms:
    "In Slack beginnt jeder Befehl mit einem Schrägstrich (z. B. /gremium), in Teams schreibst du ihn dem Assistenten als Nachricht.",
  unknownSub: (family: string, typed: string) => `„${family} ${typed}“ kenne ich nicht.`,
  privacy:
    "Bitte keine Namen, Geburtsdaten, Adressen oder Telefonnummern von Klient*innen eintragen – höchstens ein internes Fallkürzel.",
} as const;
