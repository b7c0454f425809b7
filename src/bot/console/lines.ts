// Reads a stream line by line on demand, so a form can pull its answers from the same input as commands.
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";

export interface LineSource {
  /** The next line, or undefined at the end of the input. */
  next(): Promise<string | undefined>;
  close(): void;
}

export function lineSource(input: Readable): LineSource {
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY, terminal: false });
  const queue: string[] = [];
  const waiting: ((line: string | undefined) => void)[] = [];
  let ended = false;
  rl.on("line", (line) => {
    const waiter = waiting.shift();
    if (waiter) waiter(line);
    else queue.push(line);
  });
  rl.on("close", () => {
    ended = true;
    for (const waiter of waiting.splice(0)) waiter(undefined);
  });
  return {
    next() {
      const line = queue.shift();
      if (line !== undefined) return Promise.resolve(line);
      if (ended) return Promise.resolve(undefined);
      return new Promise((resolve) => waiting.push(resolve));
    },
    close: () => rl.close(),
  };
}
