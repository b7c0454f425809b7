// The command layer's admission gate: a bounded number of commands run at once, the rest wait in line,
// and a typed command that would wait too long is answered „gerade ist viel los“ instead of being run late.
import type { Invocation } from "../conversation/input.js";
import type { CommandLayer } from "../conversation/layer.js";
import { errorReply, type Reply } from "../conversation/reply.js";
import type { Logger } from "../log.js";
import { common } from "./messages/index.js";

export interface AdmissionLimits {
  /** Commands running at once; more would only queue inside the database driver, unseen. */
  maxInFlight: number;
  /** How long a typed command may wait for its turn before it is turned away. */
  maxWaitMs: number;
}

export const DEFAULT_ADMISSION: AdmissionLimits = { maxInFlight: 16, maxWaitMs: 4_000 };

/** What the gate has seen, for the health endpoint and the load log. */
export interface AdmissionStats {
  inFlight: number;
  waiting: number;
  /** Typed commands turned away since start. */
  turnedAway: number;
  admitted: number;
}

export interface AdmittingLayer extends CommandLayer {
  stats(): AdmissionStats;
}

type Waiter = () => void;

/**
 * Only typed commands are ever turned away: the user sees the answer at once and types again. A click or
 * a submitted form carries a draft or a step the user would lose, so it waits, and it goes first.
 */
const mayTurnAway = (invocation: Invocation) => invocation.input.type === "command";

/** How often, at most, the gate logs that it is turning commands away (counts only, never input). */
const LOG_EVERY_MS = 10_000;

export function withAdmission(
  layer: CommandLayer,
  limits: AdmissionLimits = DEFAULT_ADMISSION,
  options: { logger?: Logger; now?: () => number } = {},
): AdmittingLayer {
  // Only paces the log line; the wait itself is a timer.
  const now = options.now ?? (() => performance.now());
  const first: Waiter[] = [];
  const typed: Waiter[] = [];
  const counts = { inFlight: 0, turnedAway: 0, admitted: 0 };
  let lastLog = Number.NEGATIVE_INFINITY;
  let unlogged = 0;

  function noteTurnedAway(): void {
    counts.turnedAway += 1;
    unlogged += 1;
    const at = now();
    if (at - lastLog < LOG_EVERY_MS) return;
    options.logger?.warn(
      { turnedAway: unlogged, waiting: first.length + typed.length, inFlight: counts.inFlight },
      "busy: typed commands turned away",
    );
    lastLog = at;
    unlogged = 0;
  }

  function next(): void {
    while (counts.inFlight < limits.maxInFlight) {
      const start = first.shift() ?? typed.shift();
      if (!start) return;
      start();
    }
  }

  async function run(invocation: Invocation): Promise<Reply> {
    counts.inFlight += 1;
    counts.admitted += 1;
    try {
      return await layer.handle(invocation);
    } finally {
      counts.inFlight -= 1;
      next();
    }
  }

  return {
    entries: layer.entries,
    stats: () => ({ ...counts, waiting: first.length + typed.length }),
    handle(invocation: Invocation): Promise<Reply> {
      if (counts.inFlight < limits.maxInFlight && first.length + typed.length === 0) return run(invocation);
      if (!mayTurnAway(invocation))
        return new Promise<Reply>((resolve) => first.push(() => resolve(run(invocation))));
      return new Promise<Reply>((resolve) => {
        const start = () => {
          clearTimeout(timer);
          resolve(run(invocation));
        };
        // Still in line after maxWaitMs: its preview would come so late that „busy“ now is kinder.
        const timer = setTimeout(() => {
          typed.splice(typed.indexOf(start), 1);
          noteTurnedAway();
          resolve(errorReply(common.busy));
        }, limits.maxWaitMs);
        timer.unref?.();
        typed.push(start);
      });
    },
  };
}
