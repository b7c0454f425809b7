// A console session driven in this process with scripted input: what it printed and what it logged.
import { join } from "node:path";
import { Readable, Writable } from "node:stream";
import { runChat } from "../../../src/bot/console/main.js";
import { loadConfig } from "../../../src/config.js";
import { createLogger } from "../../../src/log.js";
import type { Database } from "../../../src/store/index.js";

export interface ChatRun {
  stdout: string;
  /** What the session logged (it goes to stderr in `npm run chat`). */
  stderr: string;
}

/** A session as `npm run chat -- <args>` would run it, with `script` as its input, on `database`. */
export async function chatIn(
  database: Database,
  exportsIn: string,
  args: string[],
  script: string[],
): Promise<ChatRun> {
  let stdout = "";
  let stderr = "";
  const logs = new Writable({
    write(chunk, _encoding, done) {
      stderr += chunk;
      done();
    },
  });
  await runChat({
    config: loadConfig({}),
    database,
    logger: createLogger("warn", logs),
    args,
    input: Readable.from([`${script.join("\n")}\n`]),
    write: (text) => {
      stdout += text;
    },
    exportDir: join(exportsIn, "exports"),
  });
  return { stdout, stderr };
}
