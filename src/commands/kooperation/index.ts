// The kooperation family: routes commands, button clicks and form submissions of the cooperation checklist.
import { errorReply, type Reply } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { defineFamily, described } from "../family.js";
import { commands, kooperation as t } from "../messages/index.js";
import { back, later, resume, STEP_FORM, submitStep } from "./dialog.js";
import { exportCooperation } from "./export.js";
import { listCooperations } from "./list.js";
import { type Loaded, loadById, loadByPartner, loadEditable, parseId } from "./load.js";
import { EXTEND_FORM, endFromReminder, extendForm, submitExtend } from "./review.js";
import { cooperationJobHandlers } from "./review-job.js";
import { showCooperation } from "./show.js";
import { PARTNER_FORM, startCooperation, submitPartner } from "./start.js";
import { changeStatus, statusCommand } from "./status.js";

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

const c = commands.kooperation;

const partnerSub =
  (which: "open" | "latest", usage: string, then: (ctx: Ctx, loaded: Loaded) => Promise<Reply>) =>
  (rest: string, ctx: Ctx) =>
    byPartner(ctx, rest, which, usage, (l) => then(ctx, l));

export const kooperationFamily = defineFamily({
  name: "kooperation",
  ...described(c, "/kooperation"),
  aliases: ["kooperationen", "koop"],
  bare: (ctx) => listCooperations(ctx, ""),
  subcommands: [
    { name: "neu", aliases: ["start"], ...c.subs.neu, run: (rest, ctx) => startCooperation(ctx, rest) },
    {
      name: "fortsetzen",
      aliases: ["weiter"],
      ...c.subs.fortsetzen,
      run: partnerSub("open", t.usage.fortsetzen, resume),
    },
    { name: "liste", aliases: ["list"], ...c.subs.liste, run: (rest, ctx) => listCooperations(ctx, rest) },
    { name: "zeigen", ...c.subs.zeigen, run: partnerSub("latest", t.usage.zeigen, showCooperation) },
    { name: "status", ...c.subs.status, run: (rest, ctx) => statusCommand(ctx, rest) },
    { name: "export", ...c.subs.export, run: partnerSub("latest", t.usage.export, exportCooperation) },
  ],
  actions: {
    "kooperation:back": (value, ctx) => back(ctx, value),
    "kooperation:later": (value, ctx) => later(ctx, value),
    "kooperation:resume": (value, ctx) => byId(ctx, value, loadEditable, (l) => resume(ctx, l)),
    "kooperation:show": (value, ctx) => byId(ctx, value, loadById, (l) => showCooperation(ctx, l)),
    "kooperation:export": (value, ctx) => byId(ctx, value, loadById, (l) => exportCooperation(ctx, l)),
    "kooperation:agree": (value, ctx) => byId(ctx, value, loadById, (l) => changeStatus(ctx, l, "agreed")),
    "kooperation:extend": (value, ctx) => extendForm(ctx, value),
    "kooperation:end": (value, ctx) => endFromReminder(ctx, value),
  },
  forms: {
    [STEP_FORM]: submitStep,
    [PARTNER_FORM]: submitPartner,
    [EXTEND_FORM]: submitExtend,
  },
  jobs: cooperationJobHandlers,
});
