// The help, derived from the family declarations: one overview, and one page per family.
import { type Element, message, type Reply, text } from "../conversation/reply.js";
import type { Family, Subcommand } from "./family.js";
import { help as t } from "./messages/index.js";

const audience = (sub: Subcommand) => (sub.audience ? t.audience[sub.audience] : "");

/** Every family with its summary and how to reach it on Slack. */
export function overview(families: readonly Family[]): Reply {
  return message([
    text(t.title, "heading"),
    text(t.intro),
    {
      type: "list",
      items: families.map((f) => ({
        title: t.familyLine(f.title, f.summary),
        detail: [f.example ? t.example(`${f.title} ${f.example}`) : "", t.slack(f.slack.slash)]
          .filter(Boolean)
          .join(" · "),
      })),
    },
    text(t.platforms, "muted"),
    text(t.privacy, "muted"),
  ]);
}

/** One family's page: what to type, per sub-command. */
export function familyHelp(family: Family): Element[] {
  return [
    text(t.familyTitle(family.title), "heading"),
    text(family.summary),
    {
      type: "list",
      items: [
        ...(family.bareSummary ? [{ title: t.bare(family.title, family.bareSummary) }] : []),
        ...family.subcommands.map((sub) => ({ title: sub.usage, detail: `${sub.summary}${audience(sub)}` })),
      ],
    },
    ...(family.helpExtra?.() ?? []),
    ...(family.example ? [text(t.example(`${family.title} ${family.example}`), "muted")] : []),
    text(t.slack(family.slack.slash), "muted"),
  ];
}

export const familyHelpReply = (family: Family): Reply => message(familyHelp(family));

/** An unknown sub-command: say so, then show the family's page. */
export const unknownSubReply = (family: Family, typed: string): Reply =>
  message([text(t.unknownSub(family.title, typed), "warning"), ...familyHelp(family)]);
