// „angebot liste [Sozialraum]“ and „angebot beenden <Nr.|Titel>“.
import { TZDate } from "@date-fns/tz";
import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Offer } from "../../store/index.js";
import { fold, matchName } from "../aktivitaet/parse/fold.js";
import type { Ctx } from "../context.js";
import { todayIn } from "../days.js";
import { chooseDistrict } from "../digest/districts.js";
import { describeRhythm } from "../gremium/rhythm/index.js";
import { angebot as t } from "../messages/index.js";

const rhythmWords = (o: Offer) =>
  describeRhythm({
    rule: o.recurrence,
    time: timeOf(o),
    durationMinutes: o.durationMinutes,
    skipSchoolHolidays: o.skipSchoolHolidays,
    skipPublicHolidays: o.skipPublicHolidays,
  });

/** The offer's time of day in its zone: the rule anchors at the first start. */
function timeOf(o: Offer) {
  const z = new TZDate(o.firstStartsAt.getTime(), o.timezone);
  return { hours: z.getHours(), minutes: z.getMinutes() };
}

export async function listOffers(rest: string, ctx: Ctx): Promise<Reply> {
  const choice = await chooseDistrict(ctx, rest.replace(/^@/, ""));
  if ("error" in choice) return errorReply(choice.error);
  const districts = "all" in choice ? choice.all : [choice.district];
  const name = new Map(districts.map((d) => [d.id, d.name]));
  const offers = (await ctx.store.listOffers()).filter((o) => name.has(o.districtId));
  if (offers.length === 0) return message([text(t.listTitle, "heading"), text(t.none, "muted")]);
  const today = todayIn(ctx.clock.now(), ctx.timezone);
  const sessions = new Map(
    (await ctx.store.offerSessions(`${today.slice(0, 4)}-01-01`, today)).map((s) => [s.offerId, s]),
  );
  return message([
    text(t.listTitle, "heading"),
    {
      type: "list",
      items: offers.map((o) => {
        const s = sessions.get(o.id);
        return {
          title: `Nr. ${o.id}: ${o.title}`,
          detail: [
            t.listDetail(rhythmWords(o), name.get(o.districtId) ?? ""),
            `${t.field.sessions}: ${s?.sessions ?? 0}`,
            `${t.field.participants}: ${s?.participants ?? 0}`,
            ...(o.regulars !== null ? [`${t.field.regulars}: ${o.regulars}`] : []),
            ...(o.partners.length ? [o.partners.map((p) => p.name).join(", ")] : []),
          ].join(" · "),
        };
      }),
    },
  ]);
}

/** An offer by its number or (forgiving case, umlauts and a typo) its title. */
export async function findOfferTyped(ctx: Ctx, typed: string): Promise<Offer | undefined> {
  const offers = await ctx.store.listOffers({ includeEnded: true });
  const id = /^(?:nr\.?\s*)?(\d{1,9})$/iu.exec(typed)?.[1];
  if (id) return offers.find((o) => o.id === Number(id));
  return offers.find((o) => fold(o.title) === fold(typed)) ?? matchName(typed, offers, (o) => o.title)?.item;
}

export async function endOffer(rest: string, ctx: Ctx): Promise<Reply> {
  const typed = rest.trim();
  if (!typed) return errorReply(t.endUsage);
  const offer = await findOfferTyped(ctx, typed);
  if (!offer) return errorReply(t.unknown(typed));
  if (offer.endedAt) return errorReply(t.alreadyEnded(offer.title));
  const now = ctx.clock.now();
  await ctx.store.endOffer(offer.id, now, todayIn(now, ctx.timezone));
  await ctx.store.audit("offer.end", ctx.caller.id, `offer:${offer.id}`, {}, now);
  return message([text(t.ended(offer.title))]);
}
