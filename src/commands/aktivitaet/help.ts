// "aktivitaet hilfe": a short German help with examples.

import { type Element, message, type Reply, text } from "../../conversation/reply.js";
import { aktivitaet as t } from "../messages/index.js";

export function helpElements(): Element[] {
  return [
    text(t.helpTitle, "heading"),
    text(t.helpIntro),
    text(t.examplesTitle, "heading"),
    { type: "list", items: t.helpExamples.map((e) => ({ title: e })) },
    text(t.commandsTitle, "heading"),
    { type: "list", items: t.helpCommands.map((c) => ({ title: c.title, detail: c.detail })) },
    text(t.helpTags, "muted"),
    text(t.helpPrivacy, "warning"),
  ];
}

export const helpReply = (): Reply => message(helpElements());
