// "sozialraum bericht [quartal|jahr|von bis] [Sozialraum] [csv]": the youth-office report as a Markdown or CSV file, audited.

import { errorReply, type Reply } from "../../conversation/reply.js";
import { type Ctx, isLead } from "../context.js";
import { common, digest as t } from "../messages/index.js";
import { chooseDistrict } from "./districts.js";
import { parsePeriod } from "./period.js";
import { buildReport } from "./report.js";
import { reportCsv } from "./report-csv.js";
import { periodLabel, reportFilename } from "./report-format.js";
import { reportMarkdown } from "./report-markdown.js";
import { localDay } from "./week.js";

/**
 * One file per reply: Markdown by default, the CSV when the command ends with "csv". The Markdown
 * file's comment names that variant, so both are one command away without a second message.
 */
export async function handleBericht(rest: string, ctx: Ctx): Promise<Reply> {
  if (!isLead(ctx)) return errorReply(common.leadsOnly);
  const words = rest.split(/\s+/).filter(Boolean);
  const csv = words.at(-1)?.toLowerCase() === "csv";
  if (csv) words.pop();
  const now = ctx.clock.now();
  const parsed = parsePeriod(words, now, ctx.tenant.timezone);
  if (!parsed) return errorReply(`${t.reportBadRange} ${t.reportUsage}`);
  const choice = await chooseDistrict(ctx, parsed.rest.join(" "));
  if ("error" in choice) return errorReply(choice.error);
  const district = "district" in choice ? choice.district : undefined;
  const report = await buildReport(ctx.store, ctx.tenant, parsed.period, district);
  await ctx.store.audit(
    "report.export",
    ctx.caller.id,
    district ? `district:${district.id}` : "tenant",
    {
      format: csv ? "csv" : "markdown",
      from: parsed.period.from,
      to: parsed.period.to,
      districts: report.districts.length,
      activities: report.totals.count,
    },
    now,
  );
  if (csv) {
    return {
      kind: "file",
      filename: reportFilename(report, "csv"),
      mimeType: "text/csv; charset=utf-8",
      content: reportCsv(report),
      comment: t.reportCsvComment(periodLabel(report)),
    };
  }
  return {
    kind: "file",
    filename: reportFilename(report, "md"),
    mimeType: "text/markdown; charset=utf-8",
    content: new TextEncoder().encode(reportMarkdown(report, localDay(now, ctx.tenant.timezone))),
    comment: t.reportMarkdownComment(periodLabel(report)),
  };
}
