// Saves step 5 (start, end, review day): the answer row, the cooperation's date columns and the review job together.
import type { Cooperation } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { scheduleReview } from "./schedule.js";
import type { Timeline } from "./steps.js";

/** Records the timeline as a step-5 answer (history) and moves the dialog to `nextStep`. */
export async function saveTimeline(
  ctx: Ctx,
  coop: Cooperation,
  timeline: Timeline,
  nextStep: number,
): Promise<void> {
  const now = ctx.clock.now();
  await ctx.store.answerStep(coop.id, 5, { ...timeline }, ctx.caller.id, now, nextStep);
  await ctx.store.updateCooperation(coop.id, { ...timeline }, now);
  await scheduleReview(ctx, coop, timeline.reviewOn);
}
