// Typed „gremium zusage“ / „gremium absage“ [Gremium] [Datum]: the same answer as the reminder's buttons.
import { message, type Reply, text } from "../../conversation/reply.js";
import type { Meeting } from "../../scheduler/meetings.js";
import type { Ctx } from "../context.js";
import { teilnahme } from "../messages/index.js";
import { requestDeputy } from "./jobs/deputy.js";
import { pickMeeting } from "./pick.js";
import { isCovered, rosterOf } from "./roster.js";
import { formatWhen } from "./view.js";

/** Saves one member's yes or no; a no that leaves the meeting without anyone asks for a deputy. */
export async function recordAnswer(ctx: Ctx, m: Meeting, status: "going" | "not_going"): Promise<void> {
  const before = status === "not_going" ? isCovered(await rosterOf(ctx.store, m)) : false;
  await ctx.store.setAttendance(m.committee.id, m.occurrenceAt, ctx.caller.id, status);
  const now = ctx.clock.now();
  if (!before || m.startsAt <= now || isCovered(await rosterOf(ctx.store, m))) return;
  await requestDeputy(
    ctx.store,
    m.committee.id,
    m.occurrenceAt,
    now,
    `cancel:m${ctx.caller.id}:${now.toISOString()}`,
  );
}

export async function typedAnswer(rest: string, ctx: Ctx, status: "going" | "not_going"): Promise<Reply> {
  const picked = await pickMeeting(rest, ctx, "upcoming");
  if (!picked.ok) return picked.reply;
  const { committee, meeting } = picked;
  await recordAnswer(ctx, meeting, status);
  return message([
    text(teilnahme.said[status](committee.name, formatWhen(meeting.startsAt, committee.timezone))),
  ]);
}
