// The one message catalogue: every string a user reads comes from here, one section per command family.
import { aktivitaet } from "./aktivitaet.js";
import { angebot } from "./angebot.js";
import { bedarf } from "./bedarf.js";
import { bericht } from "./bericht.js";
import { commands, help } from "./commands.js";
import { common } from "./common.js";
import { konsole } from "./console.js";
import { datenschutz } from "./datenschutz.js";
import { digest } from "./digest.js";
import { gremium } from "./gremium.js";
import { home } from "./home.js";
import { kooperation } from "./kooperation.js";
import { labels } from "./labels.js";
import { partner } from "./partner.js";
import { rhythm } from "./rhythm.js";
import { slack } from "./slack.js";
import { sozialraum } from "./sozialraum.js";
import { teams } from "./teams.js";
import { protokoll, teilnahme } from "./teilnahme.js";

export const messages = {
  aktivitaet,
  bericht,
  angebot,
  bedarf,
  commands,
  help,
  common,
  konsole,
  digest,
  gremium,
  home,
  kooperation,
  labels,
  partner,
  rhythm,
  sozialraum,
  slack,
  teams,
  teilnahme,
  protokoll,
} as const;
export {
  aktivitaet,
  angebot,
  bedarf,
  bericht,
  commands,
  common,
  datenschutz,
  digest,
  gremium,
  help,
  home,
  konsole,
  kooperation,
  labels,
  partner,
  protokoll,
  rhythm,
  slack,
  sozialraum,
  teams,
  teilnahme,
};
