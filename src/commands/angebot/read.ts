// „angebot neu <Titel> <Rhythmus> [Uhrzeit] @Sozialraum [+Partner] [bedarf <Nr.>] [angestoßen]“ as a draft.
import type { Focus } from "../../store/index.js";
import { fold } from "../aktivitaet/parse/fold.js";
import { FOCUS_ALIASES } from "../aktivitaet/parse/tags.js";
import type { Ctx } from "../context.js";
import { readRhythm, rhythmStart } from "../gremium/rhythm/index.js";
import { districtOf, readLine, targetGroupOf } from "../loop/line.js";
import { bedarf as b, angebot as t } from "../messages/index.js";

export interface OfferDraft {
  title: string;
  districtId: number;
  rule: string;
  hours: number;
  minutes: number;
  durationMinutes: number;
  skipSchoolHolidays: boolean;
  skipPublicHolidays: boolean;
  focus: Focus;
  targetGroup: string;
  initiatedOnly: boolean;
  needId: number | null;
  partnerIds: number[];
}

const NEED_REF = /\b(?:zu[mr]?\s+|für\s+(?:den\s+)?)?bedarf\s*(?:nr\.?\s*)?(\d{1,9})\b/iu;
const INITIATED = /\bangesto(?:ß|ss)en\b/iu;
const DEFAULT_DURATION = 120;

export async function readOffer(ctx: Ctx, line: string): Promise<{ draft: OfferDraft } | { error: string }> {
  const [districts, partners, channelDistrict] = await Promise.all([
    ctx.store.listDistricts(),
    ctx.store.listActivePartners(),
    ctx.where.channelId ? ctx.store.districtForChannel(ctx.where.channelId) : Promise.resolve(undefined),
  ]);
  if (districts.length === 0) return { error: b.noDistricts };
  const parts = readLine(line, districts, partners);
  let text = parts.rest;
  const needRef = NEED_REF.exec(text);
  text = text.replace(NEED_REF, " ");
  const initiatedOnly = INITIATED.test(text);
  text = text.replace(INITIATED, " ").replace(/\s+/g, " ").trim();

  const names = districts.map((d) => d.name).join(", ");
  const district = districtOf(parts, districts, channelDistrict);
  if (!district)
    return {
      error: parts.districtTyped ? b.unknownDistrict(parts.districtTyped, names) : b.whichDistrict(names),
    };
  const [unknownPartner] = parts.unknownPartners;
  if (unknownPartner !== undefined) return { error: t.unknownPartner(unknownPartner) };

  const start = rhythmStart(text);
  const title = text.slice(0, start).trim();
  if (!title) return { error: t.titleMissing };
  const read = readRhythm(text.slice(start), { now: ctx.clock.now(), tz: ctx.timezone });
  if (!read.ok) return { error: read.error };
  const { rhythm } = read;
  if (!rhythm.time) return { error: t.timeMissing };

  let needId: number | null = null;
  if (needRef?.[1]) {
    const need = await ctx.store.findNeed(Number(needRef[1]));
    if (!need) return { error: t.unknownNeed(needRef[1]) };
    needId = need.id;
  }
  const focus = parts.tags.map((tag) => FOCUS_ALIASES[fold(tag)]).find((f) => f !== undefined) ?? "projects";
  return {
    draft: {
      title,
      districtId: district.id,
      rule: rhythm.rule,
      hours: rhythm.time.hours,
      minutes: rhythm.time.minutes,
      durationMinutes: rhythm.durationMinutes ?? DEFAULT_DURATION,
      skipSchoolHolidays: rhythm.skipSchoolHolidays,
      skipPublicHolidays: rhythm.skipPublicHolidays,
      focus,
      targetGroup: targetGroupOf(`${title} ${read.rest}`),
      initiatedOnly,
      needId,
      partnerIds: parts.partners.map((p) => p.id),
    },
  };
}
