// "gremium neu <Name> <Rhythmus> [Uhrzeit] [@Sozialraum] [Ort]": a committee in one line, shown back before saving.
import { button, errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { CommitteeType } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { gremium, rhythm } from "../messages/index.js";
import { privacyErrors } from "../privacy/fields.js";
import { committeeForm } from "./form.js";
import { requestPlan } from "./jobs/plan.js";
import {
  DEFAULT_TIME,
  describeRhythm,
  firstStart,
  readRhythm,
  rhythmStart,
  upcomingDates,
} from "./rhythm/index.js";
import { formatWhen, holidayTags } from "./view.js";

export const SETUP = { save: "gremium:setup_save", form: "gremium:setup_form" } as const;
const s = gremium.setup;
const DEFAULT_DURATION = 120;
/** Slack caps a button value at 2000 characters; the draft must fit into one. */
const MAX_DRAFT = 1900;

/** Everything the card shows, carried in its buttons: nothing is stored before „Speichern“. */
export interface Draft {
  name: string;
  districtId: number;
  rule: string;
  time: string;
  duration: number;
  skipPublic: boolean;
  skipSchool: boolean;
  location: string;
}

/** A first guess of the kind from the name; the form can change it. */
const TYPE_HINTS: [RegExp, CommitteeType][] = [
  [/runder?\s+tisch/i, "round_table"],
  [/jugendbeirat|jugendrat|kinderbeirat/i, "youth_council"],
  [/steuerung/i, "steering_group"],
  [/\bag\b|arbeitsgruppe|arbeitskreis|\bak\b|arbeitsgemeinschaft/i, "working_group"],
  [/stadtteil|gremium|ausschuss|konferenz/i, "district_committee"],
];
const guessType = (name: string): CommitteeType => TYPE_HINTS.find(([re]) => re.test(name))?.[1] ?? "other";

const clock = (h: number, m: number) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;

/** Reads the line into a draft, or a German error naming what is missing. */
async function readDraft(ctx: Ctx, line: string): Promise<Draft | string> {
  const words = line.split(/\s+/).filter(Boolean);
  const tagged = words.filter((w) => w.startsWith("@") && w.length > 1);
  const plain = words.filter((w) => !tagged.includes(w)).join(" ");
  const at = rhythmStart(plain);
  if (at < 0) return s.noRhythm;
  const name = plain.slice(0, at).trim();
  if (!name) return s.noName;
  const read = readRhythm(plain.slice(at), { now: ctx.clock.now(), tz: ctx.timezone, allowRest: true });
  if (!read.ok) return read.error;
  // "außer in den Sommerferien" is no place: an exception the rhythm cannot say is refused, not stored as Ort.
  if (/^(außer|ausser|nicht|ohne)\b/i.test(read.rest)) return rhythm.notUnderstood(read.rest);
  let district = tagged[0] ? await ctx.store.findDistrictByName(tagged[0].slice(1)) : undefined;
  if (tagged[0] && !district) return gremium.unknownDistrict(tagged[0].slice(1));
  if (!district && ctx.where.channelId) district = await ctx.store.districtForChannel(ctx.where.channelId);
  if (!district) {
    const all = await ctx.store.listDistricts();
    if (all.length !== 1) return s.whichDistrict(all.map((d) => d.name).join(", "));
    district = all[0];
  }
  if (!district) return gremium.noDistricts;
  const time = read.rhythm.time ?? DEFAULT_TIME;
  return {
    name: name.slice(0, 120),
    districtId: district.id,
    rule: read.rhythm.rule,
    time: clock(time.hours, time.minutes),
    duration: read.rhythm.durationMinutes ?? DEFAULT_DURATION,
    skipPublic: read.rhythm.skipPublicHolidays,
    skipSchool: read.rhythm.skipSchoolHolidays,
    location: read.rest.slice(0, 200),
  };
}

/** Guard, clash and district checks shared by the card and the save. */
async function check(ctx: Ctx, d: Draft): Promise<string | undefined> {
  const privacy = privacyErrors(ctx, { name: d.name, location: d.location });
  if (privacy.name) return s.namePrivate(privacy.name);
  if (privacy.location) return s.locationPrivate(privacy.location);
  if (await ctx.store.findCommitteeByName(d.name)) return gremium.errors.nameTaken;
  if (!(await ctx.store.findDistrict(d.districtId))) return gremium.meetingGone;
  return undefined;
}

const timeOf = (d: Draft) => {
  const [hours, minutes] = d.time.split(":").map(Number);
  return { hours: hours ?? 18, minutes: minutes ?? 0 };
};
const rhythmOf = (d: Draft) => ({
  rule: d.rule,
  time: timeOf(d),
  skipPublicHolidays: d.skipPublic,
  skipSchoolHolidays: d.skipSchool,
});

export async function setupCommittee(line: string, ctx: Ctx): Promise<Reply> {
  // A name without a rhythm ("gremium neu Runder Tisch Süd"): the form, with the name filled in.
  if (rhythmStart(line) < 0 && !line.includes("@"))
    return { kind: "form", form: await committeeForm(ctx, undefined, { name: line.trim().slice(0, 120) }) };
  const draft = await readDraft(ctx, line);
  if (typeof draft === "string") return errorReply(draft);
  const problem = await check(ctx, draft);
  if (problem) return errorReply(problem);
  const value = JSON.stringify(draft);
  if (value.length > MAX_DRAFT) return errorReply(gremium.errors.tooLong);
  const now = ctx.clock.now();
  const first = firstStart(rhythmOf(draft), { now, tz: ctx.timezone });
  if (!first) return errorReply(s.noDates);
  const source = { ...rhythmOf(draft), recurrence: draft.rule, firstStartsAt: first, timezone: ctx.timezone };
  const dates = await upcomingDates(ctx, source);
  const district = await ctx.store.findDistrict(draft.districtId);
  return message([
    text(s.title(draft.name), "heading"),
    {
      type: "fields",
      fields: [
        { label: s.rhythm, value: describeRhythm(rhythmOf(draft)) },
        { label: s.district, value: district?.name ?? "?" },
        ...(draft.location ? [{ label: s.location, value: draft.location }] : []),
      ],
    },
    text(s.nextTitle),
    {
      type: "list",
      items: dates.map((m) => ({
        title: formatWhen(m.startsAt, ctx.timezone),
        ...(m.holiday || m.schoolHoliday ? { detail: holidayTags(m).join(" · ") } : {}),
      })),
    },
    {
      type: "actions",
      buttons: [button(s.save, SETUP.save, value, "primary"), button(s.edit, SETUP.form, value)],
    },
  ]);
}

function parseDraft(value: string | undefined): Draft | undefined {
  try {
    const d = JSON.parse(value ?? "") as Partial<Draft>;
    if (typeof d.name !== "string" || typeof d.rule !== "string" || !Number.isInteger(d.districtId))
      return undefined;
    if (typeof d.time !== "string" || !/^\d{2}:\d{2}$/.test(d.time)) return undefined;
    return {
      name: d.name,
      districtId: Number(d.districtId),
      rule: d.rule,
      time: d.time,
      duration:
        Number.isInteger(d.duration) && Number(d.duration) >= 5 ? Number(d.duration) : DEFAULT_DURATION,
      skipPublic: d.skipPublic === true,
      skipSchool: d.skipSchool === true,
      location: typeof d.location === "string" ? d.location : "",
    };
  } catch {
    return undefined;
  }
}

export async function saveSetup(value: string | undefined, ctx: Ctx): Promise<Reply> {
  const draft = parseDraft(value);
  if (!draft) return errorReply(s.expired);
  // The card may be old: everything is checked again, and the rule must still read.
  const problem = await check(ctx, draft);
  if (problem) return errorReply(problem);
  const first = firstStart(rhythmOf(draft), { now: ctx.clock.now(), tz: ctx.timezone });
  if (!first) return errorReply(s.noDates);
  const committee = await ctx.store.createCommittee({
    name: draft.name,
    type: guessType(draft.name),
    part: "attend",
    districtId: draft.districtId,
    recurrence: draft.rule,
    firstStartsAt: first,
    durationMinutes: draft.duration,
    timezone: ctx.timezone,
    location: draft.location,
    skipPublicHolidays: draft.skipPublic,
    skipSchoolHolidays: draft.skipSchool,
    usualAttendeeIds: [ctx.caller.id],
    createdBy: ctx.caller.id,
  });
  await requestPlan(ctx.store, committee.id, ctx.clock.now());
  await ctx.store.audit("committee.create", ctx.caller.id, `committee:${committee.id}`);
  return {
    kind: "message",
    elements: [text(gremium.created(committee.name, formatWhen(first, committee.timezone)))],
    visibility: "private",
    replaceOriginal: true,
  };
}

export async function setupForm(value: string | undefined, ctx: Ctx): Promise<Reply> {
  const draft = parseDraft(value);
  if (!draft) return errorReply(s.expired);
  const form = await committeeForm(ctx, undefined, {
    name: draft.name,
    type: guessType(draft.name),
    districtId: String(draft.districtId),
    rhythm: describeRhythm({
      rule: draft.rule,
      skipPublicHolidays: draft.skipPublic,
      skipSchoolHolidays: draft.skipSchool,
    }),
    time: draft.time,
    duration: String(draft.duration),
    location: draft.location,
  });
  return { kind: "form", form };
}
