// The quick-entry parser: one line of German free text -> the fields of an activity, with what it is unsure of.
import type { ActivityRole, Focus, Goal, Level, PartnerType } from "../../../store/index.js";
import { takeDates } from "./dates.js";
import { addDays } from "./days.js";
import { isPlausibleDuration, takeDurations } from "./durations.js";
import { FOCUS_ORDER, inferFocus } from "./focus.js";
import type { FeatureInput } from "./focus-features.js";
import { displayName } from "./lower-names.js";
import { type Mention, takeMentions } from "./mentions.js";
import { indexNames, takeUnmarkedNames } from "./names.js";
import { takeParticipants } from "./participants.js";
import { guessPartnerType } from "./partner-type.js";
import { Scan } from "./scan.js";
import { takeTags } from "./tags.js";
import { takeTimes } from "./times.js";

export const MAX_QUICK_LENGTH = 500;
export const MAX_TITLE_LENGTH = 200;
/** A date further back than this is asked about, never taken silently. */
export const FAR_PAST_DAYS = 60;

export interface Known {
  id: number;
  name: string;
}

export interface QuickContext {
  /** Today in the caller's time zone (yyyy-MM-dd). */
  today: string;
  districts: Known[];
  partners: (Known & { type: PartnerType })[];
  /** The channel's district, if the channel has one. */
  channelDistrictId?: number;
  /** The team's recent activities: the focus chosen for a similar title wins over the built-in guess. */
  history?: { title: string; focus: Focus }[];
}

/** given: typed explicitly; default: nothing typed, the usual value; guessed: read from a hint, please check. */
export type Status = "given" | "default" | "guessed";
export interface Field<T> {
  value: T;
  status: Status;
}

export type Notice =
  | { code: "tooLong" }
  | { code: "durationMissing" }
  | { code: "durationImplausible"; minutes: number }
  | { code: "durationMultiple" }
  | { code: "dateInvalid"; raw: string }
  | { code: "dateFuture"; day: string }
  | { code: "dateMultiple" }
  | { code: "districtUnknown"; typed: string }
  | { code: "districtMissing" }
  | { code: "districtMultiple" }
  | { code: "focusMissing" }
  | { code: "focusGuessed" }
  | { code: "focusConflict" }
  | { code: "tagUnknown"; tag: string }
  | { code: "partnerGuessed"; typed: string; name: string }
  | { code: "partnerNew"; name: string }
  | { code: "roleGuessed" }
  | { code: "roleNeedsPeriod" }
  | { code: "periodInvalid" }
  | { code: "periodIgnored" }
  | { code: "caseRefInvalid" }
  | { code: "titleMissing" }
  | { code: "titleTooLong" };

export interface QuickEntry {
  occurredOn: Field<string>;
  minutes?: Field<number>;
  title: string;
  districtId?: Field<number>;
  level: Field<Level>;
  caseRef?: string;
  focus?: Field<Focus>;
  /** Other plausible focuses, best first: offered as one-tap choices next to a guessed focus. */
  focusAlternatives?: Focus[];
  /** "HH:MM" from a clock time or range ("von 9–11 Uhr"). */
  startTime?: string;
  /** The date is far back (more than FAR_PAST_DAYS) or ahead: ask before saving, never take it silently. */
  dateQuestion?: { day: string; reason: "farPast" | "future" };
  role: Field<ActivityRole>;
  periodStart?: string;
  periodEnd?: string;
  partners: { id: number; name: string; status: Status }[];
  newPartners: { name: string; type: PartnerType }[];
  goals: Goal[];
  targetGroups: string[];
  participants?: number;
  /** Block saving until changed. */
  problems: Notice[];
  /** Shown and marked, saving is allowed. */
  notices: Notice[];
}

function emptyEntry(today: string): QuickEntry {
  return {
    occurredOn: { value: today, status: "default" },
    title: "",
    level: { value: "case_independent", status: "default" },
    role: { value: "contributed", status: "default" },
    partners: [],
    newPartners: [],
    goals: [],
    targetGroups: [],
    problems: [],
    notices: [],
  };
}

