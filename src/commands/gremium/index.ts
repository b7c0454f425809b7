// The committee family: committees and their meetings, attendance, the calendar feed and the committee jobs.
import { errorReply, text } from "../../conversation/reply.js";
import { defineFamily, described } from "../family.js";
import { commands, gremium } from "../messages/index.js";
import { typedAnswer } from "./answer.js";
import { answerAttendance } from "./attendance.js";
import { calendarLink } from "./calendar.js";
import { archiveCommittee, cancelMeeting, editCommittee, moveMeeting } from "./change.js";
import { checkCommittee } from "./check.js";
import { takeOver } from "./deputy.js";
import { committeeForm, FORM_ID } from "./form.js";
import { promptAfterMeeting } from "./jobs/after-meeting.js";
import { askForDeputy } from "./jobs/deputy.js";
import { JOB } from "./jobs/kinds.js";
import { planCommittee } from "./jobs/plan.js";
import { sendReminder } from "./jobs/reminder.js";
import { listCommittees, listNext } from "./list.js";
import { LOG_FORM_ID, logForm, saveLog } from "./log.js";
import { MINUTES_FORM_ID, minutesCommand, minutesFromButton, saveMinutes } from "./minutes.js";
import { exportMinutes } from "./minutes-export.js";
import { confirmAttended } from "./present.js";
import { saveCommittee } from "./save.js";
import { SETUP, saveSetup, setupCommittee, setupForm } from "./setup.js";
import { completeTask, sendTaskReminder, TASK_DONE } from "./tasks.js";
import { AFTER, ATTENDANCE, DEPUTY } from "./view.js";

const c = commands.gremium;

export const gremiumFamily = defineFamily({
  name: "gremium",
  ...described(c, "/gremium"),
  aliases: ["gremien"],
  bare: listCommittees,
  helpExtra: () => [text(c.roles, "muted")],
  subcommands: [
    {
      name: "neu",
      ...c.subs.neu,
      run: async (rest, ctx) => {
        if ((await ctx.store.listDistricts()).length === 0) return errorReply(gremium.noDistricts);
        if (rest.trim()) return setupCommittee(rest, ctx);
        return { kind: "form", form: await committeeForm(ctx) };
      },
    },
    { name: "liste", aliases: ["list"], ...c.subs.liste, run: (_rest, ctx) => listCommittees(ctx) },
    { name: "naechste", aliases: ["nachste", "next"], ...c.subs.naechste, run: listNext },
    {
      name: "zusage",
      aliases: ["zusagen"],
      ...c.subs.zusage,
      run: (rest, ctx) => typedAnswer(rest, ctx, "going"),
    },
    { name: "absage", ...c.subs.absage, run: (rest, ctx) => typedAnswer(rest, ctx, "not_going") },
    { name: "absagen", ...c.subs.absagen, audience: "owner", run: cancelMeeting },
    { name: "verschieben", ...c.subs.verschieben, audience: "owner", run: moveMeeting },
    { name: "bearbeiten", ...c.subs.bearbeiten, run: editCommittee },
    { name: "archivieren", ...c.subs.archivieren, audience: "owner", run: archiveCommittee },
    { name: "kalender", ...c.subs.kalender, run: calendarLink },
    {
      name: "protokoll",
      ...c.subs.protokoll,
      run: (rest, ctx) => {
        const [first, ...more] = rest.split(/\s+/);
        return first?.toLowerCase() === "export"
          ? exportMinutes(more.join(" "), ctx)
          : minutesCommand(rest, ctx);
      },
    },
  ],
  actions: {
    [ATTENDANCE.going]: (value, ctx) => answerAttendance(value, "going", ctx, "reminder"),
    [ATTENDANCE.notGoing]: (value, ctx) => answerAttendance(value, "not_going", ctx, "reminder"),
    [ATTENDANCE.goingFromOverview]: (value, ctx) => answerAttendance(value, "going", ctx, "overview"),
    [AFTER.log]: (value, ctx) => logForm(value, ctx),
    [AFTER.attended]: confirmAttended,
    [DEPUTY]: takeOver,
    [AFTER.minutes]: minutesFromButton,
    [TASK_DONE]: completeTask,
    [SETUP.save]: (value, ctx) => saveSetup(value, ctx),
    [SETUP.form]: (value, ctx) => setupForm(value, ctx),
  },
  forms: {
    [FORM_ID]: (s, ctx) => saveCommittee(s.values, s.state, ctx),
    [LOG_FORM_ID]: (s, ctx) => saveLog(s.values, s.state, ctx),
    [MINUTES_FORM_ID]: (s, ctx) => saveMinutes(s.values, s.state, ctx),
  },
  checks: {
    [FORM_ID]: (s, ctx) => checkCommittee(s.values, s.state, s.check ?? "", ctx),
  },
  jobs: {
    [JOB.plan]: planCommittee,
    [JOB.reminder]: sendReminder,
    [JOB.after]: promptAfterMeeting,
    [JOB.deputy]: askForDeputy,
    [JOB.task]: sendTaskReminder,
  },
});
