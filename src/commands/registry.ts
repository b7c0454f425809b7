// Which handler serves which command family. A family without a handler answers "noch in Arbeit".
import type { Handler } from "./context.js";
import { handleHilfe } from "./hilfe.js";

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
  hilfe: handleHilfe,
};
