/**
 * Sixth fresh corpus for the privacy guard, written blind (2026-12-03): without sight of the guard
 * (src/commands/privacy) and without reading the cases of the other corpora — only their type and headers.
 * All names, numbers and addresses are invented. IBANs, Krankenversichertennummern and
 * Rentenversicherungsnummern carry valid check digits, so a guard that validates them is measured fairly.
 * The texts imitate hurried typing on a phone: lower case, abbreviations (KM, KV, TN, EHS, AK, HzE, ASD, JA,
 * HK, HPG), missing punctuation, names from many origins, odd spacing in phone numbers; meeting minutes
 * are sometimes written as full polite sentences.
 *
 * Ground truth of `clientData`: does the text contain personal data of a client or of a client's family?
 * Rules applied (the same as in privacy-fresh5.ts):
 * - "Client" = any private person the team works with or for: children, young people, parents, relatives,
 *   foster families (Adressat*innen). Professionals, officials and politicians in their role (Schulleiterin
 *   Frau Berger, OB Müller, Stadträtin Yilmaz, Kita-Leitung, Polizei, Kolleg*innen, Journalist*innen,
 *   representatives of partners) are NOT client data, even with a surname that could also be a client's.
 *   The same surname names a client when it is used for a family or a case ("fall yilmaz", "fam. yilmaz").
 * - person_name: a client's first name and/or surname, also lower case, abbreviated ("jonas b."), with or
 *   without Herr/Frau, also when a pseudonymous case code stands next to it.
 * - family_name: "Fam./Familie/Eheleute/Geschwister/Pflegefamilie X", "die Kovačević", "bei den X", "fall X".
 * - kinship_name: a kinship or family-role word (KM, KV, Mutter, Vater, Oma, Opa, Tante, Bruder,
 *   Stiefvater, Pflegemutter …) directly joined to a name ("KM frau öztürk", "oma hatice",
 *   "tochter von frau hadžić"). "mutter von lukas", "KV von sina", "bruder von nikola p." count as kinship_name too.
 * - birth_date: "geb. 3.4.15", "* 2012", "jg. 2011", "geb. 11/2014", and a client's age next to a name
 *   ("Mia (11)", "emre, 8 J.", "dawit 9j"). An age range of a target group ("10- bis 14-jährige") is no client data.
 * - phone / email / iban / street_address / insurance_number / file_number: of a client or relative.
 *   A client's street with house number is street_address; so is a family's address without a name.
 *   File numbers of the youth office / family court ("Az. 51.3-0417/26", "3 F 245/26") are client data;
 *   pseudonymous case codes ("F-17", "#fall:F-203") are NOT.
 * - Institutional contact data is NOT client data: office phone numbers and extensions of the EHS or a
 *   school ("0761 201-4410", "durchwahl -214"), a club's info@ address, an institution's street and house
 *   number. A guard may ask for confirmation there (weak hit), but must not treat it as a client hit.
 * - Not client data: rooms and times (Raum 12, ab 14 Uhr, KW 47), dates of meetings and events (also when
 *   shaped like "3.4. um 15 uhr" or "3.2.27"), institutions/places named after persons (Anne-Frank-Schule,
 *   Albert-Schweitzer-Kita, St. Josef, Sophie-Scholl-Platz, Hans-Sachs-Straße as an event place), amounts,
 *   durations, participant counts, paragraphs (§ 27 SGB VIII), council papers (Drucksache 2026/118) and
 *   grant application numbers, kinship words without names ("7 mütter", "mutter-kind-gruppe"),
 *   group words ("alleinerziehende mütter"), colleagues named by first name in their role.
 * `kinds` lists every kind present in a clientData case (empty for clientData false).
 *
 * Readings applied in this corpus (consistent with the rules above):
 * - A name inside a kinship phrase ("tante von samira", "KM frau petrović") is covered by kinship_name alone;
 *   person_name is added only when another client name stands on its own in the same text.
 * - A kinship word without a name next to a phone, e-mail or IBAN ("nummer von KM …") gives only that kind.
 * - A possessive kinship word without a name of its own ("freya und ihrem stiefvater", "tamar und ihre mama") adds no
 *   kinship_name; a named relative ("elif und ihre schwester zeynep", "kemal und sein cousin baran") does.
 * - A client's street address is street_address even when the street is named after a person
 *   ("goethestr. 12", "Schillerstraße 44"); a place named after a person as an event place stays no client data.
 * - A business named after its owner ("bäckerei schmidt") and a professional's practice ("praxis dr. meier")
 *   are partners, not clients.
 * Readings added in this corpus (consistent with the rules above):
 * - Neighbours or other private persons around a client ("nachbarin frau x (hilft bei lukasz)") are client data.
 * - A name inside an e-mail address adds no person_name; a client's own e-mail is email.
 * - Sections follow the field order; texts of the same content appear once with and once without a name
 *   ("fall F-88 (ravi s.)" vs. "fall F-88") so that the name alone decides.
 */