/** Never throws: anything it cannot place stays in the title or becomes a notice. */
export function parseQuickEntry(text: string, ctx: QuickContext): QuickEntry {
  const entry = emptyEntry(ctx.today);
  if (text.length > MAX_QUICK_LENGTH) {
    entry.problems.push({ code: "tooLong" });
    return entry;
  }
  const scan = new Scan(text.normalize("NFC"));

  // Names first: a partner called "Hort am Montag" must not lose its weekday to the date parser.
  const districtIndex = indexNames(ctx.districts, (d) => d.name);
  const partnerIndex = indexNames(ctx.partners, (p) => p.name);
  const districts: Mention<Known>[] = takeMentions(scan, "@", districtIndex);
  const partners: Mention<Known & { type: PartnerType }>[] = takeMentions(scan, "+", partnerIndex);
  const tags = takeTags(scan);
  // Known names also count without a marker, in any case: "… westviertel", "mit dem Jugendhaus Mitte".
  // A district right after a body's word is part of its name ("Seniorenbeirat Oststadt"); a partner stays one.
  for (const f of takeUnmarkedNames<Known>(scan, [partnerIndex, districtIndex], [1])) {
    const match = { item: f.item, kind: f.kind };
    if (f.list === 0) {
      const partner = ctx.partners.find((p) => p === f.item);
      if (partner) partners.push({ typed: f.typed, match: { item: partner, kind: f.kind } });
    } else districts.push({ typed: f.typed, match });
  }
  // Clock times before dates and durations: "14.30 bis 16 Uhr" is neither a date nor "16 h".
  const times = takeTimes(scan);
  const duration = takeDurations(scan);
  const dates = takeDates(scan, ctx.today);
  const people = takeParticipants(scan);

  readDistrict(entry, districts, ctx);
  for (const p of partners) {
    if (p.match) {
      if (entry.partners.some((e) => e.id === p.match?.item.id)) continue;
      const status: Status = p.match.kind === "exact" ? "given" : "guessed";
      entry.partners.push({ id: p.match.item.id, name: p.match.item.name, status });
      if (status === "guessed")
        entry.notices.push({ code: "partnerGuessed", typed: p.typed, name: p.match.item.name });
    } else if (p.typed && !entry.newPartners.some((n) => n.name.toLowerCase() === p.typed.toLowerCase())) {
      const name = displayName(p.typed.slice(0, 100));
      entry.newPartners.push({ name, type: guessPartnerType(p.typed) });
      entry.notices.push({ code: "partnerNew", name });
    }
  }

  if (times.startTime) entry.startTime = times.startTime;
  if (times.minutes !== undefined) {
    // A range is the duration unless a duration was also written ("9–12 Uhr, davon 2h").
    if (!duration) entry.minutes = { value: times.minutes, status: times.count > 1 ? "guessed" : "given" };
    else entry.notices.push({ code: "durationMultiple" });
    if (times.count > 1) entry.notices.push({ code: "durationMultiple" });
  }
  if (entry.minutes) {
    // taken from the clock-time range above
  } else if (duration) {
    if (!isPlausibleDuration(duration.minutes))
      entry.problems.push({ code: "durationImplausible", minutes: duration.minutes });
    else entry.minutes = { value: duration.minutes, status: duration.count > 1 ? "guessed" : "given" };
    if (duration.count > 1) entry.notices.push({ code: "durationMultiple" });
  } else {
    entry.problems.push({ code: "durationMissing" });
  }

  for (const raw of dates.invalid) entry.problems.push({ code: "dateInvalid", raw });
  if (dates.day) {
    entry.occurredOn = { value: dates.day, status: dates.count > 1 ? "guessed" : "given" };
    if (dates.count > 1) entry.notices.push({ code: "dateMultiple" });
    if (dates.day > ctx.today) {
      entry.problems.push({ code: "dateFuture", day: dates.day });
      entry.dateQuestion = { day: dates.day, reason: "future" };
    } else if (dates.day < addDays(ctx.today, -FAR_PAST_DAYS)) {
      entry.dateQuestion = { day: dates.day, reason: "farPast" };
    }
  }

  if (tags.level) entry.level = { value: tags.level, status: "given" };
  if (tags.caseRef) entry.caseRef = tags.caseRef;
  if (tags.badCaseRef) entry.problems.push({ code: "caseRefInvalid" });
  entry.goals = tags.goals;
  for (const tag of tags.unknown) entry.notices.push({ code: "tagUnknown", tag });

  readRole(entry, tags, dates);

  entry.participants = people.participants;
  entry.targetGroups = people.targetGroups;

  entry.title = scan.remainder();
  readFocus(entry, tags, ctx);
  if (entry.title === "") entry.problems.push({ code: "titleMissing" });
  else if (entry.title.length > MAX_TITLE_LENGTH) entry.problems.push({ code: "titleTooLong" });
  return entry;
}

