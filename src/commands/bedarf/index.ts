// The need family: anonymised needs seen in case work (seed §1), seen again by others, answered by offers.
import { defineFamily, described } from "../family.js";
import { commands } from "../messages/index.js";
import { exportNeeds } from "./export.js";
import { NEED_FORM, needForm, submitNeedForm } from "./form.js";
import { listNeeds } from "./list.js";
import { cancelNeed, raiseNeed, saveAfterHint } from "./record.js";
import { addSighting } from "./seen.js";
import { setNeedStatus } from "./status.js";
import { CANCEL_ACTION, SAVE_ACTION, SEEN_ACTION } from "./view.js";

const c = commands.bedarf;

export const bedarfFamily = defineFamily({
  name: "bedarf",
  ...described(c, "/bedarf"),
  aliases: ["bedarfe"],
  bare: (ctx) => listNeeds("", ctx),
  bareSummary: c.bare,
  subcommands: [
    {
      name: "neu",
      ...c.subs.neu,
      run: (rest, ctx) => (rest.trim() ? raiseNeed(rest, ctx) : needForm(ctx)),
    },
    { name: "liste", aliases: ["list"], ...c.subs.liste, run: (rest, ctx) => listNeeds(rest, ctx) },
    { name: "status", ...c.subs.status, run: (rest, ctx) => setNeedStatus(rest, ctx) },
    { name: "export", ...c.subs.export, run: (rest, ctx) => exportNeeds(rest, ctx) },
  ],
  otherwise: (line, ctx) => raiseNeed(line, ctx),
  actions: {
    [SEEN_ACTION]: addSighting,
    [SAVE_ACTION]: saveAfterHint,
    [CANCEL_ACTION]: () => cancelNeed(),
  },
  forms: { [NEED_FORM]: (s, ctx) => submitNeedForm(s.values, ctx) },
});
