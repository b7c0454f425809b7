// The benchmark's side of the load generator: forks bench/load/generator.ts (node + tsx) and asks it for runs.
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ClosedResult, GeneratorRequest, OpenResult, RepliesResult } from "./protocol.js";

type Answer = { ok: true; result: unknown } | { ok: false; error: string };

export interface LoadGenerator {
  /** The generator's fake Slack Web API, for SLACK_API_URL of the measured apps. */
  apiUrl: string;
  closed(r: Omit<Extract<GeneratorRequest, { kind: "closed" }>, "kind">): Promise<ClosedResult>;
  open(r: Omit<Extract<GeneratorRequest, { kind: "open" }>, "kind">): Promise<OpenResult>;
  replies(busyMarker: string): Promise<RepliesResult>;
  stop(): Promise<void>;
}

export async function startLoadGenerator(): Promise<LoadGenerator> {
  const script = fileURLToPath(new URL("./generator.ts", import.meta.url));
  const child: ChildProcess = fork(script, [], { execArgv: ["--import", "tsx"], stdio: "inherit" });
  const apiUrl = await new Promise<string>((resolve, reject) => {
    child.once("message", (m: { apiUrl?: string }) =>
      m.apiUrl ? resolve(m.apiUrl) : reject(new Error("no apiUrl")),
    );
    child.once("exit", (code) => reject(new Error(`load generator exited with ${code}`)));
  });
  const ask = <T>(request: GeneratorRequest): Promise<T> =>
    new Promise((resolve, reject) => {
      child.once("message", (answer: Answer) =>
        answer.ok ? resolve(answer.result as T) : reject(new Error(answer.error)),
      );
      child.send(request);
    });
  return {
    apiUrl,
    closed: (r) => ask<ClosedResult>({ kind: "closed", ...r }),
    open: (r) => ask<OpenResult>({ kind: "open", ...r }),
    replies: (busyMarker) => ask<RepliesResult>({ kind: "replies", busyMarker }),
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.send({ kind: "stop" });
      }),
  };
}
