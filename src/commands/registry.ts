// Which handler serves which command family. A family without a handler answers "noch in Arbeit".
import { handleAktivitaet } from "./aktivitaet/index.js";
import type { Handler } from "./context.js";
import { handleDatenschutz } from "./datenschutz/index.js";
import { handleGremium } from "./gremium/index.js";
import { handleHilfe } from "./hilfe.js";
import { handleKooperation } from "./kooperation/index.js";
import { handleSozialraum } from "./sozialraum/index.js";

export const FAMILIES = [
  "aktivitaet",
  "gremium",
  "kooperation",
  "sozialraum",
  "datenschutz",
  "hilfe",
] as const;
export type Family = (typeof FAMILIES)[number];

export const handlers: Partial<Record<Family, Handler>> = {
  aktivitaet: handleAktivitaet,
  datenschutz: handleDatenschutz,
  gremium: handleGremium,
  hilfe: handleHilfe,
  kooperation: handleKooperation,
  sozialraum: handleSozialraum,
};
