// Shared formatting of report values: hours with two decimals (German), dates, period and scope labels.
import { hoursNumber } from "../messages/format.js";
import { digest as t } from "../messages/index.js";
import { slugify } from "../text.js";
import type { ReportData } from "./report.js";
import { germanDay } from "./week.js";

export const hoursValue = (minutes: number) => hoursNumber(minutes, true);

export const dayValue = (day: string | null) => (day ? germanDay(day) : "");

/** „4. Quartal 2026 bis heute (01.10.2026–01.12.2026)“, or the dates alone for a range typed as dates. */
export function periodLabel(r: Pick<ReportData, "period">): string {
  const days = `${germanDay(r.period.from)}–${germanDay(r.period.to)}`;
  return r.period.name ? `${r.period.name} (${days})` : days;
}

export const scopeLabel = (r: Pick<ReportData, "districts" | "allDistricts">) =>
  r.allDistricts ? t.allDistricts : r.districts.map((d) => d.name).join(", ");

/** A file name safe on every platform: "bericht_nordstadt_2026-07-01_2026-09-30.md". */
export function reportFilename(
  r: Pick<ReportData, "period" | "districts" | "allDistricts">,
  ext: "md" | "csv" | "docx" | "xlsx",
): string {
  const scope = r.allDistricts ? "alle" : (r.districts[0]?.name ?? "sozialraum");
  const slug = slugify(scope);
  return `bericht_${slug || "sozialraum"}_${r.period.from}_${r.period.to}.${ext}`;
}
