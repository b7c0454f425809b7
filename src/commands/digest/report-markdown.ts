// The report as Markdown for reading and printing: summary, tables by focus, level, role, target group, goal, committees, partners, cooperations.
import { ACTIVITY_ROLES, FOCUSES, LEVELS } from "../../store/index.js";
import { labels, digest as t } from "../messages/index.js";
import { isLoopEmpty } from "./loop.js";
import { loopItems } from "./loop-view.js";
import type { ReportData, Total } from "./report.js";
import { dayValue, hoursValue, periodLabel, scopeLabel } from "./report-format.js";

/** Table cells may hold user text (names): pipes and line breaks would break the table. */
const cell = (v: string | number) =>
  String(v)
    .replaceAll("|", "\\|")
    .replace(/[\r\n]+/g, " ");

function table(headers: string[], rows: (string | number)[][]): string[] {
  if (rows.length === 0) return [`_${t.reportNone}_`, ""];
  return [
    `| ${headers.map(cell).join(" | ")} |`,
    `|${headers.map((_, i) => (i === 0 ? " --- " : " ---: ")).join("|")}|`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
    "",
  ];
}

const totalsTable = (entries: [string, Total][]) =>
  table(
    [t.col.name, t.col.activities, t.col.hours, t.col.participants],
    entries.map(([name, v]) => [name, v.count, hoursValue(v.minutes), v.participants]),
  );

/** Need → offer → sessions, when the period has any (the guideline's loop, seed §1). */
function loopSection(r: ReportData): string[] {
  if (!r.loop || isLoopEmpty(r.loop)) return [];
  const items = loopItems(r.loop).map((i) => `- ${cell(i.title)}${i.detail ? ` (${cell(i.detail)})` : ""}`);
  return ["", `## ${t.loop.title}`, "", ...items];
}

export function reportMarkdown(r: ReportData, generatedOn: string): string {
  const lines: string[] = [
    `# ${t.reportTitle(scopeLabel(r), periodLabel(r))}`,
    "",
    t.reportGenerated(dayValue(generatedOn)),
    "",
    `## ${t.reportSummary}`,
    "",
    `- ${t.reportActivities}: ${r.totals.count}`,
    `- ${t.reportHours}: ${hoursValue(r.totals.minutes)}`,
    `- ${t.reportParticipants}: ${r.totals.participants}`,
    "",
    `## ${t.reportByFocus}`,
    "",
    ...totalsTable(FOCUSES.map((f) => [labels.focus[f], r.byFocus[f]])),
    `## ${t.reportByLevel}`,
    "",
    ...totalsTable(LEVELS.map((l) => [labels.level[l], r.byLevel[l]])),
    `## ${t.reportByRole}`,
    "",
    ...totalsTable(ACTIVITY_ROLES.map((x) => [labels.role[x], r.byRole[x]])),
    `## ${t.reportByTargetGroup}`,
    "",
    ...totalsTable(r.targetGroups.map((g) => [g.targetGroup, g])),
    `## ${t.reportByGoal}`,
    "",
    ...table(
      [t.col.name, t.col.activities, t.col.hours],
      r.goals.map((g) => [labels.goal[g.goal], g.count, hoursValue(g.minutes)]),
    ),
    `## ${t.reportCommittees}`,
    "",
    ...table(
      [t.col.name, t.col.district, t.col.type, t.col.part, t.col.meetings, t.col.attended],
      r.committees.map((c) => [
        c.name,
        c.district,
        labels.committeeType[c.type],
        labels.committeePart[c.part],
        c.meetings,
        c.attended,
      ]),
    ),
    `## ${t.reportPartners}`,
    "",
    ...table(
      [t.col.name, t.col.type, t.col.contacts, t.col.lastContact],
      r.partners.map((p) => [p.name, labels.partnerType[p.type], p.contacts, dayValue(p.lastContact)]),
    ),
    `## ${t.reportCooperations}`,
    "",
    ...table(
      [t.col.name, t.col.district, t.col.status, t.col.start, t.col.end, t.col.review],
      r.cooperations.map((c) => [
        c.partner,
        c.district,
        labels.cooperationStatus[c.status],
        dayValue(c.startsOn),
        dayValue(c.endsOn),
        dayValue(c.reviewOn),
      ]),
    ),
    ...loopSection(r),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}
