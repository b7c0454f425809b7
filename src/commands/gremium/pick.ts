// Which meeting a typed „zusage“, „absage“ or „protokoll“ means: a named committee or the caller's only/nearest
// one, and a given day or the next meeting. Ambiguity is asked back in German, never guessed.
import { errorReply, type Reply } from "../../conversation/reply.js";
import type { Meeting } from "../../scheduler/meetings.js";
import type { Committee } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { germanDayAt } from "../messages/format.js";
import { gremium, teilnahme } from "../messages/index.js";
import { activeCommitteeByName, lastMeeting, meetingOnDay, nextMeeting } from "./lookup.js";
import { parseDay, splitNameAndDates } from "./parse.js";

export type Picked = { ok: true; committee: Committee; meeting: Meeting } | { ok: false; reply: Reply };

const no = (text: string): Picked => ({ ok: false, reply: errorReply(text) });

/** The committees the caller most likely means: this channel's district, else the ones they usually attend. */
async function likelyCommittees(ctx: Ctx): Promise<Committee[]> {
  const all = await ctx.store.listCommittees();
  const district = ctx.where.channelId ? await ctx.store.districtForChannel(ctx.where.channelId) : undefined;
  const inDistrict = district ? all.filter((c) => c.districtId === district.id) : all;
  if (inDistrict.length <= 1) return inDistrict.length ? inDistrict : all;
  const mine: Committee[] = [];
  for (const c of inDistrict)
    if ((await ctx.store.usualAttendees(c.id)).includes(ctx.caller.id)) mine.push(c);
  return mine.length ? mine : inDistrict;
}

/** „upcoming“: the next meeting by default, past ones refused; „past“: the last one that has begun by default. */
export async function pickMeeting(rest: string, ctx: Ctx, when: "upcoming" | "past"): Promise<Picked> {
  const now = ctx.clock.now();
  const { name, tokens } = splitNameAndDates(rest, now, ctx.timezone);
  let committee: Committee | undefined;
  if (name) {
    committee = await activeCommitteeByName(ctx, name);
    if (!committee) return no(gremium.unknownCommittee(name));
  } else {
    const candidates = await likelyCommittees(ctx);
    if (candidates.length === 0) return no(teilnahme.noCommittee);
    if (candidates.length > 1) {
      return no(teilnahme.whichCommittee(candidates.map((c) => `„${c.name}“`).join(", ")));
    }
    committee = candidates[0] as Committee;
  }
  const first = tokens[0];
  let meeting: Meeting | undefined;
  if (first) {
    const day = parseDay(first, now, committee.timezone);
    meeting = day && (await meetingOnDay(ctx, committee, day));
    if (!meeting) return no(gremium.noMeetingOn(committee.name, first));
  } else {
    meeting = when === "upcoming" ? await nextMeeting(ctx, committee) : await lastMeeting(ctx, committee);
    if (!meeting)
      return no(
        when === "upcoming" ? teilnahme.noUpcoming(committee.name) : teilnahme.noPast(committee.name),
      );
  }
  const day = germanDayAt(meeting.startsAt, committee.timezone);
  if (meeting.status === "cancelled") return no(teilnahme.cancelledMeeting(committee.name, day));
  if (when === "upcoming" && meeting.startsAt <= now) return no(teilnahme.pastMeeting(committee.name, day));
  return { ok: true, committee, meeting };
}
