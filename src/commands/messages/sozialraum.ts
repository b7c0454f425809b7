// German texts of the sozialraum family (districts, channels, roles).
export const sozialraum = {
  listTitle: "Sozialräume",
  none: "Es gibt noch keinen Sozialraum. Ein Admin legt ihn an: „sozialraum neu Nordstadt“.",
  channelOf: (channel: string) => `Kanal: ${channel}`,
  noChannel: "kein Kanal zugeordnet",
  created: (name: string) =>
    `Sozialraum „${name}“ ist angelegt. Tipp: Im passenden Kanal „sozialraum kanal ${name}“ schreiben, dann gilt er dort als Standard.`,
  exists: (name: string) => `Den Sozialraum „${name}“ gibt es schon.`,
  nameInvalid: "Bitte gib einen Namen mit 2 bis 60 Zeichen an, z. B. „sozialraum neu Nordstadt“.",
  unknownDistrict: (name: string, known: string) =>
    known
      ? `Den Sozialraum „${name}“ kenne ich nicht. Vorhanden: ${known}.`
      : `Den Sozialraum „${name}“ kenne ich nicht.`,
  nameMissing: (known: string) =>
    `Bitte nenne den Sozialraum, z. B. „sozialraum kanal Nordstadt“.${known ? ` Es gibt: ${known}.` : ""}`,
  needsChannel: "Bitte schreib das in dem Kanal, der zum Sozialraum gehören soll.",
  channelAssigned: (name: string) => `Dieser Kanal gehört jetzt zum Sozialraum „${name}“.`,
  renamed: (from: string, to: string) => `„${from}“ heißt jetzt „${to}“.`,
  renameUsage: "So geht’s: „sozialraum umbenennen Alter Name -> Neuer Name“.",
  archived: (name: string) =>
    `„${name}“ ist archiviert. Bisherige Aktivitäten bleiben erhalten, neue können dort nicht mehr erfasst werden.`,
  membersTitle: "Mitglieder und Rollen",
  roleUsage:
    "So geht’s: „sozialraum rolle @Person teamleitung“ (fachkraft, teamleitung, admin oder betriebsrat).",
  unknownMember:
    "Diese Person kenne ich noch nicht. Sie muss mir einmal schreiben, dann kann ich ihr eine Rolle geben.",
  roleSet: (name: string, role: string) => `${name} ist jetzt ${role}.`,
  lastAdmin: "Du bist der letzte Admin. Bitte ernenne erst eine andere Person zum Admin.",
  digestLater:
    "Der Wochenrückblick ist noch in Arbeit und bald verfügbar. Sozialräume und Kanäle kannst du schon einrichten.",
  link: {
    codeTitle: "Slack und Teams verbinden",
    code: (code: string, until: string, minutes: number) =>
      `Verbindungscode: ${code} — gilt ${minutes} Minuten (bis ${until} Uhr) und nur einmal. ` +
      `Ein Admin schreibt auf der anderen Plattform: „sozialraum verbinden ${code}“. ` +
      "Danach arbeitet ihr dort mit denselben Sozialräumen, Aktivitäten, Gremien und Kooperationen.",
    linked: (name: string) =>
      name
        ? `Verbunden: Dieser Arbeitsbereich gehört jetzt zum Team „${name}“. Ihr seht dieselben Sozialräume, Aktivitäten, Gremien und Kooperationen.`
        : "Verbunden: Ihr seht jetzt dieselben Sozialräume, Aktivitäten, Gremien und Kooperationen wie auf der anderen Plattform.",
    usage:
      "So geht’s: „sozialraum verbinden“ gibt einen Code aus; auf der anderen Plattform „sozialraum verbinden ABCD-EFGH“ eingeben.",
    unknown:
      "Diesen Code kenne ich nicht oder er wurde schon benutzt. Bitte lass dir auf der anderen Plattform einen neuen geben („sozialraum verbinden“).",
    expired: "Der Code ist abgelaufen (er gilt 15 Minuten). Bitte lass dir einen neuen geben.",
    ownCode: "Das ist ein Code dieses Arbeitsbereichs. Bitte gib ihn auf der anderen Plattform ein.",
    samePlatform:
      "Verbinden geht nur zwischen Slack und Teams, nicht zwischen zwei Arbeitsbereichen derselben Plattform.",
    platformTaken: "Das Team ist schon mit einem Arbeitsbereich dieser Plattform verbunden.",
    hasLinks:
      "Mit diesem Arbeitsbereich ist schon eine andere Plattform verbunden. Bitte gib hier einen Code aus und löse ihn dort ein.",
    hasData:
      "Hier gibt es schon eigene Daten (Sozialräume, Partner, Aktivitäten, Gremien oder Kooperationen). Bestehende Daten zusammenzuführen wird nicht unterstützt: Verbinden geht nur von einem Arbeitsbereich aus, in dem noch nichts angelegt ist.",
    memberClash: "Eine Person ist auf beiden Seiten schon eingetragen. Verbinden ist deshalb nicht möglich.",
  },
  holidays: {
    stateIs: (name: string) =>
      `Feiertage gelten für ${name}. Ändern (Admin): „sozialraum bundesland BY“ – Kürzel BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH, TH.`,
    stateSet: (name: string) => `Ab jetzt gelten die Feiertage von ${name}.`,
    stateUnknown: (typed: string) =>
      `Das Bundesland „${typed}“ kenne ich nicht. Bitte ein Kürzel angeben: BW, BY, BE, BB, HB, HH, HE, MV, NI, NW, RP, SL, SN, ST, SH oder TH.`,
    stateNames: {
      BW: "Baden-Württemberg",
      BY: "Bayern",
      BE: "Berlin",
      BB: "Brandenburg",
      HB: "Bremen",
      HH: "Hamburg",
      HE: "Hessen",
      MV: "Mecklenburg-Vorpommern",
      NI: "Niedersachsen",
      NW: "Nordrhein-Westfalen",
      RP: "Rheinland-Pfalz",
      SL: "Saarland",
      SN: "Sachsen",
      ST: "Sachsen-Anhalt",
      SH: "Schleswig-Holstein",
      TH: "Thüringen",
    } as Record<string, string>,
    listTitle: "Schulferien",
    none: "Es sind keine kommenden Schulferien eingetragen. Eintragen: „sozialraum ferien 23.12.2026 09.01.2027 Weihnachtsferien“ oder „sozialraum ferien import <Link zur .ics-Datei des Kultusministeriums>“.",
    range: (name: string, from: string, to: string) => `${name || "Ferien"}: ${from} – ${to}`,
    added: (range: string) => `Eingetragen: ${range}.`,
    usage:
      "So geht’s: „sozialraum ferien 23.12.2026 09.01.2027 Weihnachtsferien“ (erster und letzter Ferientag) oder „sozialraum ferien import <Link zur .ics-Datei>“.",
    backwards:
      "Der letzte Ferientag liegt vor dem ersten. Bitte erst den ersten, dann den letzten Tag angeben.",
    namePrivate:
      "Der Name sieht nach persönlichen Daten aus. Bitte nur den Namen der Ferien angeben, z. B. „Herbstferien“.",
    importUsage:
      "So geht’s: „sozialraum ferien import https://…/ferien.ics“ mit dem Link zur iCalendar-Datei (.ics) der Schulferien.",
    noFile:
      "Dafür brauche ich die iCalendar-Datei (.ics) der Schulferien: Datei an mich schicken und als Nachricht dazu „sozialraum ferien import“ schreiben – oder „sozialraum ferien import https://…/ferien.ics“ mit dem Link des Kultusministeriums.",
    importFailed: "Die Datei konnte ich nicht laden. Bitte den Link prüfen und es noch einmal versuchen.",
    importBlocked:
      "Diesen Link lade ich nicht: Er führt nicht zu einer öffentlichen Adresse im Internet. Bitte den Link des Kultusministeriums nehmen oder die .ics-Datei direkt schicken.",
    fileNotIcs:
      "Das ist keine .ics-Datei. Bitte die iCalendar-Datei der Schulferien schicken (Endung .ics), wie sie das Kultusministerium veröffentlicht.",
    fileTooLarge:
      "Die Datei ist zu groß für einen Ferienkalender (höchstens 512 KB). Bitte nur die .ics-Datei mit den Schulferien schicken.",
    fileUnreadable: "Die Datei konnte ich nicht herunterladen. Bitte schick sie noch einmal.",
    notIcal: "Das ist keine iCalendar-Datei mit Ferienterminen (.ics).",
    noneFound:
      "In der Datei stehen keine Ferientermine. Bitte die .ics-Datei mit den Schulferien deines Bundeslands nehmen.",
    imported: (total: number, added: number, from: string, to: string) =>
      `${total} Ferienzeiträume gelesen, ${added} neu eingetragen${total > added ? ` (${total - added} waren schon da)` : ""}. Zeitraum: ${from} bis ${to}.`,
    /** The name a calendar entry gets when its own name looked like personal data. */
    neutralName: "Schulferien",
    namesReplaced: (n: number) =>
      `${n === 1 ? "Ein Name sah" : `${n} Namen sahen`} nach personenbezogenen Daten aus und ${n === 1 ? "heißt" : "heißen"} jetzt „Schulferien“.`,
  },
} as const;
