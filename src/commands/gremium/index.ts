// The committee family: committees and their meetings, attendance, the calendar feed and the committee jobs.
import { errorReply, text } from "../../conversation/reply.js";
import { defineFamily, described } from "../family.js";
import { commands, gremium } from "../messages/index.js";
import { answerAttendance } from "./attendance.js";
import { calendarLink } from "./calendar.js";
import { archiveCommittee, cancelMeeting, editCommittee, moveMeeting } from "./change.js";
import { committeeForm, FORM_ID } from "./form.js";
import { promptAfterMeeting } from "./jobs/after-meeting.js";
import { JOB } from "./jobs/kinds.js";
import { planCommittee } from "./jobs/plan.js";
import { sendReminder } from "./jobs/reminder.js";
import { listCommittees, listNext } from "./list.js";
import { LOG_FORM_ID, logForm, saveLog } from "./log.js";
import { checkCommittee, saveCommittee } from "./save.js";
import { SETUP, saveSetup, setupCommittee, setupForm } from "./setup.js";
import { ATTENDANCE } from "./view.js";

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
    { name: "absagen", ...c.subs.absagen, audience: "owner", run: cancelMeeting },
    { name: "verschieben", ...c.subs.verschieben, audience: "owner", run: moveMeeting },
    { name: "bearbeiten", ...c.subs.bearbeiten, run: editCommittee },
    { name: "archivieren", ...c.subs.archivieren, audience: "owner", run: archiveCommittee },
    { name: "kalender", ...c.subs.kalender, run: calendarLink },
  ],
  actions: {
    [ATTENDANCE.going]: (value, ctx) => answerAttendance(value, "going", ctx, "reminder"),
    [ATTENDANCE.notGoing]: (value, ctx) => answerAttendance(value, "not_going", ctx, "reminder"),
    [ATTENDANCE.goingFromOverview]: (value, ctx) => answerAttendance(value, "going", ctx, "overview"),
    "gremium:log": (value, ctx) => logForm(value, ctx),
    [SETUP.save]: (value, ctx) => saveSetup(value, ctx),
    [SETUP.form]: (value, ctx) => setupForm(value, ctx),
  },
  forms: {
    [FORM_ID]: (s, ctx) =>
      s.check ? checkCommittee(s.values, s.state, s.check, ctx) : saveCommittee(s.values, s.state, ctx),
    [LOG_FORM_ID]: (s, ctx) => saveLog(s.values, s.state, ctx),
  },
  jobs: {
    [JOB.plan]: planCommittee,
    [JOB.reminder]: sendReminder,
    [JOB.after]: promptAfterMeeting,
  },
});
