// "sozialraum digest …": routes the weekly digest's sub-commands; the report and settings live beside it.

import { errorReply, type Reply } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { digest as t } from "../messages/index.js";
import { listSubscriptions, preview, subscribe, unsubscribe } from "./subscriptions.js";

export { handleBericht } from "./bericht.js";
export { buildDigest } from "./build.js";
export { handlePersonenzahlen, perPersonJobHandlers } from "./per-person.js";
export { DIGEST_JOB, digestJob, digestJobHandlers, scheduleNextDigest } from "./schedule.js";

export async function handleDigest(rest: string, ctx: Ctx): Promise<Reply> {
  const trimmed = rest.trim();
  const space = trimmed.search(/\s/);
  const sub = (space < 0 ? trimmed : trimmed.slice(0, space)).toLowerCase();
  const args = space < 0 ? "" : trimmed.slice(space + 1);
  switch (sub) {
    case "abonnieren":
      return subscribe(ctx, args);
    case "abbestellen":
      return unsubscribe(ctx);
    case "liste":
      return listSubscriptions(ctx);
    case "":
    case "vorschau":
      return preview(ctx, args);
    default:
      return errorReply(t.usage);
  }
}
