// The offer family: recurring group offers (seed §4) with their sessions, answering the district's needs.
import { defineFamily, described } from "../family.js";
import { commands } from "../messages/index.js";
import { CANCEL_ACTION, cancelOffer, proposeOffer, SAVE_ACTION, saveOffer } from "./create.js";
import { OFFER_FORM, offerForm, submitOfferForm } from "./form.js";
import { LOG_ACTION, OFFER_JOB, planOffer, promptSession, SKIP_ACTION } from "./jobs.js";
import { endOffer, listOffers } from "./list.js";
import { SESSION_FORM, saveSession, sessionForm, skipSession } from "./log.js";
import { logSessionTyped } from "./termin.js";

const c = commands.angebot;

export const angebotFamily = defineFamily({
  name: "angebot",
  ...described(c, "/angebot"),
  aliases: ["angebote"],
  bare: (ctx) => listOffers("", ctx),
  bareSummary: c.bare,
  subcommands: [
    {
      name: "neu",
      ...c.subs.neu,
      run: (rest, ctx) => (rest.trim() ? proposeOffer(rest, ctx) : offerForm(ctx)),
    },
    { name: "liste", aliases: ["list"], ...c.subs.liste, run: (rest, ctx) => listOffers(rest, ctx) },
    {
      name: "termin",
      aliases: ["termine"],
      ...c.subs.termin,
      run: (rest, ctx) => logSessionTyped(rest, ctx),
    },
    { name: "beenden", ...c.subs.beenden, run: (rest, ctx) => endOffer(rest, ctx) },
  ],
  actions: {
    [SAVE_ACTION]: saveOffer,
    [CANCEL_ACTION]: () => cancelOffer(),
    [LOG_ACTION]: sessionForm,
    [SKIP_ACTION]: skipSession,
  },
  forms: {
    [SESSION_FORM]: (s, ctx) => saveSession(s.values, s.state, ctx),
    [OFFER_FORM]: (s, ctx) => submitOfferForm(s.values, ctx),
  },
  jobs: { [OFFER_JOB.plan]: planOffer, [OFFER_JOB.session]: promptSession },
});
