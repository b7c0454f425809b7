// The Ergebnisprotokoll of one meeting: a form for decisions and up to three tasks (what, who, by when),
// guarded for client data; each task becomes a reminder for its owner on its due date.
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import type { FormValue } from "../../conversation/input.js";
import { errorReply, type FormInput, message, type Reply, text } from "../../conversation/reply.js";
import type { Meeting } from "../../scheduler/meetings.js";
import type { TaskInput } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { germanDayAt } from "../messages/format.js";
import { common, gremium, protokoll } from "../messages/index.js";
import { JOB } from "./jobs/kinds.js";
import { CONFIRM_INPUT, minutesPrivacyErrors } from "./minutes-guard.js";
import { pickMeeting } from "./pick.js";
import { meetingOfValue } from "./present.js";
import { meetingRef } from "./view.js";

export const MINUTES_FORM_ID = "gremium:minutes_save";
/** Tasks per form: enough for one meeting's minutes; the form can be sent again for more. */
const TASK_SLOTS = 3;
const DECISIONS_MAX = 4000;
const TASK_MAX = 300;
/** A task is reminded on its due day at this local hour. */
const TASK_REMINDER_HOUR = 8;

export const taskKey = (taskId: number) => `task:${taskId}`;

async function minutesForm(ctx: Ctx, m: Meeting): Promise<Reply> {
  if (m.startsAt > ctx.clock.now()) return errorReply(protokoll.notYet);
  const [members, existing] = await Promise.all([
    ctx.store.listMembers(),
    ctx.store.minutesOf(m.committee.id, m.occurrenceAt),
  ]);
  const people = members
    .filter((x) => x.displayName)
    .map((x) => ({ value: String(x.id), label: x.displayName }))
    .sort((a, b) => a.label.localeCompare(b.label));
  const tasks: FormInput[] = [];
  for (let n = 1; n <= TASK_SLOTS; n++) {
    tasks.push(
      { id: `what${n}`, kind: "text", label: protokoll.taskWhat(n), maxLength: TASK_MAX },
      { id: `who${n}`, kind: "select", label: protokoll.taskWho(n), options: people },
      { id: `due${n}`, kind: "date", label: protokoll.taskDue(n) },
    );
  }
  return {
    kind: "form",
    form: {
      formId: MINUTES_FORM_ID,
      title: protokoll.formTitle,
      intro: protokoll.formIntro(m.committee.name, germanDayAt(m.startsAt, m.committee.timezone)),
      submitLabel: common.save,
      state: meetingRef(m),
      inputs: [
        {
          id: "decisions",
          kind: "textarea",
          label: protokoll.decisions,
          maxLength: DECISIONS_MAX,
          ...(existing.decisions ? { initial: existing.decisions } : {}),
        },
        ...tasks,
        { id: CONFIRM_INPUT, kind: "checkbox", label: protokoll.confirm },
      ],
    },
  };
}

/** „gremium protokoll [Gremium] [Datum]“: the last meeting that has begun, or the one on that day. */
export async function minutesCommand(rest: string, ctx: Ctx): Promise<Reply> {
  const picked = await pickMeeting(rest, ctx, "past");
  return picked.ok ? minutesForm(ctx, picked.meeting) : picked.reply;
}

/** The after-meeting prompt's „Protokoll schreiben“. */
export async function minutesFromButton(value: string | undefined, ctx: Ctx): Promise<Reply> {
  const m = await meetingOfValue(value, ctx);
  return m ? minutesForm(ctx, m) : errorReply(gremium.meetingGone);
}

const str = (v: FormValue) => (typeof v === "string" ? v.trim() : "");
const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

export async function saveMinutes(
  values: Record<string, FormValue>,
  state: string | undefined,
  ctx: Ctx,
): Promise<Reply> {
  const m = await meetingOfValue(state, ctx);
  if (!m) return errorReply(gremium.meetingGone);
  const decisions = str(values.decisions).slice(0, DECISIONS_MAX);
  const errors: Record<string, string> = {};
  const tasks: TaskInput[] = [];
  const memberIds = new Set((await ctx.store.listMembers()).map((x) => x.id));
  for (let n = 1; n <= TASK_SLOTS; n++) {
    const what = str(values[`what${n}`]).slice(0, TASK_MAX);
    const who = z.coerce
      .number()
      .int()
      .safeParse(str(values[`who${n}`]));
    const due = str(values[`due${n}`]);
    if (!what && !str(values[`who${n}`]) && !due) continue;
    if (!what) errors[`what${n}`] = protokoll.needWhat;
    if (!who.success || !memberIds.has(who.data)) errors[`who${n}`] = protokoll.needWho;
    if (!DAY_RE.test(due)) errors[`due${n}`] = protokoll.needDue;
    if (what && who.success && DAY_RE.test(due)) tasks.push({ what, ownerId: who.data, dueOn: due });
  }
  if (!decisions && tasks.length === 0 && Object.keys(errors).length === 0)
    errors.decisions = protokoll.empty;
  // Strong hits block; weak ones need the author's confirmation. The text is never echoed.
  const texts: Record<string, string> = { decisions };
  for (let n = 1; n <= TASK_SLOTS; n++) texts[`what${n}`] = str(values[`what${n}`]);
  Object.assign(errors, minutesPrivacyErrors(ctx, texts, values[CONFIRM_INPUT]));
  if (Object.keys(errors).length) return { kind: "formErrors", errors };

  const saved = await ctx.store.saveMinutes(m.committee.id, m.occurrenceAt, decisions, tasks, ctx.caller.id);
  for (const task of saved) {
    const [y, mo, d] = task.dueOn.split("-").map(Number) as [number, number, number];
    const at = new Date(new TZDate(y, mo - 1, d, TASK_REMINDER_HOUR, 0, 0, m.committee.timezone).getTime());
    const now = ctx.clock.now();
    await ctx.store.scheduleJob(JOB.task, taskKey(task.id), at > now ? at : now, { taskId: task.id });
  }
  await ctx.store.audit("committee.minutes", ctx.caller.id, `committee:${m.committee.id}`, {
    occurrenceAt: m.occurrenceAt.toISOString(),
    tasks: saved.length,
  });
  const day = germanDayAt(m.startsAt, m.committee.timezone);
  // biome-ignore lint/suspicious/noThenProperty: the neutral Reply model names this field `then`.
  return { kind: "closeForm", then: message([text(protokoll.saved(m.committee.name, day, saved.length))]) };
}
