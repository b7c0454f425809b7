// The help family: what the assistant can do, in German; "hilfe start" is the caller's start page.

import { message, text } from "../conversation/reply.js";
import type { Handler } from "./context.js";
import { handleHome } from "./home.js";
import { hilfe } from "./messages/index.js";

export const handleHilfe: Handler = async (input, ctx) => {
  if (input.type === "command" && input.text.trim().toLowerCase() === "start") return handleHome(input, ctx);
  return message([
    text(hilfe.title, "heading"),
    text(hilfe.intro),
    { type: "list", items: hilfe.families.map((f) => ({ title: f.command, detail: f.summary })) },
    text(hilfe.privacy, "muted"),
  ]);
};
