// The kooperation family: routes commands, button clicks and form submissions of the cooperation checklist.

import { type Element, errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Ctx, Handler } from "../context.js";
import { common, kooperation as t } from "../messages/index.js";
import { back, later, resume, STEP_FORM, submitStep } from "./dialog.js";
import { exportCooperation } from "./export.js";
import { listCooperations } from "./list.js";
import { type Loaded, loadById, loadByPartner, loadEditable, parseId } from "./load.js";
import { EXTEND_FORM, endFromReminder, extendForm, submitExtend } from "./review.js";
import { showCooperation } from "./show.js";
import { PARTNER_FORM, startCooperation, submitPartner } from "./start.js";
import { changeStatus, statusCommand } from "./status.js";

const helpElements = (): Element[] => [
  text(t.helpTitle, "heading"),
  { type: "list", items: t.help.map((h) => ({ title: h })) },
];

function splitSub(value: string): { sub: string; rest: string } {
  const trimmed = value.trim();
  const space = trimmed.search(/\s/);
  const first = space < 0 ? trimmed : trimmed.slice(0, space);
  return { sub: first.toLowerCase(), rest: space < 0 ? "" : trimmed.slice(space + 1).trim() };
}

async function byPartner(
  ctx: Ctx,
  rest: string,
  which: "open" | "latest",
  usage: string,
  then: (loaded: Loaded) => Promise<Reply>,
): Promise<Reply> {
  if (!rest) return errorReply(usage);
  const loaded = await loadByPartner(ctx, rest, which);
  return "error" in loaded ? loaded.error : then(loaded);
}

async function byId(
  ctx: Ctx,
  value: string | undefined,
  load: typeof loadById,
  then: (loaded: Loaded) => Promise<Reply>,
): Promise<Reply> {
  const loaded = await load(ctx, parseId(value));
  return "error" in loaded ? loaded.error : then(loaded);
}

async function command(text_: string, ctx: Ctx): Promise<Reply> {
  const { sub, rest } = splitSub(text_);
  switch (sub) {
    case "neu":
    case "start":
      return startCooperation(ctx, rest);
    case "fortsetzen":
    case "weiter":
      return byPartner(ctx, rest, "open", t.usage.fortsetzen, (l) => resume(ctx, l));
    case "":
    case "liste":
      return listCooperations(ctx, rest);
    case "zeigen":
      return byPartner(ctx, rest, "latest", t.usage.zeigen, (l) => showCooperation(ctx, l));
    case "status":
      return statusCommand(ctx, rest);
    case "export":
      return byPartner(ctx, rest, "latest", t.usage.export, (l) => exportCooperation(ctx, l));
    case "hilfe":
    case "help":
      return message(helpElements());
    default:
      return message([text(t.unknownSub(sub), "warning"), ...helpElements()]);
  }
}

export const handleKooperation: Handler = async (input, ctx) => {
  if (input.type === "command") return command(input.text, ctx);
  if (input.type === "submit") {
    if (input.formId === STEP_FORM) return submitStep(input, ctx);
    if (input.formId === PARTNER_FORM) return submitPartner(input, ctx);
    if (input.formId === EXTEND_FORM) return submitExtend(input, ctx);
    return errorReply(common.unknownAction);
  }
  switch (input.actionId) {
    case "kooperation:back":
      return back(ctx, input.value);
    case "kooperation:later":
      return later(ctx, input.value);
    case "kooperation:resume":
      return byId(ctx, input.value, loadEditable, (l) => resume(ctx, l));
    case "kooperation:show":
      return byId(ctx, input.value, loadById, (l) => showCooperation(ctx, l));
    case "kooperation:export":
      return byId(ctx, input.value, loadById, (l) => exportCooperation(ctx, l));
    case "kooperation:agree":
      return byId(ctx, input.value, loadById, (l) => changeStatus(ctx, l, "agreed"));
    case "kooperation:extend":
      return extendForm(ctx, input.value);
    case "kooperation:end":
      return endFromReminder(ctx, input.value);
    default:
      return errorReply(common.unknownAction);
  }
};
