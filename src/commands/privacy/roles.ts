// Words for a person in their office, role or profession ("Schulleiterin", "JA-Planerin", "den Referenten"):
// a name next to one is that professional's, not a client's. Split from not-clients.ts.
import { set, type Word } from "./words.js";

const ROLE = set(
  "buergermeister buergermeisterin oberbuergermeister oberbuergermeisterin stadtrat stadtraetin stadtraete " +
    "bezirksvorsteher bezirksvorsteherin ortsvorsteher ortsvorsteherin bezirksbuergermeister bezirksbuergermeisterin " +
    "schulleiter schulleiterin rektor rektorin konrektor konrektorin direktor direktorin pfarrer pfarrerin " +
    "landrat landraetin dezernent dezernentin sozialdezernent sozialdezernentin amtsleiter amtsleiterin " +
    "polizeihauptkommissar polizeihauptkommissarin kommissar kommissarin polizist polizistin abgeordnete abgeordneter " +
    "lehrer lehrerin klassenlehrer klassenlehrerin erzieher erzieherin kollege kollegin kollegen " +
    "sozialarbeiter sozialarbeiterin schulsozialarbeiter schulsozialarbeiterin quartiersmanager quartiersmanagerin " +
    "leiter leiterin leitung vorsitzende vorsitzender sprecher sprecherin ansprechpartner ansprechpartnerin " +
    "beauftragte beauftragter referent referentin dr dr. prof prof. trainer trainerin hausmeister hausmeisterin " +
    "sekretaerin koordinator koordinatorin integrationsbeauftragte jugendpfleger jugendpflegerin teamleitung " +
    "teamleiterin teamleiter praktikant praktikantin ehrenamtliche ehrenamtlicher moderator moderatorin " +
    "imam rabbiner diakon diakonin vorstand kassenwart kassenwartin stadtjugendpfleger stadtjugendpflegerin " +
    "bezirksraetin bezirksrat ratsfrau ratsherr minister ministerin staatssekretaer staatssekretaerin senator senatorin " +
    "ratsmitglied mitglied stadtverordnete stadtverordneter dolmetscher dolmetscherin berater beraterin " +
    "richterin richter anwalt anwaeltin verfahrensbeistand vormund gutachterin gutachter " +
    // Professions a person is introduced by when they come in their work, not as a client.
    "lehrkraft honorarkraft streetworker streetworkerin hebamme planer planerin arzt aerztin kinderarzt kinderaerztin therapeut therapeutin psychologe psychologin " +
    "logopaede logopaedin mitarbeiter mitarbeiterin fachkraft betreuer betreuerin kuenstler kuenstlerin " +
    "autor autorin musiker musikerin kolleginnen kolleg:innen kolleg*innen schulsozialarbeit jugendsozialarbeit " +
    "sozialdienst " +
    // The press and officials introduced by their work: "Redakteurin Frau Klein", "der Bezirksbeamte".
    "redakteur redakteurin journalist journalistin reporter reporterin fotograf fotografin volontaer volontaerin " +
    "beamter beamtin beamte doktor vertreter vertreterin",
);
/**
 * Endings of role nouns, so that compounds are roles too ("JA-Planerin", "Kitaleiterin",
 * "Integrationsbeauftragte", "Jugendamtsmitarbeiter"). Only person nouns: "-leitung" would make
 * "Begleitung" a role.
 */
const ROLE_ENDINGS = [
  "leiter",
  "leiterin",
  "beauftragte",
  "beauftragter",
  "referent",
  "referentin",
  "planer",
  "planerin",
  "berater",
  "beraterin",
  "pfleger",
  "pflegerin",
  "arbeiter",
  "arbeiterin",
  "manager",
  "managerin",
  "koordinator",
  "koordinatorin",
  "lehrer",
  "lehrerin",
  "erzieher",
  "erzieherin",
  "trainer",
  "trainerin",
  "vorsitzende",
  "vorsitzender",
  "therapeut",
  "therapeutin",
  "aerztin",
  "paedagoge",
  "paedagogin",
  "fachkraft",
  "lehrkraft",
  "honorarkraft",
  "beamte",
  "beamter",
  "beamtin",
  "sprecher",
  "sprecherin",
  "redakteur",
  "redakteurin",
  // Offices named by their seat or field: "Stadtdirektorin", "Ortsvorsteher", "Hausmeister", "Quartiersmeisterin".
  "direktor",
  "direktorin",
  "vorsteher",
  "vorsteherin",
  "meister",
  "meisterin",
  // Volunteers in a role: "Familienpatin", "Lesepate", "Bildungspatin".
  "pate",
  "patin",
  // Courts, councils and go-betweens: "Jugendrichterin", "Bezirksbeirat", "Sprachmittlerin", "Konrektorin".
  "richter",
  "richterin",
  "beirat",
  "beiraetin",
  "mittler",
  "mittlerin",
  "rektor",
  "rektorin",
];
/** "Kita-Leitung", "Schulleitung", "Teamleitung": the head of an institution or team, not "Begleitung". */
const HEAD_OF = /(?:-|schul|kita|hort|team|amts|bereichs|abteilungs|projekt|einrichtungs|zentrums)leitung$/u;
function roleWord(folded: string): boolean {
  if (roleStem(folded)) return true;
  // Inflected after an article: "einen neuen Bezirksbeamten", "den Referenten", "mit den Lehrern".
  return (
    (folded.length > 6 && folded.endsWith("en") && roleStem(folded.slice(0, -2))) ||
    (folded.length > 6 && folded.endsWith("n") && roleStem(folded.slice(0, -1)))
  );
}
function roleStem(folded: string): boolean {
  if (ROLE.has(folded) || HEAD_OF.test(folded)) return true;
  // Compounds count by their person-noun ending only ("JA-Planerin", "Kitaleiterin"); a compound on
  // "-Leitung" names a function, and is left to the author to confirm as a weak hit.
  for (const ending of ROLE_ENDINGS)
    if (folded.length > ending.length && folded.endsWith(ending)) return true;
  return false;
}
/** Asked several times per word (as the word itself and as a neighbour): answered once. */
/** Abbreviated offices, in capitals only ("ob" is a conjunction): "OB Hoffmann", "PHK Lorenz", "SL Frau Berger". */
const ROLE_ABBREVIATION = /^(?:OB|OBM|BM|PHK|POK|PK|KHK|KOK|SL|KL|SSA|SA)\.?$/u;
export const isRole = (w: Word | undefined): boolean => {
  if (!w) return false;
  w.role ??= roleWord(w.folded) || ROLE_ABBREVIATION.test(w.text);
  return w.role;
};
