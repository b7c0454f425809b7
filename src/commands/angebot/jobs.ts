// The offer scheduler: a plan job keeps one prompt per session ahead; each prompt asks after the session
// „Heute: Elterncafé – wie viele waren da?“ in the district's channel (else privately to who created it).
import { button, type Reply, text } from "../../conversation/reply.js";
import { delivererOf } from "../../scheduler/route.js";
import type { JobHandler } from "../../scheduler/worker.js";
import type { TenantStore } from "../../store/index.js";
import { germanDayAt } from "../messages/format.js";
import { angebot as t } from "../messages/index.js";
import { holidayCalendarOf } from "./calendar.js";
import { isSession, sessionRef, sessionsBetween } from "./sessions.js";

export const OFFER_JOB = { plan: "offer.plan", session: "offer.session" } as const;
export const LOG_ACTION = "angebot:log";
export const SKIP_ACTION = "angebot:skip";

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;
const PLAN_HORIZON_MS = 28 * DAY_MS;
/** A prompt for a session more than a week ago helps nobody. */
const STALE_AFTER_MS = 7 * DAY_MS;

export async function requestOfferPlan(store: Pick<TenantStore, "scheduleJob">, offerId: number, now: Date) {
  await store.scheduleJob(OFFER_JOB.plan, `offer-plan:${offerId}:at:${now.toISOString()}`, now, { offerId });
}

export const planOffer: JobHandler = async (job, { tenant, clock }) => {
  const offerId = Number(job.payload.offerId);
  const offer = await tenant.findOffer(offerId);
  if (!offer || offer.endedAt) return { outcome: "dropped:ended" };
  const now = clock.now();
  const until = new Date(now.getTime() + PLAN_HORIZON_MS);
  const calendar = await holidayCalendarOf(tenant, now, until);
  let planned = 0;
  for (const at of sessionsBetween(offer, calendar, now, until)) {
    const endsAt = new Date(at.getTime() + offer.durationMinutes * 60_000);
    const key = `offer-session:${offer.id}:${at.toISOString()}`;
    if (await tenant.scheduleJob(OFFER_JOB.session, key, endsAt, { offerId, at: at.toISOString() }))
      planned++;
  }
  // Every plan chain of an offer converges on the same weekly key, so chains never multiply.
  const week = Math.floor(now.getTime() / WEEK_MS) + 1;
  await tenant.scheduleJob(OFFER_JOB.plan, `offer-plan:${offerId}:week:${week}`, new Date(week * WEEK_MS), {
    offerId,
  });
  return { outcome: "planned", details: { planned } };
};

export function sessionPrompt(offerId: number, title: string, at: Date, timezone: string): Reply {
  const ref = sessionRef(offerId, at);
  return {
    kind: "message",
    visibility: "public",
    elements: [
      text(t.sessionPrompt(title, germanDayAt(at, timezone))),
      {
        type: "actions",
        buttons: [
          button(t.sessionLog, LOG_ACTION, ref, "primary"),
          button(t.sessionSkipped, SKIP_ACTION, ref),
        ],
      },
    ],
  };
}

export const promptSession: JobHandler = async (job, { tenant, clock, delivery }) => {
  const offer = await tenant.findOffer(Number(job.payload.offerId));
  if (!offer || offer.endedAt) return { outcome: "dropped:ended" };
  const at = new Date(String(job.payload.at ?? ""));
  if (Number.isNaN(at.getTime()) || !isSession(offer, at)) return { outcome: "dropped:no_session" };
  const endsAt = new Date(at.getTime() + offer.durationMinutes * 60_000);
  const now = clock.now();
  if (endsAt.getTime() > now.getTime() + 60_000) return { postponeTo: endsAt };
  if (now.getTime() - endsAt.getTime() > STALE_AFTER_MS) return { outcome: "dropped:stale" };
  const channelId = (await tenant.findDistrict(offer.districtId))?.channelId ?? undefined;
  const where = channelId
    ? { channelId }
    : offer.createdBy !== null
      ? { memberId: offer.createdBy }
      : undefined;
  if (!where) return { outcome: "dropped:nobody" };
  const deliverer = await delivererOf(tenant, delivery);
  const sent = await deliverer.deliver(
    { tenantId: job.tenantId, ...where, idempotencyKey: job.idempotencyKey },
    sessionPrompt(offer.id, offer.title, at, offer.timezone),
  );
  return { outcome: "sent", details: { messageRef: sent.messageRef } };
};
