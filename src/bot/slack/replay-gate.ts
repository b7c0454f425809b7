// The second stage of the replay check (verify.ts): listeners wait here for the database's answer before they
// act, after Bolt has acknowledged. A request replayed to another process is acknowledged (Slack gets its
// 200 in time) but never acted on; one replayed to this process was already refused with 401.
import type { Context } from "@slack/bolt";
import type { Logger } from "../../log.js";

/** The custom property the receiver puts into Bolt's context (see receiver.ts). */
export const FIRST_EVERYWHERE = "firstEverywhere";

/** True when no process has acted on this request before; Socket Mode has no such answer (its connection is authenticated, nothing can be replayed into it). */
export async function firstEverywhere(context: Context, logger: Logger): Promise<boolean> {
  const answer = context[FIRST_EVERYWHERE] as Promise<boolean> | undefined;
  if (!answer || (await answer)) return true;
  logger.warn({ reason: "replay" }, "slack request ignored: already handled by another instance");
  return false;
}