function readFocus(
  entry: QuickEntry,
  tags: { focus?: Focus; focusConflict: boolean },
  ctx: QuickContext,
): void {
  if (tags.focus) {
    entry.focus = { value: tags.focus, status: tags.focusConflict ? "guessed" : "given" };
    if (tags.focusConflict) entry.notices.push({ code: "focusConflict" });
    return;
  }
  const guess = inferFocus({
    ...focusInput(entry, ctx),
    ...(ctx.history ? { history: ctx.history } : {}),
  });
  if (guess.focus) {
    entry.focus = { value: guess.focus, status: "guessed" };
    entry.notices.push({ code: "focusGuessed" });
    if (guess.alternatives.length > 0) entry.focusAlternatives = guess.alternatives;
  } else {
    // Nothing to go on: all six, in the guideline's order, so the card can ask with one tap instead of a form.
    entry.problems.push({ code: "focusMissing" });
    entry.focusAlternatives = [...FOCUS_ORDER];
  }
}

/** What the focus is guessed from: the title left over, the level and the partners' types. */
export function focusInput(entry: QuickEntry, ctx: QuickContext): FeatureInput {
  const types = [
    ...entry.partners.map((p) => ctx.partners.find((k) => k.id === p.id)?.type),
    ...entry.newPartners.map((p) => p.type),
  ].filter((t): t is PartnerType => t !== undefined);
  return {
    title: entry.title,
    level: entry.level.value,
    partnerTypes: types,
    hasPartner: entry.partners.length + entry.newPartners.length > 0,
  };
}

function readDistrict(
  entry: QuickEntry,
  mentions: { typed: string; match?: { item: Known; kind: string } }[],
  ctx: QuickContext,
): void {
  const [first] = mentions;
  if (mentions.length > 1) entry.notices.push({ code: "districtMultiple" });
  if (first) {
    if (first.match) {
      entry.districtId = {
        value: first.match.item.id,
        status: first.match.kind === "exact" ? "given" : "guessed",
      };
    } else {
      entry.problems.push({ code: "districtUnknown", typed: first.typed.slice(0, 60) });
    }
    return;
  }
  const byChannel = ctx.channelDistrictId;
  if (byChannel !== undefined && ctx.districts.some((d) => d.id === byChannel)) {
    entry.districtId = { value: byChannel, status: "default" };
  } else if (ctx.districts.length === 1 && ctx.districts[0]) {
    entry.districtId = { value: ctx.districts[0].id, status: "default" };
  } else {
    entry.problems.push({ code: "districtMissing" });
  }
}

function readRole(
  entry: QuickEntry,
  tags: { role?: ActivityRole; roleExact: boolean },
  dates: { periodStart?: string; periodEnd?: string },
): void {
  if (tags.role) {
    entry.role = { value: tags.role, status: tags.roleExact ? "given" : "guessed" };
    if (!tags.roleExact) entry.notices.push({ code: "roleGuessed" });
  } else if (dates.periodStart) {
    entry.role = { value: "responsible", status: "guessed" };
    entry.notices.push({ code: "roleGuessed" });
  }
  if (entry.role.value !== "responsible") {
    if (dates.periodStart) entry.notices.push({ code: "periodIgnored" });
    return;
  }
  if (!dates.periodStart || !dates.periodEnd) {
    entry.problems.push({ code: "roleNeedsPeriod" });
    return;
  }
  if (dates.periodEnd < dates.periodStart) {
    entry.problems.push({ code: "periodInvalid" });
    return;
  }
  entry.periodStart = dates.periodStart;
  entry.periodEnd = dates.periodEnd;
}
