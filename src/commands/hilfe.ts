// The help family: what the assistant can do, in German.
import type { Handler } from "./context.js";
import { hilfe } from "./messages/index.js";
import { message, text } from "./reply.js";

export const handleHilfe: Handler = async () =>
  message([
    text(hilfe.title, "heading"),
    text(hilfe.intro),
    { type: "list", items: hilfe.families.map((f) => ({ title: f.command, detail: f.summary })) },
    text(hilfe.privacy, "muted"),
  ]);
