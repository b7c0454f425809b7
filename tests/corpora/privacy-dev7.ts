/**
 * Seventh development corpus for the privacy guard (2026-12-03), for the cause behind most of fresh5's misses:
 * a family named by its plural in "-s" in lower case, with a surname no name list knows ("mit den okafors").
 * Cases that look alike but name no client: German plurals in "-s" after the same prepositions. Names are
 * invented; none of fresh5's texts is reused. Same ground truth as privacy-fresh5.ts.
 */
import type { PrivacyCase, PrivacyKind } from "./privacy-holdout.js";

type Field = PrivacyCase["field"];
const yes = (text: string, field: Field, kinds: PrivacyKind[]): PrivacyCase => ({
  text,
  field,
  clientData: true,
  kinds,
});
const no = (text: string, field: Field): PrivacyCase => ({ text, field, clientData: false, kinds: [] });

export const PRIVACY_DEV7: readonly PrivacyCase[] = [
  yes("hausbesuch bei den adeyemis 1h", "activity_title", ["family_name"]),
  yes("gespräch mit den nakamuras wegen schulwechsel", "activity_notes", ["family_name"]),
  yes("termin mit den okonkwos verschoben", "activity_notes", ["family_name"]),
  yes("rückmeldung von den barzanis kam per brief", "meeting_log", ["family_name"]),
  yes("kita kennt sich mit den tesfayes gut aus", "cooperation_answer", ["family_name"]),
  yes("bei den mahlabas läuft es wieder besser", "committee_notes", ["family_name"]),
  yes("zu den quispes nach hause gefahren", "activity_notes", ["family_name"]),
  no("spielen mit den kitas im park 2h", "activity_title"),
  no("gespräch mit den azubis der stadtwerke", "activity_notes"),
  no("ausflug mit den jungs zum kletterwald", "activity_title"),
  no("bastelnachmittag mit den omas aus dem seniorenheim", "activity_title"),
  no("absprache mit den teams der offenen tür", "committee_notes"),
  no("treffen mit den profis vom basketballverein", "cooperation_answer"),
  no("fußball mit den kids aus der nordstadt", "activity_title"),
];
