// What the adapters and the console see of the command layer: the declared entry points and one handle().
import type { Invocation } from "./input.js";
import type { Reply } from "./reply.js";

/** One family as a platform offers it: Slack's slash command, the Teams command list, the console. */
export interface CommandEntry {
  family: string;
  /** Slack's slash command ("/gremium"). */
  slash: string;
  /** A short German description for command lists. */
  description: string;
  /** An example of what to type after the command. */
  usageHint: string;
}

export interface CommandLayer {
  /** Every family, in the registry's order. */
  entries: readonly CommandEntry[];
  /** Answers a typed command, a click or a submitted form; never throws. */
  handle(invocation: Invocation): Promise<Reply>;
}

/** The id prefixes of actions and forms: "<family>:" plus the generic "command:" of command buttons. */
export function idPattern(entries: readonly CommandEntry[], extra: readonly string[] = []): RegExp {
  return new RegExp(`^(${[...entries.map((e) => e.family), ...extra].join("|")}):`);
}
