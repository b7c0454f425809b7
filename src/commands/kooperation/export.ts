// "kooperation export <Partner>": a printable German Markdown agreement with every answer, the dates and roles (audited).

import type { Reply } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { labels, kooperation as t } from "../messages/index.js";
import { slugify } from "../text.js";
import { germanDay, todayIn } from "./dates.js";
import type { Loaded } from "./load.js";
import { missingSteps, missingText } from "./progress.js";
import { isComplete, questionOf, STEPS } from "./steps.js";

const str = (v: unknown) => (typeof v === "string" ? v : "");

/** Keeps user text from turning into Markdown headings or tables when printed. */
/** A table cell: a pipe in a name must not split the row. */
const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\s+/g, " ");

const safe = (s: string) => s.replace(/\r\n?/g, "\n").replace(/^(\s*)([#>|])/gm, "$1\\$2");

export function exportMarkdown(
  { coop, partner }: Loaded,
  answers: Map<number, { answer: Record<string, unknown> }>,
  context: { district?: string; today: string },
): string {
  const d = t.doc;
  const day = (v: unknown) => (str(v) ? germanDay(str(v)) : d.open);
  const missing = missingSteps(answers);
  const lines: string[] = [`# ${d.title(partner.name)}`, ""];
  if (missing.length > 0) lines.push(d.draftNote(missingText(missing)), "");
  lines.push(
    `| | |`,
    `|---|---|`,
    `| ${d.partner} | ${cell(partner.name)} |`,
    `| ${d.type} | ${labels.partnerType[partner.type]} |`,
    `| ${d.district} | ${cell(context.district ?? t.none)} |`,
    `| ${d.status} | ${labels.cooperationStatus[coop.status]} |`,
    `| ${d.asOf} | ${germanDay(context.today)} |`,
    "",
  );
  for (const step of STEPS) {
    const a = answers.get(step)?.answer;
    const complete = isComplete(step, a);
    lines.push(`## ${step}. ${questionOf(step, partner.type)}`, "");
    if (step === 5) {
      lines.push(
        `- ${d.from}: ${day(a?.startsOn)}`,
        `- ${d.to}: ${day(a?.endsOn)}`,
        `- ${d.review}: ${day(a?.reviewOn)}`,
      );
    } else if (step === 6) {
      const mark = (v: unknown) => (v === true ? "[x]" : "[ ]");
      lines.push(
        `- ${mark(a?.noCare)} ${t.noCare}`,
        `- ${mark(a?.rolesAgreed)} ${t.rolesAgreed}`,
        "",
        `**${d.roles}:**`,
        "",
      );
      lines.push(complete ? safe(str(a?.roles)) : d.open);
    } else {
      lines.push(complete ? safe(str(a?.text)) : d.open);
    }
    lines.push("");
  }
  lines.push(
    `## ${d.signatures}`,
    "",
    d.signatureEhs,
    "",
    d.signaturePartner,
    "",
    "---",
    "",
    `_${d.footer}_`,
    "",
  );
  return lines.join("\n");
}

export async function exportCooperation(ctx: Ctx, loaded: Loaded): Promise<Reply> {
  const { coop, partner } = loaded;
  const district = coop.districtId ? await ctx.store.findDistrict(coop.districtId) : undefined;
  const today = todayIn(ctx.clock.now(), ctx.timezone);
  const markdown = exportMarkdown(loaded, await ctx.store.currentAnswers(coop.id), {
    ...(district ? { district: district.name } : {}),
    today,
  });
  await ctx.store.audit("cooperation.export", ctx.caller.id, `cooperation:${coop.id}`, {}, ctx.clock.now());
  const slug = slugify(partner.name, 40);
  return {
    kind: "file",
    filename: `kooperation-${slug || coop.id}-${today}.md`,
    mimeType: "text/markdown",
    content: new TextEncoder().encode(markdown),
    comment: t.exportComment(partner.name),
  };
}
