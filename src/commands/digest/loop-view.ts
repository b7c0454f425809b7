// How the loop reads in a digest: needs raised, seen again and answered, and offers with their sessions.
import type { Element } from "../../conversation/reply.js";
import { text } from "../../conversation/reply.js";
import { digest as t } from "../messages/index.js";
import { isLoopEmpty, type LoopSummary } from "./loop.js";

export function loopElements(l: LoopSummary): Element[] {
  if (isLoopEmpty(l)) return [];
  const items = [
    ...l.opened.map((n) => ({ title: t.loop.opened(n.id, n.description) })),
    ...l.seenAgain.map((n) => ({ title: t.loop.seenAgain(n.id, n.description, n.added, n.seen) })),
    ...l.answered.map((n) => ({ title: t.loop.answered(n.id, n.description) })),
    ...l.offers.map((o) => ({
      title: t.loop.offer(o.title, o.sessions, o.participants),
      ...(o.need ? { detail: t.loop.answers(o.need.id, o.need.description) } : {}),
    })),
  ];
  return [text(t.loop.title, "heading"), { type: "list", items }];
}
