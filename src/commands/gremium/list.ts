// "gremium liste" and "gremium nächste [Anzahl|Sozialraum]": committees and the next meetings with who goes.

import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { gremium, labels } from "../messages/index.js";
import { nextMeeting, upcoming } from "./lookup.js";
import { attendanceLine, attendeesOf, formatWhen, meetingTags } from "./view.js";

export async function listCommittees(ctx: Ctx): Promise<Reply> {
  const [committees, districts] = await Promise.all([ctx.store.listCommittees(), ctx.store.listDistricts()]);
  if (committees.length === 0) return message([text(gremium.listEmpty)]);
  const items = [];
  for (const c of committees) {
    const next = await nextMeeting(ctx, c);
    const when = next
      ? [formatWhen(next.startsAt, c.timezone), ...meetingTags(next)].join(" · ")
      : gremium.noNext;
    const district = districts.find((d) => d.id === c.districtId)?.name ?? "?";
    items.push({
      title: c.name,
      detail: gremium.listDetail(labels.committeeType[c.type], district, labels.committeePart[c.part], when),
    });
  }
  return message([text(gremium.listTitle, "heading"), { type: "list", items }]);
}

const DEFAULT_COUNT = 5;
const MAX_COUNT = 20;
const WINDOW_DAYS = 120;

export async function listNext(arg: string, ctx: Ctx): Promise<Reply> {
  let count = DEFAULT_COUNT;
  let districtId: number | undefined;
  if (/^\d+$/.test(arg)) count = Math.min(Math.max(Number(arg), 1), MAX_COUNT);
  else if (arg) {
    const district = await ctx.store.findDistrictByName(arg);
    if (!district) return errorReply(gremium.unknownDistrict(arg));
    districtId = district.id;
  }
  const committees = await ctx.store.listCommittees(districtId);
  const meetings = (await upcoming(ctx, committees, WINDOW_DAYS)).slice(0, count);
  if (meetings.length === 0) return message([text(gremium.nextEmpty)]);
  const items = [];
  for (const m of meetings) {
    const line = m.status === "cancelled" ? undefined : attendanceLine(await attendeesOf(ctx.store, m));
    items.push({
      title: `${formatWhen(m.startsAt, m.committee.timezone)} – ${m.committee.name}`,
      detail: [...meetingTags(m), ...(line ? [line] : [])].join(" · "),
    });
  }
  return message([text(gremium.nextTitle, "heading"), { type: "list", items }]);
}
