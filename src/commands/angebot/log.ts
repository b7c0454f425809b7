// Logging a session from its prompt: a small form (how many, how long, how many regulars), saved as an
// activity linked to the offer under the session's entry key, so it is counted once however often it is sent.
import type { FormValue } from "../../conversation/input.js";
import { closeFormWith, errorReply, type Form, message, type Reply, text } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { todayIn } from "../days.js";
import { germanDayAt } from "../messages/format.js";
import { angebot as t } from "../messages/index.js";
import { isSession, parseSessionRef, sessionEntryKey, sessionRef } from "./sessions.js";

export const SESSION_FORM = "angebot:session";

const whole = (value: FormValue) => {
  const s = String(value ?? "").trim();
  return /^\d{1,4}$/.test(s) ? Number(s) : s === "" ? undefined : Number.NaN;
};

export async function sessionForm(value: string | undefined, ctx: Ctx): Promise<Reply> {
  const ref = parseSessionRef(value);
  const offer = ref ? await ctx.store.findOffer(ref.offerId) : undefined;
  if (!ref || !offer || !isSession(offer, ref.at)) return errorReply(t.sessionNotOne);
  const done = await ctx.store.findActivityByEntryKey(sessionEntryKey(offer.id, ref.at));
  const day = germanDayAt(ref.at, offer.timezone);
  if (done) return message([text(t.sessionAlready(offer.title, day, done.id))]);
  const form: Form = {
    formId: SESSION_FORM,
    title: t.sessionFormTitle,
    submitLabel: t.sessionSubmit,
    state: sessionRef(offer.id, ref.at),
    intro: t.sessionPrompt(offer.title, day),
    inputs: [
      { id: "participants", kind: "number", label: t.sessionParticipants, required: true, min: 0, max: 500 },
      {
        id: "minutes",
        kind: "number",
        label: t.sessionMinutes,
        required: true,
        min: 5,
        max: 720,
        initial: String(offer.durationMinutes),
      },
      {
        id: "regulars",
        kind: "number",
        label: t.sessionRegulars,
        hint: t.sessionRegularsHint,
        min: 0,
        max: 500,
        ...(offer.regulars !== null ? { initial: String(offer.regulars) } : {}),
      },
    ],
  };
  return { kind: "form", form };
}

export async function saveSession(
  values: Record<string, FormValue>,
  state: string | undefined,
  ctx: Ctx,
): Promise<Reply> {
  const ref = parseSessionRef(state);
  const offer = ref ? await ctx.store.findOffer(ref.offerId) : undefined;
  if (!ref || !offer || !isSession(offer, ref.at)) return errorReply(t.sessionNotOne);
  const participants = whole(values.participants);
  const minutes = whole(values.minutes);
  const regulars = whole(values.regulars);
  const errors: Record<string, string> = {};
  if (participants === undefined || Number.isNaN(participants) || participants > 500)
    errors.participants = t.numberInvalid;
  if (minutes === undefined || Number.isNaN(minutes) || minutes < 5 || minutes > 720)
    errors.minutes = t.minutesInvalid;
  if (regulars !== undefined && (Number.isNaN(regulars) || regulars > 500)) errors.regulars = t.numberInvalid;
  else if (regulars !== undefined && participants !== undefined && regulars > participants)
    errors.regulars = t.regularsTooMany;
  if (Object.keys(errors).length > 0) return { kind: "formErrors", errors };

  const day = todayIn(ref.at, offer.timezone);
  const activity = await ctx.store.recordActivity({
    districtId: offer.districtId,
    authorId: ctx.caller.id,
    occurredOn: day,
    minutes: minutes as number,
    title: offer.title,
    level: "case_independent",
    focus: offer.focus,
    role: offer.role,
    periodStart: offer.responsibleFrom,
    periodEnd: offer.responsibleTo,
    targetGroups: offer.targetGroup ? [offer.targetGroup] : [],
    participants: participants as number,
    partnerIds: offer.partners.map((p) => p.id),
    entryKey: sessionEntryKey(offer.id, ref.at),
    offerId: offer.id,
  });
  if (regulars !== undefined) await ctx.store.setOfferRegulars(offer.id, regulars);
  const shown = germanDayAt(ref.at, offer.timezone);
  return closeFormWith(
    message([text(t.sessionSaved(offer.title, shown, activity.participants ?? 0, activity.id))]),
  );
}

export async function skipSession(value: string | undefined, ctx: Ctx): Promise<Reply> {
  const ref = parseSessionRef(value);
  const offer = ref ? await ctx.store.findOffer(ref.offerId) : undefined;
  if (!ref || !offer) return errorReply(t.sessionNotOne);
  return message([text(t.sessionSkipNoted(offer.title, germanDayAt(ref.at, offer.timezone)))]);
}
