// "sozialraum bericht <Zeitraum> [Sozialraum|alle] [docx|xlsx|md|csv]": the youth-office report as a file, audited.

import { errorReply, type Reply } from "../../conversation/reply.js";
import { type Ctx, isLead } from "../context.js";
import { bericht as b, common, digest as t } from "../messages/index.js";
import { chooseDistrict } from "./districts.js";
import { parsePeriod } from "./period.js";
import { reportCsv } from "./report-csv.js";
import { reportDocx } from "./report-docx.js";
import { periodLabel, reportFilename } from "./report-format.js";
import { reportMarkdown } from "./report-markdown.js";
import { buildReportSet } from "./report-set.js";
import { reportXlsx } from "./report-xlsx.js";
import { localDay } from "./week.js";

const FORMATS = ["docx", "xlsx", "md", "csv"] as const;
type Format = (typeof FORMATS)[number];

const MIME: Record<Format, string> = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

/** The format is the last word when it names one („markdown“ too); Word is what the youth office takes. */
function formatOf(words: string[]): Format {
  const last = words.at(-1)?.toLowerCase();
  const format = last === "markdown" ? "md" : FORMATS.find((f) => f === last);
  if (format) words.pop();
  return format ?? "docx";
}

/** One file per reply; its comment names the period used, so a „quartal“ never surprises. */
export async function handleBericht(rest: string, ctx: Ctx): Promise<Reply> {
  if (!isLead(ctx)) return errorReply(common.leadsOnly);
  const words = rest.split(/\s+/).filter(Boolean);
  const format = formatOf(words);
  const now = ctx.clock.now();
  const today = localDay(now, ctx.tenant.timezone);
  const parsed = parsePeriod(words, now, ctx.tenant.timezone);
  if (!parsed) return errorReply(`${t.reportBadRange} ${t.reportUsage}`);
  const choice = await chooseDistrict(ctx, parsed.rest.join(" "));
  if ("error" in choice) return errorReply(choice.error);
  const district = "district" in choice ? choice.district : undefined;
  const period = parsed.period;

  // Every format from the same report: the total and each district, the year before, the budget.
  const set = await buildReportSet(ctx.store, ctx.tenant, period, choice, today, b.total);
  const scope = set.sections[0]?.data;
  if (!scope) return errorReply(t.noDistricts);
  const meta = scope;
  const activities = scope.totals.count;
  const label = periodLabel(set);
  const content =
    format === "docx"
      ? await reportDocx(set)
      : format === "xlsx"
        ? await reportXlsx(set)
        : format === "csv"
          ? reportCsv(set)
          : new TextEncoder().encode(reportMarkdown(set));
  const comment = {
    docx: b.docxComment(label),
    xlsx: b.xlsxComment(label),
    csv: t.reportCsvComment(label),
    md: t.reportMarkdownComment(label),
  }[format];
  await ctx.store.audit(
    "report.export",
    ctx.caller.id,
    district ? `district:${district.id}` : "tenant",
    {
      format: format === "md" ? "markdown" : format,
      from: period.from,
      to: period.to,
      districts: meta.districts.length,
      activities,
    },
    now,
  );
  return { kind: "file", filename: reportFilename(meta, format), mimeType: MIME[format], content, comment };
}
