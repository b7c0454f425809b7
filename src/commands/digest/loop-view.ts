// How the loop reads in a digest: needs raised, seen again and answered, and offers with their sessions.
import type { Element } from "../../conversation/reply.js";
import { text } from "../../conversation/reply.js";
import { digest as t } from "../messages/index.js";
import { isLoopEmpty, type LoopSummary } from "./loop.js";

/** One line per need and offer, for the report (Word and Markdown) and the digest's list. */
export function loopItems(l: LoopSummary): { title: string; detail?: string }[] {
  return [
    ...l.opened.map((n) => ({ title: t.loop.opened(n.id, n.description) })),
    ...l.seenAgain.map((n) => ({ title: t.loop.seenAgain(n.id, n.description, n.added, n.seen) })),
    ...l.answered.map((n) => ({ title: t.loop.answered(n.id, n.description) })),
    ...l.offers.map((o) => ({
      title: t.loop.offer(o.title, o.sessions, o.participants),
      ...(o.need ? { detail: t.loop.answers(o.need.id, o.need.description) } : {}),
    })),
  ];
}

export function loopElements(l: LoopSummary): Element[] {
  if (isLoopEmpty(l)) return [];
  return [text(t.loop.title, "heading"), { type: "list", items: loopItems(l) }];
}
