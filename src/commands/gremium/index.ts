// The committee family's front door: routes "gremium <sub>", button clicks and form submissions.

import { errorReply, message, text } from "../../conversation/reply.js";
import type { Handler } from "../context.js";
import { common, gremium } from "../messages/index.js";
import { answerAttendance } from "./attendance.js";
import { calendarLink } from "./calendar.js";
import { archiveCommittee, cancelMeeting, editCommittee, moveMeeting } from "./change.js";
import { committeeForm, FORM_ID } from "./form.js";
import { listCommittees, listNext } from "./list.js";
import { LOG_FORM_ID, logForm, saveLog } from "./log.js";
import { splitSub } from "./parse.js";
import { saveCommittee } from "./save.js";

export const handleGremium: Handler = async (input, ctx) => {
  if (input.type === "action") {
    switch (input.actionId) {
      case "gremium:going":
        return answerAttendance(input.value, "going", ctx);
      case "gremium:not_going":
        return answerAttendance(input.value, "not_going", ctx);
      case "gremium:log":
        return logForm(input.value, ctx);
      default:
        return errorReply(common.unknownAction);
    }
  }
  if (input.type === "submit") {
    if (input.formId === FORM_ID) return saveCommittee(input.values, input.state, ctx);
    if (input.formId === LOG_FORM_ID) return saveLog(input.values, input.state, ctx);
    return errorReply(common.unknownAction);
  }
  const { sub, rest } = splitSub(input.text);
  switch (sub) {
    case "neu":
      if ((await ctx.store.listDistricts()).length === 0) return errorReply(gremium.noDistricts);
      return { kind: "form", form: await committeeForm(ctx) };
    case "":
    case "liste":
      return listCommittees(ctx);
    case "naechste":
    case "nachste":
      return listNext(rest, ctx);
    case "absagen":
      return cancelMeeting(rest, ctx);
    case "verschieben":
      return moveMeeting(rest, ctx);
    case "bearbeiten":
      return editCommittee(rest, ctx);
    case "archivieren":
      return archiveCommittee(rest, ctx);
    case "kalender":
      return calendarLink(rest, ctx);
    case "hilfe":
      return message([text(gremium.usage)]);
    default:
      return message([text(gremium.unknownSub(sub), "warning"), text(gremium.usage)]);
  }
};
