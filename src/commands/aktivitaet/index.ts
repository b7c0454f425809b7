// The aktivitaet family: quick entry, the form, list, statistics, export, edit and delete.
import { text } from "../../conversation/reply.js";
import { defineFamily, described } from "../family.js";
import { commands, aktivitaet as t } from "../messages/index.js";
import { ACTION } from "./actions.js";
import { redrawConfirmation } from "./confirm.js";
import { discard, editDraftFromButton, openForm, saveFromButton, submitForm } from "./entry.js";
import { exportCommand } from "./export.js";
import { FORM_ID } from "./form.js";
import { listCommand, listPage } from "./list.js";
import { deleteCancelled, deleteConfirmed, deleteQuestion, editCommand } from "./manage.js";
import { takeDurations } from "./parse/durations.js";
import { Scan } from "./parse/scan.js";
import { quickEntry } from "./quick-entry.js";
import { statistikCommand } from "./statistik.js";

const c = commands.aktivitaet;

/** "Liste für den Elternabend 1h #projekt" is an entry, not "liste". */
const notAnEntry = (rest: string) => !(/[#+]/.test(rest) || takeDurations(new Scan(rest)) !== undefined);

export const aktivitaetFamily = defineFamily({
  name: "aktivitaet",
  ...described(c, "/aktivitaet"),
  aliases: ["aktivitat", "akt"],
  bare: (ctx) => openForm(ctx),
  bareSummary: c.bare,
  otherwise: (line, ctx) => quickEntry(ctx, line),
  helpExtra: () => [
    text(t.helpIntro),
    text(t.examplesTitle, "heading"),
    { type: "list", items: t.helpExamples.map((e) => ({ title: e })) },
    text(t.helpTags, "muted"),
    text(t.helpPrivacy, "warning"),
  ],
  subcommands: [
    {
      name: "neu",
      aliases: ["formular"],
      ...c.subs.neu,
      run: (rest, ctx) => (rest ? quickEntry(ctx, rest) : openForm(ctx)),
    },
    {
      name: "liste",
      aliases: ["list"],
      ...c.subs.liste,
      claims: notAnEntry,
      run: (rest, ctx) => listCommand(ctx, rest),
    },
    {
      name: "statistik",
      aliases: ["stats"],
      ...c.subs.statistik,
      claims: notAnEntry,
      run: (rest, ctx) => statistikCommand(ctx, rest),
    },
    {
      name: "export",
      ...c.subs.export,
      audience: "lead",
      claims: notAnEntry,
      run: (rest, ctx) => exportCommand(ctx, rest),
    },
    {
      name: "bearbeiten",
      aliases: ["aendern"],
      ...c.subs.bearbeiten,
      run: (rest, ctx, typed) => editCommand(ctx, rest, typed.toLowerCase()),
    },
    {
      name: "loeschen",
      aliases: ["entfernen"],
      ...c.subs.loeschen,
      run: (rest, ctx, typed) => deleteQuestion(ctx, rest, typed.toLowerCase()),
    },
  ],
  actions: {
    [ACTION.save]: (value, ctx) => saveFromButton(ctx, value),
    [ACTION.editDraft]: (value, ctx) => editDraftFromButton(ctx, value),
    [ACTION.discard]: async () => discard(),
    [ACTION.edit]: (value, ctx) => editCommand(ctx, value ?? ""),
    [ACTION.delete]: (value, ctx) => deleteQuestion(ctx, value ?? ""),
    [ACTION.deleteConfirm]: (value, ctx) => deleteConfirmed(ctx, value),
    [ACTION.deleteCancel]: async () => deleteCancelled(),
    [ACTION.list]: (value, ctx) => listPage(ctx, value),
    [ACTION.pick]: (value, ctx) => redrawConfirmation(ctx, value),
    [ACTION.open]: (_value, ctx) => openForm(ctx),
  },
  forms: {
    [FORM_ID]: (s, ctx) => submitForm(ctx, s.values, s.state, s.requestKey),
  },
});
