// The adapters the server knows; each decides from the configuration whether it is enabled.
import type { AdapterFactory } from "./adapter.js";
import { calendarAdapterFactory } from "./calendar/index.js";
import { slackAdapterFactory } from "./slack/index.js";
import { teamsAdapterFactory } from "./teams/index.js";

export const adapterFactories: AdapterFactory[] = [
  calendarAdapterFactory,
  slackAdapterFactory,
  teamsAdapterFactory,
];
