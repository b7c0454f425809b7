// „gremium protokoll export [Gremium] [Datum]“: the minutes as a Markdown file to hand to the committee.
import { errorReply, file, type Reply } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { germanDay, germanDayAt } from "../messages/format.js";
import { protokoll } from "../messages/index.js";
import { shared } from "./minutes-guard.js";
import { pickMeeting } from "./pick.js";

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "") || "gremium";

export async function exportMinutes(rest: string, ctx: Ctx): Promise<Reply> {
  const picked = await pickMeeting(rest, ctx, "past");
  if (!picked.ok) return picked.reply;
  const { committee, meeting } = picked;
  const day = germanDayAt(meeting.startsAt, committee.timezone);
  const [minutes, members] = await Promise.all([
    ctx.store.minutesOf(committee.id, meeting.occurrenceAt),
    ctx.store.listMembers(),
  ]);
  if (!minutes.decisions && minutes.tasks.length === 0)
    return errorReply(protokoll.noMinutes(committee.name, day));
  const name = (id: number) => members.find((m) => m.id === id)?.displayName || "?";
  const lines = [
    `# ${protokoll.exportTitle(committee.name, day)}`,
    "",
    `## ${protokoll.exportDecisions}`,
    "",
    minutes.decisions ? shared(minutes.decisions, ctx.colleagues) : protokoll.exportNone,
    "",
    `## ${protokoll.exportTasks}`,
    "",
    ...(minutes.tasks.length
      ? minutes.tasks.map(
          (t) =>
            `- ${protokoll.exportTaskLine(shared(t.what, ctx.colleagues), name(t.ownerId), germanDay(t.dueOn), t.doneAt !== null)}`,
        )
      : [protokoll.exportNone]),
    "",
  ];
  await ctx.store.audit("committee.minutes_export", ctx.caller.id, `committee:${committee.id}`, {
    occurrenceAt: meeting.occurrenceAt.toISOString(),
  });
  const iso = meeting.startsAt.toISOString().slice(0, 10);
  return file(
    `protokoll_${slug(committee.name)}_${iso}.md`,
    "text/markdown; charset=utf-8",
    new TextEncoder().encode(lines.join("\n")),
    protokoll.exportComment(committee.name, day),
  );
}
