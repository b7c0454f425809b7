// One committee field checked as it is filled in (declared in the family's checks): its German error, and for a
// rhythm that reads the rule in words with its next three dates, so people see what they save before saving.
import { TZDate } from "@date-fns/tz";
import type { FormValue } from "../../conversation/input.js";
import type { Reply } from "../../conversation/reply.js";
import type { Committee } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { gremium } from "../messages/index.js";
import { privacyErrors } from "../privacy/fields.js";
import { checkCommitteeField, timingOf } from "./form-parse.js";
import { describeRhythm, upcomingDates } from "./rhythm/index.js";
import { formatWhen, holidayTags } from "./view.js";

/** The fields the rhythm's dates depend on: checking one of them says the rhythm again. */
const TIMING_FIELDS = new Set(["rhythm", "time", "firstDate"]);

const typedIn = (values: Record<string, FormValue>, field: string) =>
  typeof values[field] === "string" ? String(values[field]).trim() : "";

/** The rhythm in words with its next dates, or the German errors that keep it from being saved. */
async function rhythmVerdict(
  values: Record<string, FormValue>,
  tz: string,
  ctx: Ctx,
  existing?: Committee,
): Promise<{ errors: Record<string, string> } | { note: string }> {
  const when = timingOf(values, tz, ctx.clock.now(), existing);
  if (!when.ok) return { errors: when.errors };
  const t = {
    ...when.t,
    skipPublicHolidays: when.t.skipPublicHolidays ?? false,
    skipSchoolHolidays: when.t.skipSchoolHolidays ?? false,
  };
  const start = new TZDate(t.firstStartsAt.getTime(), tz);
  const words = describeRhythm({
    rule: t.recurrence,
    time: { hours: start.getHours(), minutes: start.getMinutes() },
    skipPublicHolidays: t.skipPublicHolidays,
    skipSchoolHolidays: t.skipSchoolHolidays,
  });
  const dates = await upcomingDates(ctx, { ...t, timezone: tz });
  const c = gremium.check;
  return {
    note: c.rhythm(
      words,
      dates.map((m) => {
        const when = formatWhen(m.startsAt, tz);
        const notes = holidayTags(m);
        return notes.length > 0 ? c.dateNote(when, notes.join(", ")) : when;
      }),
    ),
  };
}

/** Answers formErrors for `field` (empty when it is fine), with the rhythm's words and dates as a note. */
export async function checkCommittee(
  values: Record<string, FormValue>,
  state: string | undefined,
  field: string,
  ctx: Ctx,
): Promise<Reply> {
  const editId = state?.startsWith("edit:") ? Number(state.slice(5)) : undefined;
  const existing = editId ? await ctx.store.findCommittee(editId) : undefined;
  const tz = existing?.timezone ?? ctx.timezone;
  let error = checkCommitteeField(values, field, tz, ctx.clock.now(), existing);
  const typed = typedIn(values, field);
  if (!error && (field === "name" || field === "location") && typed)
    error = privacyErrors(ctx, { [field]: typed })[field];
  if (!error && field === "name" && typed) {
    const clash = await ctx.store.findCommitteeByName(typed);
    if (clash && clash.id !== existing?.id) error = gremium.errors.nameTaken;
  }
  const errors: Record<string, string> = error ? { [field]: error } : {};
  const notes: Record<string, string> = {};
  // A rhythm not typed yet is not refused when the time is chosen first.
  if (!error && TIMING_FIELDS.has(field) && typedIn(values, "rhythm")) {
    const verdict = await rhythmVerdict(values, tz, ctx, existing);
    if ("errors" in verdict) Object.assign(errors, verdict.errors);
    else notes.rhythm = verdict.note;
  }
  return { kind: "formErrors", errors, ...(Object.keys(notes).length > 0 ? { notes } : {}) };
}
