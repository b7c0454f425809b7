// The one message catalogue: every string a user reads comes from here, one section per command family.
import { common } from "./common.js";
import { hilfe } from "./hilfe.js";
import { labels } from "./labels.js";

export const messages = { common, hilfe, labels } as const;
export { common, hilfe, labels };