import type { PrivacyCase } from "./privacy-holdout.js";

export const PRIVACY_FRESH6: readonly PrivacyCase[] = [
  // ───────────── activity_title ─────────────
  {
    text: "hausbesuch bei jovanka wg schulangst",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "fam. oyelaran-brück kennenlernen",
    field: "activity_title",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "gespräch KM frau haciosmanoglu + tobi",
    field: "activity_title",
    clientData: true,
    kinds: ["kinship_name", "person_name"],
  },
  {
    text: "erstgespräch lenny (7)",
    field: "activity_title",
    clientData: true,
    kinds: ["birth_date", "person_name"],
  },
  {
    text: "elterncafe im familienzentrum",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "AK jugend nordstadt kw 48",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "sitzung mit schulleiterin frau dabrowski zu hausaufgabenhilfe",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "begleitung zum JA mit aurelio f.",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "laternenumzug anne-frank-schule",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "oma rosalind abholen wg pflegeplatz",
    field: "activity_title",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "ferienprogramm planung 3.4. um 15 uhr",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "krisengespräch bei den szymanskis",
    field: "activity_title",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "mädchentreff raum 4",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "nachbereitung vorfall mit kalani und jördis",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "treffen mit herrn ogundipe vom quartiersmanagement",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "rückmeldung an JA zu az. 51.2-1183/26",
    field: "activity_title",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "flyer tag des ehrenamts",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "schulweg-training ilvy",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "runder tisch § 8a mit polizei und asd",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "geb. tagsfeier mattis geb 14.2.19 nachholen",
    field: "activity_title",
    clientData: true,
    kinds: ["birth_date", "person_name"],
  },
  {
    text: "drucksache 2026/204 vorbereiten",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "HPG familie nwachukwu",
    field: "activity_title",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "übergabe an kollegin tamsin (elternarbeit)",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "infoabend alleinerziehende mütter",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "gespräch w/ yannick-noah wg konflikt im jugendhaus",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "fortbildung bei dr. esposito-haas (traumapädagogik)",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "sommerfest sophie-scholl-platz",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "12 väter beim vater-kind-frühstück",
    field: "activity_title",
    clientData: false,
    kinds: [],
  },
  {
    text: "tel mit stiefvater von ksenia",
    field: "activity_title",
    clientData: true,
    kinds: ["kinship_name"],
  },
  // ───────────── activity_notes ─────────────
  {
    text: "hab mit ruven gesprochen er ist erreichbar unter 0157 3392 8041 bitte nicht vor 10 anrufen",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "phone"],
  },
  {
    text: "heute im AK jugendhilfe vorgestellt waren 14 leute da u.a. herr pazdera vom jugendamt und die kita leitung frau amankwah",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "KV herr zeqiri war beim termin dabei, dilara hat kaum was gesagt die stimmung war angespannt",
    field: "activity_notes",
    clientData: true,
    kinds: ["kinship_name", "person_name"],
  },
  {
    text: "projekttag an der albert-schweitzer-schule ab 9 uhr in raum 12 mit 3 klassen a 24 kindern",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "fam. mbeki-sauer wohnt jetzt in der liebigstr. 41 2.og links",
    field: "activity_notes",
    clientData: true,
    kinds: ["street_address", "family_name"],
  },
  {
    text: "malin schickt zeugnisse per mail an malin.hjort07@gmx.de weiterleiten an asd",
    field: "activity_notes",
    clientData: true,
    kinds: ["email", "person_name"],
  },
  {
    text: "kollegin zerrin übernimmt ab kw 50 die gruppe, ich bin im urlaub, vertretung über durchwahl -318",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "lio ist jg. 2013 und möchte in die fußball ag",
    field: "activity_notes",
    clientData: true,
    kinds: ["birth_date", "person_name"],
  },
  {
    text: "KM frau grabowska bittet um erstattung ferienfahrt auf DE44 5001 0517 5407 3249 31",
    field: "activity_notes",
    clientData: true,
    kinds: ["iban", "kinship_name"],
  },
  {
    text: "treffen im rathaus saal 2 mit OB kessler und stadtrat yilmaz wegen spielplatz am brunnenweg",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "für die kur braucht karolina die versichertennr K917400290 bitte an krankenkasse",
    field: "activity_notes",
    clientData: true,
    kinds: ["insurance_number", "person_name"],
  },
  {
    text: "FamG termin 4 F 311/26 am 10.12. begleitung",
    field: "activity_notes",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "F-212 weiter beobachten kein neuer stand",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "oma dörte und opa klaas holen joris jetzt immer freitags ab",
    field: "activity_notes",
    clientData: true,
    kinds: ["kinship_name", "person_name"],
  },
  {
    text: "8 mütter 3 väter beim elternseminar, thema medien, nächstes mal § 16 sgb viii infos",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "emmi weint viel seit umzug lehrerin meldet sich",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "bei den aydemirs ist der strom abgestellt worden, notfallfonds angefragt",
    field: "activity_notes",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "bäckerei krummholz spendet wieder 40 brötchen fürs elternfrühstück",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "tante von noor ist neue ansprechpartnerin 0176-44 09 217",
    field: "activity_notes",
    clientData: true,
    kinds: ["phone", "kinship_name"],
  },
  {
    text: "neuer junge im treff: sverre, 13j, kommt aus dem westviertel",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "praxis dr. lindqvist bietet sprechstunde im familienzentrum an, jeden 2. mittwoch",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "die familie ist umgezogen neue adresse bürgerstr 7a, klingel kaputt",
    field: "activity_notes",
    clientData: true,
    kinds: ["street_address"],
  },
  {
    text: "besprechung jugendhilfeausschuss vorbereitet 3.2.27 sitzung",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "zoe-chantal kam ohne jacke, hab eine aus der kleiderkammer gegeben",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "16 jugendliche beim kickerturnier, pokal gestiftet von sparkasse",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "die schwester von hamza, leyla, möchte auch in den mädchentreff",
    field: "activity_notes",
    clientData: true,
    kinds: ["kinship_name", "person_name"],
  },
  {
    text: "familienpatin frau wendt-okafor (ehrenamtlich) hat erstes treffen gehabt, sehr motiviert",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "kemal und arvid hatten streit im bus, schulsozialarbeit informiert",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "kita leiterin frau nowakowski meldet bedarf an sprachförderung für 10- bis 14-jährige geschwisterkinder",
    field: "activity_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "rückruf bei herrn baptiste-moreau (vater) 0761 8839021",
    field: "activity_notes",
    clientData: true,
    kinds: ["kinship_name", "phone"],
  },
  // ───────────── cooperation_answer ─────────────
  {
    text: "die zusammenarbeit mit der gemeinschaftsschule läuft gut, frau rüdiger als schulleitung ist offen",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "klappt gut, außer bei tjark da war die absprache mit der lehrerin schwierig",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "monatliches treffen mit der kita, jeweils 1. dienstag um 14 uhr",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "über die familie abdirahman kam der kontakt zum moscheeverein zustande",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "jugendhaus mitte stellt raum 3 zur verfügung, ansprechpartner kollege benedikt",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "die KM von elvin hat den kontakt zum sportverein hergestellt",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "wir bekommen zuschuss über antrag nr. 2026-117 vom förderverein",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "gemeinsame hilfeplanung für nayeli (9) mit schule und hort",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "die polizei, kontaktbeamter herr wojcik, kommt 2x im jahr in die klasse",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "kita holt merve jetzt direkt an der haustür ab, eichendorffweg 19",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["street_address", "person_name"],
  },
  {
    text: "austausch mit caritas beratungsstelle, tel 0761 1200-45, sehr zuverlässig",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "elternabend mit 22 eltern in der aula, organisiert mit der schulsozialarbeit",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "abstimmung mit dem jugendamt läuft über das aktenzeichen 51.4-0772/25",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "ja hat neue fachkraft frau szabo-ihejirika, wir stellen uns im januar vor",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "die geschwister kowalczyk-ibe gehen jetzt in die hausaufgabenhilfe der bibliothek",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "guter draht zur schule am stadtpark, info@schule-am-stadtpark.de für anfragen",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "hort hat für jolina einen platz frei gemacht",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "familienzentrum regenbogen übernimmt ab februar die krabbelgruppe",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "über onkel ruslan kam raphael in den boxverein",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["kinship_name", "person_name"],
  },
  {
    text: "schwierig, da die kita personell unterbesetzt ist, 3 stellen offen",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "die mutter ist über kerstin.palaoro@web.de erreichbar, schule hat das auch",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["email"],
  },
  {
    text: "stadtbibliothek macht lesepatenschaften, 7 ehrenamtliche",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "gut, wir haben mit der schule für ayo und finnja einen nachteilsausgleich besprochen",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "albert-schweitzer-kita beteiligt sich am sommerfest",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "kooperation mit dem TSV seit 2019, trainer herr okonjo leitet die gruppe",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  {
    text: "schule hat die handynr von jamila 0152 8830 1124 an uns weitergegeben, ok?",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["phone", "person_name"],
  },
  {
    text: "mütter aus dem sprachcafé wollen eine eigene gruppe gründen",
    field: "cooperation_answer",
    clientData: false,
    kinds: [],
  },
  // ───────────── committee_name ─────────────
  {
    text: "AK kinderschutz nordstadt",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "stadtteilrunde südstadt",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "runder tisch frühe hilfen",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "jugendhilfeausschuss",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "steuerungskreis sozialraum west",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "helferkonferenz fam. ilunga",
    field: "committee_name",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "AG 78 hilfen zur erziehung",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "fallrunde tamino und lasse",
    field: "committee_name",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "bezirksbeirat oststadt",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "arbeitskreis alleinerziehende",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "netzwerk um oma gerlinde",
    field: "committee_name",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "AG mädchenarbeit",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "runder tisch hans-sachs-straße",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "jugendbeirat",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "hilfeplan 51.3-0931/26",
    field: "committee_name",
    clientData: true,
    kinds: ["file_number"],
  },
  {
    text: "ortsbeirat altstadt",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "AK migration und flucht",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "qualitätszirkel § 8a",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "runde für ezinne b.",
    field: "committee_name",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "elternbeirat kita sonnenschein",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "seniorenbeirat oststadt",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "AK väter",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "präventionsrat",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "kinder- und jugendforum kw 10",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "stadtteilkonferenz 2027",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "fallbesprechung bei den haddads",
    field: "committee_name",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "netzwerk frühe hilfen st. josef",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "AG schulabsentismus",
    field: "committee_name",
    clientData: false,
    kinds: [],
  },
  // ───────────── committee_notes ─────────────
  {
    text: "TOP 1 haushalt 2027, frau stadträtin oduya berichtet, 23 teilnehmende",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "unter sonstiges wurde der fall yıldırım-krause besprochen, bitte vertraulich",
    field: "committee_notes",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "nächste sitzung 3.2. um 15 uhr im bürgerhaus, raum klee",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "herr polizeihauptkommissar brandner stellt präventionsprojekt vor",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "kollegin schildert situation um mirza, schule fordert schnelle hilfe",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "beschluss: antrag drucksache 2026/311 wird unterstützt, 9 ja 2 enth",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "bericht aus der kita leitungsrunde, 4 neue plätze ab märz",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "es ging um die unterbringung von lavinia geb. 03/2014",
    field: "committee_notes",
    clientData: true,
    kinds: ["birth_date", "person_name"],
  },
  {
    text: "frau dr. adeyemi-schulz vom gesundheitsamt referiert zu impfquoten",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "der KV von aleksa war unangemeldet in der sitzung und hat sich beschwert",
    field: "committee_notes",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "arbeitsgruppe zu § 27 sgb viii gebildet, leitung kollege henrik",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "termin für den jugendhilfeausschuss 10.12., vorlage bis 1.12. einreichen",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "anwohnerbeschwerde: in der hebelstr. 22 wohnen 3 kinder ohne betreuung, asd informiert",
    field: "committee_notes",
    clientData: true,
    kinds: ["street_address"],
  },
  {
    text: "die alleinerziehenden väter sind unterrepräsentiert, mehr ansprache nötig",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "QM südstadt: 2 neue stellen, herr carvalho ist neuer quartiersmanager",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "fall F-88 (ravi s.) wurde an die eb übergeben",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "fall F-88 wurde an die erziehungsberatung übergeben",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "spielplatz an der käthe-kollwitz-straße wird im april saniert",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "familie sørensen soll in die elterngruppe, zustimmung liegt vor",
    field: "committee_notes",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "27 anwesende, protokoll führt kollegin marisol",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "nummer der pflegemutter 0761 4471 902 für rückfragen an die kita gegeben",
    field: "committee_notes",
    clientData: true,
    kinds: ["phone"],
  },
  {
    text: "rückmeldung aus dem jugendbeirat: 5 jugendliche wollen beim forum mitmachen",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "frau bürgermeisterin hoxha lädt zum neujahrsempfang am 15.1.",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "samuel-elias und sein bruder jakob wurden als beispiel genannt",
    field: "committee_notes",
    clientData: true,
    kinds: ["person_name", "kinship_name"],
  },
  {
    text: "evaluation elterncafe: 60 % der mütter kommen regelmäßig",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  {
    text: "ansprechpartner beim jobcenter ist herr mwangi, durchwahl -224",
    field: "committee_notes",
    clientData: false,
    kinds: [],
  },
  // ───────────── partner_name ─────────────
  {
    text: "moscheeverein al-nur",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "bäckerei göktürk",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "praxis dr. henningsen",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "schule am rosengarten",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "lernwerkstatt kunterbunt e.v.",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "pflegefamilie akintola",
    field: "partner_name",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "kinderarzt dr. papadopoulou",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "stadtteilbüro weststadt",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "freiwillige feuerwehr nordstadt",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "gitte und rolf (nachbarn von ronja)",
    field: "partner_name",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "anne-frank-gymnasium",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "sportfreunde eintracht 09",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "hebammenpraxis storchennest",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "oma hildegunde",
    field: "partner_name",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "albert-schweitzer-kinderdorf",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "café lindenblatt",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "jugendmigrationsdienst",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "kirchengemeinde st. elisabeth",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "familie tesfaye 0163 228 4410",
    field: "partner_name",
    clientData: true,
    kinds: ["family_name", "phone"],
  },
  {
    text: "ergotherapie praxis wunderlich-ozturk",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "kulturverein anatolia",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "tafel südstadt",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "musikschule carl-orff",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  {
    text: "mehrgenerationenhaus",
    field: "partner_name",
    clientData: false,
    kinds: [],
  },
  // ───────────── meeting_log ─────────────
  {
    text: "begrüßung durch frau müller-adomako, vorstellungsrunde, 18 anwesende aus kita schule und jugendhilfe, top 1 bedarfsanalyse weststadt",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "also heute war das gespräch mit kiyan und seiner mutter frau rostami die mutter sagt er schläft schlecht und geht nicht mehr raus wir haben vereinbart dass er montags in den treff kommt",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name", "kinship_name"],
  },
  {
    text: "es wurde beschlossen, dass das sommerfest am 27.6. auf dem sophie-scholl-platz stattfindet, verantwortlich ist kollege mikkel",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "die familie van der berg hat schimmel in der wohnung bahnhofstr 114 wir haben das mit dem vermieter und dem gesundheitsamt besprochen",
    field: "meeting_log",
    clientData: true,
    kinds: ["family_name", "street_address"],
  },
  {
    text: "herr dezernent ferreira-lang erläutert die haushaltslage, kürzungen von 8 % bei freien trägern sind möglich",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "neuanmeldung: sanna-marie geb 21.09.2016 tel der mutter 0171 992 3408 kommt ab januar zur hausaufgabenhilfe",
    field: "meeting_log",
    clientData: true,
    kinds: ["birth_date", "person_name", "phone"],
  },
  {
    text: "wir haben uns im familienzentrum getroffen, 9 mütter 2 väter, thema schlaf bei kleinkindern, nächstes treffen in kw 3",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "bzgl. aaron w. (az. 51.2-0447/26) hat das familiengericht einen termin festgesetzt",
    field: "meeting_log",
    clientData: true,
    kinds: ["file_number", "person_name"],
  },
  {
    text: "die stadtteilzeitung berichtet im dezember über das elterncafé, interview mit kollegin saskia",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "die pflegemutter von ilkay war beim hilfeplangespräch dabei und hat den bericht mitgebracht",
    field: "meeting_log",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "protokoll stadtteilrunde: TOP 2 verkehrssituation vor der grundschule, herr ordnungsamtsleiter pohlmann sagt zu, TOP 3 verschiedenes",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "ich hab mit der lehrerin gesprochen und sie sagt dass mads und fiete jeden tag zu spät kommen und dass der unterricht dadurch gestört ist",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "präsentation im bezirksbeirat lief gut, 3 rückfragen von stadträtin nakamura zur finanzierung",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "familie osei hat die kontoverbindung für die bildungs und teilhabe leistung gegeben DE95 2004 0000 0628 7187 00 bitte nicht in den kanal",
    field: "meeting_log",
    clientData: true,
    kinds: ["iban", "family_name"],
  },
  {
    text: "AG 78: alle träger berichten, trend zu mehr anfragen aus den 10- bis 14-jährigen, 4 neue plätze hze",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "für den reha antrag von benno die kv nummer B755047362 liegt vor",
    field: "meeting_log",
    clientData: true,
    kinds: ["insurance_number", "person_name"],
  },
  {
    text: "jugendforum: 31 jugendliche, 6 themen, wunsch nach einem bolzplatz an der goethestraße",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "die großeltern von elif sind jetzt vormund, elif ist 12 und möchte zur oma in die weststadt ziehen, der opa ismail ist einverstanden",
    field: "meeting_log",
    clientData: true,
    kinds: ["kinship_name", "person_name", "birth_date"],
  },
  {
    text: "kurzer austausch mit dem jugendamt, ansprechpartnerin frau halvorsen, zum stand der sozialraumbudgets",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "pauline hat geschrieben von pauli.w2011@t-online.de dass sie nicht mehr kommen will",
    field: "meeting_log",
    clientData: true,
    kinds: ["email", "person_name"],
  },
  {
    text: "besichtigung neuer räume in der albrecht-dürer-str. 5 für das jugendcafé",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "bei familie chukwuemeka-hofer war heute das jugendamt, es ging um die wohnsituation",
    field: "meeting_log",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "die ehrenamtlichen haben 140 stunden geleistet, dankeschön-feier im januar",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "shirin wohnt jetzt bei ihrer freundin in der uhlandstraße 8, die schule weiß das noch nicht",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name", "street_address"],
  },
  {
    text: "runder tisch: einigung auf gemeinsamen flyer, kosten 350 euro, druck über die stadt",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "KM frau delacroix-yilmaz hat angerufen und den termin abgesagt",
    field: "meeting_log",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "evaluation ferienprogramm 2026: 84 kinder, 12 ausflüge, rückmeldung überwiegend positiv",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "kurze info: noelani ist ab heute wieder in der schule",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "kollegin imke berichtet aus dem ak jugend, neue koordinatorin heißt frau bianchi-osei",
    field: "meeting_log",
    clientData: false,
    kinds: [],
  },
  {
    text: "nachgespräch mit wanja kl. 6",
    field: "activity_title",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "taisiya 15 j. sucht praktikum, bitte bei bäckerei nachfragen",
    field: "activity_notes",
    clientData: true,
    kinds: ["person_name", "birth_date"],
  },
  {
    text: "die hanafis nehmen jetzt am elternkurs der kita teil",
    field: "cooperation_answer",
    clientData: true,
    kinds: ["family_name"],
  },
  {
    text: "helferrunde jussi",
    field: "committee_name",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "die urgroßmutter von matteo hat um ein gespräch gebeten",
    field: "committee_notes",
    clientData: true,
    kinds: ["kinship_name"],
  },
  {
    text: "nachbarin frau ekwueme-brandt (hilft bei lukasz)",
    field: "partner_name",
    clientData: true,
    kinds: ["person_name"],
  },
  {
    text: "heute telefonat mit frau quaresma, mutter von dunja, sie will dass dunja nach den ferien in die gruppe wechselt und ihr bruder bastian auch",
    field: "meeting_log",
    clientData: true,
    kinds: ["person_name", "kinship_name"],
  },
];
