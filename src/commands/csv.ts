// CSV as German Excel opens it: UTF-8 with BOM, ";" as separator, CRLF, quoted where needed, no formula injection.
import { hoursNumber } from "./messages/format.js";

const NEEDS_QUOTES = /[";\r\n]/;
/** A cell starting with = + - @ (or tab/CR) would run as a formula in Excel. */
const FORMULA = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  let s = String(value);
  if (typeof value === "string" && FORMULA.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): Uint8Array {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(";"));
  return new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r\n`);
}

/** 90 -> "1,5": hours with a decimal comma. */
export const germanHours = (minutes: number) => hoursNumber(minutes);
