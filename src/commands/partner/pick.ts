// Turns a typed partner name into one partner, or into the German question „Welchen meinst du?“ with one button
// per candidate that runs the same command again with the chosen name in quotes.
import { commandButton, errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Partner } from "../../store/index.js";
import { partner as t } from "../messages/index.js";
import { type Resolution, resolvePartner, unquote } from "./match.js";

export type Picked = { partner: Partner; reply?: undefined } | { partner?: undefined; reply: Reply };

/** The question for an ambiguous name; each button repeats `line` with `typed` replaced by the exact name. */
export function ask(typed: string, candidates: Partner[], line: (exact: string) => string): Reply {
  return message([
    text(t.which(unquote(typed).name)),
    {
      type: "actions",
      buttons: candidates.map((c) => commandButton(c.name, line(`"${c.name}"`))),
    },
  ]);
}

export function answer(typed: string, r: Resolution, line: (exact: string) => string): Picked {
  if (r.kind === "one") return { partner: r.partner };
  if (r.kind === "many") return { reply: ask(typed, r.candidates, line) };
  return { reply: errorReply(t.unknown(unquote(typed).name)) };
}

export function pick(typed: string, partners: readonly Partner[], line: (exact: string) => string): Picked {
  if (!typed.trim()) return { reply: errorReply(t.nameMissing) };
  return answer(typed, resolvePartner(typed, partners), line);
}
