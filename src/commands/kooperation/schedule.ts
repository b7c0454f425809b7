// The review date as a durable scheduler job: one job per cooperation and review day, moved when the day changes.
import type { Cooperation } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { reviewRunAt } from "./dates.js";

export const REVIEW_JOB = "cooperation_review";

export const reviewKey = (cooperationId: number, reviewOn: string) =>
  `cooperation_review:${cooperationId}:${reviewOn}`;

export interface ReviewPayload {
  cooperationId: number;
  reviewOn: string;
  /** Who set the date: the member reminded privately (besides the district channel). */
  memberId: number;
}

/** Schedules the reminder for `reviewOn` (idempotent) and cancels a pending one for the previous day. */
export async function scheduleReview(ctx: Ctx, coop: Cooperation, reviewOn: string): Promise<boolean> {
  if (coop.reviewOn && coop.reviewOn !== reviewOn)
    await ctx.store.cancelJob(reviewKey(coop.id, coop.reviewOn));
  const payload: ReviewPayload = { cooperationId: coop.id, reviewOn, memberId: ctx.caller.id };
  return ctx.store.scheduleJob(
    REVIEW_JOB,
    reviewKey(coop.id, reviewOn),
    reviewRunAt(reviewOn, ctx.timezone),
    {
      ...payload,
    },
  );
}

export async function cancelReview(ctx: Ctx, coop: Cooperation): Promise<void> {
  if (coop.reviewOn) await ctx.store.cancelJob(reviewKey(coop.id, coop.reviewOn));
}

export function reviewPayload(payload: Record<string, unknown>): ReviewPayload {
  const cooperationId = Number(payload.cooperationId);
  const memberId = Number(payload.memberId);
  const reviewOn = String(payload.reviewOn ?? "");
  if (
    !Number.isInteger(cooperationId) ||
    !Number.isInteger(memberId) ||
    !/^\d{4}-\d{2}-\d{2}$/.test(reviewOn)
  ) {
    throw new Error("malformed cooperation review payload");
  }
  return { cooperationId, memberId, reviewOn };
}
