// The fixed context the parser tests share: today, two districts and four known partners.
import { parseQuickEntry, type QuickContext } from "../../../src/commands/aktivitaet/parse/quick.js";

export const TODAY = "2026-11-25"; // a Wednesday
export const ctx: QuickContext = {
  today: TODAY,
  districts: [
    { id: 1, name: "Nordstadt" },
    { id: 2, name: "Südstadt" },
  ],
  partners: [
    { id: 1, name: "Grundschule am Park", type: "school" },
    { id: 2, name: "Jugendhaus Mitte", type: "youth_welfare" },
    { id: 3, name: "TSV Nord", type: "club" },
    { id: 4, name: "Kita Sonnenschein", type: "kita" },
  ],
};
export const q = (text: string, over: Partial<QuickContext> = {}) =>
  parseQuickEntry(text, { ...ctx, ...over });
export const codes = (list: { code: string }[]) => list.map((n) => n.code);
