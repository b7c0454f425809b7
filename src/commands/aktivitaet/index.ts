// The aktivitaet family: routes sub-commands, quick entry, button clicks and form submissions.

import { errorReply, message, text } from "../../conversation/reply.js";
import type { Handler } from "../context.js";
import { common, aktivitaet as t } from "../messages/index.js";
import { ACTION } from "./actions.js";
import { discard, editDraftFromButton, openForm, saveFromButton, submitForm } from "./entry.js";
import { exportCommand } from "./export.js";
import { FORM_ID } from "./form.js";
import { helpElements, helpReply } from "./help.js";
import { listCommand, listPage } from "./list.js";
import { deleteCancelled, deleteConfirmed, deleteQuestion, editCommand } from "./manage.js";
import { takeDurations } from "./parse/durations.js";
import { fold, own } from "./parse/fold.js";
import { Scan } from "./parse/scan.js";
import { quickEntry } from "./quick-entry.js";
import { statistikCommand } from "./statistik.js";

type Sub = "liste" | "statistik" | "export" | "bearbeiten" | "loeschen" | "hilfe" | "neu";

const SUBS: Record<string, Sub> = {
  liste: "liste",
  list: "liste",
  statistik: "statistik",
  stats: "statistik",
  export: "export",
  bearbeiten: "bearbeiten",
  aendern: "bearbeiten",
  loeschen: "loeschen",
  entfernen: "loeschen",
  hilfe: "hilfe",
  help: "hilfe",
  neu: "neu",
  formular: "neu",
};

/** "Liste für den Elternabend 1h #projekt" is an entry, not "liste". */
function looksLikeEntry(rest: string): boolean {
  return /[#+]/.test(rest) || takeDurations(new Scan(rest)) !== undefined;
}

/** The first word names a sub-command only if it is one of ours and nothing else in the line looks like a quick entry. */
function splitSub(line: string): { sub?: Sub; word: string; rest: string } {
  const trimmed = line.trim();
  const space = trimmed.search(/\s/);
  const word = space < 0 ? trimmed : trimmed.slice(0, space);
  const rest = space < 0 ? "" : trimmed.slice(space + 1).trim();
  const sub = own(SUBS, fold(word));
  if (sub && ["liste", "statistik", "export"].includes(sub) && looksLikeEntry(rest)) return { word, rest };
  return { ...(sub ? { sub } : {}), word, rest };
}

export const handleAktivitaet: Handler = async (input, ctx) => {
  if (input.type === "action") {
    switch (input.actionId) {
      case ACTION.save:
        return saveFromButton(ctx, input.value);
      case ACTION.editDraft:
        return editDraftFromButton(ctx, input.value);
      case ACTION.discard:
        return discard();
      case ACTION.edit:
        return editCommand(ctx, input.value ?? "");
      case ACTION.delete:
        return deleteQuestion(ctx, input.value ?? "");
      case ACTION.deleteConfirm:
        return deleteConfirmed(ctx, input.value);
      case ACTION.deleteCancel:
        return deleteCancelled();
      case ACTION.list:
        return listPage(ctx, input.value);
      case ACTION.open:
        return openForm(ctx);
      default:
        return errorReply(common.unknownAction);
    }
  }
  if (input.type === "submit") {
    if (input.formId !== FORM_ID) return errorReply(common.unknownAction);
    return submitForm(ctx, input.values, input.state);
  }

  const line = input.text.trim();
  if (line === "") return openForm(ctx);
  const { sub, word, rest } = splitSub(line);
  switch (sub) {
    case "neu":
      return rest ? quickEntry(ctx, rest) : openForm(ctx);
    case "liste":
      return listCommand(ctx, rest);
    case "statistik":
      return statistikCommand(ctx, rest);
    case "export":
      return exportCommand(ctx, rest);
    case "bearbeiten":
      return editCommand(ctx, rest, word.toLowerCase());
    case "loeschen":
      return deleteQuestion(ctx, rest, word.toLowerCase());
    case "hilfe":
      return helpReply();
    default:
      if (line === "?") return message([text(t.unknownSub(line), "warning"), ...helpElements()]);
      return quickEntry(ctx, line);
  }
};
