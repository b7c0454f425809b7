// "gremium kalender [Sozialraum]" hands out a secret iCalendar feed link; "kalender widerrufen" revokes them.
import { randomBytes } from "node:crypto";
import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { gremium } from "../messages/index.js";
import { normaliseWord } from "./parse.js";

export const feedPath = (token: string) => `/kalender/${token}.ics`;

export async function calendarLink(rest: string, ctx: Ctx): Promise<Reply> {
  if (normaliseWord(rest) === "widerrufen") {
    const n = await ctx.store.revokeCalendarTokens(ctx.caller.id, ctx.clock.now());
    await ctx.store.audit("calendar.revoke", ctx.caller.id, `member:${ctx.caller.id}`, { revoked: n });
    return message([text(gremium.calendar.revoked(n))]);
  }
  let districtId: number | undefined;
  if (rest) {
    const district = await ctx.store.findDistrictByName(rest);
    if (!district) return errorReply(gremium.unknownDistrict(rest));
    districtId = district.id;
  }
  const token = randomBytes(24).toString("base64url");
  await ctx.store.createCalendarToken(ctx.caller.id, token, districtId);
  await ctx.store.audit("calendar.create", ctx.caller.id, `member:${ctx.caller.id}`, {
    districtId: districtId ?? null,
  });
  const path = feedPath(token);
  const body = ctx.publicUrl
    ? gremium.calendar.link(`${ctx.publicUrl.replace(/\/+$/, "")}${path}`)
    : gremium.calendar.relative(path);
  // Always private: the link is a secret.
  return message([text(body)], "private");
}
