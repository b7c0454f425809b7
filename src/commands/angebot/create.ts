// „angebot neu …“: read, guarded, shown back with the rhythm in words and the next three dates, saved on „Speichern“.
import { z } from "zod";
import { button, type Element, errorReply, message, type Reply, text } from "../../conversation/reply.js";
import { FOCUSES } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { todayIn } from "../days.js";
import { startOfDayIn } from "../digest/week.js";
import { describeRhythm, firstStart, upcomingDates } from "../gremium/rhythm/index.js";
import { formatWhen } from "../gremium/view.js";
import { guardText } from "../loop/guard.js";
import { packState, unpackState } from "../loop/state.js";
import { germanDay } from "../messages/format.js";
import { angebot as t } from "../messages/index.js";
import { requestOfferPlan } from "./jobs.js";
import { type OfferDraft, readOffer } from "./read.js";

export const SAVE_ACTION = "angebot:save";
export const CANCEL_ACTION = "angebot:cancel";

const draftSchema = z.object({
  title: z.string().min(1).max(120),
  districtId: z.number().int().positive(),
  rule: z.string().min(5).max(300),
  hours: z.number().int().min(0).max(23),
  minutes: z.number().int().min(0).max(59),
  durationMinutes: z.number().int().min(5).max(720),
  skipSchoolHolidays: z.boolean(),
  skipPublicHolidays: z.boolean(),
  focus: z.enum(FOCUSES),
  targetGroup: z.string().max(80),
  initiatedOnly: z.boolean(),
  needId: z.number().int().positive().nullable(),
  partnerIds: z.array(z.number().int().positive()).max(10),
});

const replacing = (elements: Element[]): Reply => ({
  kind: "message",
  visibility: "private",
  replaceOriginal: true,
  elements,
});

const rhythmOf = (d: OfferDraft) => ({
  rule: d.rule,
  time: { hours: d.hours, minutes: d.minutes },
  durationMinutes: d.durationMinutes,
  skipSchoolHolidays: d.skipSchoolHolidays,
  skipPublicHolidays: d.skipPublicHolidays,
});

/**
 * The rule's first start: its first date from the start of today, so a session that already took place
 * today can still be logged („angebot termin“); prompts and the next dates start from now.
 */
const anchor = (d: OfferDraft, ctx: Ctx) =>
  firstStart(rhythmOf(d), {
    now: startOfDayIn(todayIn(ctx.clock.now(), ctx.timezone), ctx.timezone),
    tz: ctx.timezone,
  });

export async function proposeOffer(rest: string, ctx: Ctx): Promise<Reply> {
  if (!rest.trim()) return errorReply(t.usage);
  const verdict = guardText(ctx, rest);
  if (verdict.kind !== "clean") return errorReply(t.privacyBlocked(verdict.kinds));
  const read = await readOffer(ctx, rest);
  if ("error" in read) return errorReply(read.error);
  return showProposal(read.draft, ctx);
}

/** The confirmation: the rhythm in words and the next three dates; nothing is saved before „Speichern“. */
export async function showProposal(d: OfferDraft, ctx: Ctx): Promise<Reply> {
  const first = anchor(d, ctx);
  if (!first) return errorReply(t.rhythmMissing("„jeden Dienstag 15 Uhr“"));
  const next = await upcomingDates(ctx, {
    recurrence: d.rule,
    firstStartsAt: first,
    timezone: ctx.timezone,
    ...rhythmOf(d),
  });
  const [district, need, partners] = await Promise.all([
    ctx.store.findDistrict(d.districtId),
    d.needId ? ctx.store.findNeed(d.needId) : Promise.resolve(undefined),
    ctx.store.listActivePartners(),
  ]);
  const partnerNames = partners.filter((p) => d.partnerIds.includes(p.id)).map((p) => p.name);
  return message([
    text(t.confirmTitle, "heading"),
    {
      type: "fields",
      fields: [
        { label: t.field.title, value: d.title },
        { label: t.field.district, value: district?.name ?? "" },
        { label: t.field.rhythm, value: describeRhythm(rhythmOf(d)) },
        {
          label: t.field.next,
          value: next
            .map((m) =>
              [formatWhen(m.startsAt, ctx.timezone), m.holiday, m.schoolHoliday].filter(Boolean).join(" – "),
            )
            .join("\n"),
        },
        ...(partnerNames.length ? [{ label: t.field.partners, value: partnerNames.join(", ") }] : []),
        {
          label: t.field.role,
          value: d.initiatedOnly
            ? t.roleInitiated
            : t.roleResponsible(germanDay(todayIn(first, ctx.timezone))),
        },
        ...(need ? [{ label: t.field.need, value: `Nr. ${need.id}: ${need.description}` }] : []),
      ],
    },
    {
      type: "actions",
      buttons: [button(t.save, SAVE_ACTION, packState(d), "primary"), button(t.cancel, CANCEL_ACTION)],
    },
  ]);
}

export async function saveOffer(value: string | undefined, ctx: Ctx): Promise<Reply> {
  const d = unpackState(draftSchema, value);
  if (!d) return errorReply(t.expired);
  if (guardText(ctx, d.title).kind !== "clean") return errorReply(t.expired);
  const now = ctx.clock.now();
  const first = anchor(d, ctx);
  if (!first) return errorReply(t.expired);
  const offer = await ctx.store.createOffer({
    districtId: d.districtId,
    title: d.title,
    recurrence: d.rule,
    firstStartsAt: first,
    durationMinutes: d.durationMinutes,
    timezone: ctx.timezone,
    skipSchoolHolidays: d.skipSchoolHolidays,
    skipPublicHolidays: d.skipPublicHolidays,
    focus: d.focus,
    targetGroup: d.targetGroup,
    role: d.initiatedOnly ? "initiated" : "responsible",
    responsibleFrom: d.initiatedOnly ? null : todayIn(first, ctx.timezone),
    responsibleTo: null,
    needId: d.needId,
    createdBy: ctx.caller.id,
    partnerIds: d.partnerIds,
  });
  await ctx.store.audit("offer.create", ctx.caller.id, `offer:${offer.id}`, {}, now);
  await requestOfferPlan(ctx.store, offer.id, now);
  const lines = [text(t.saved(offer.id, offer.title))];
  if (d.needId) {
    const need = await ctx.store.findNeed(d.needId);
    if (need && (need.status === "new" || need.status === "planning")) {
      await ctx.store.setNeedStatus(need.id, "offer_running", now);
      lines.push(text(t.needLinked(need.id), "muted"));
    }
  }
  return replacing(lines);
}

export const cancelOffer = async (): Promise<Reply> => replacing([text(t.cancelled, "muted")]);
