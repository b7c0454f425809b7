// Entry point of `npm run chat`: a terminal session against the same command layer and database as `npm start`.
import { realpathSync } from "node:fs";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { systemClock } from "../../clock.js";
import { createCommandLayer } from "../../commands/dispatch.js";
import { konsole as t } from "../../commands/messages/index.js";
import { type Config, ConfigError, loadConfig } from "../../config.js";
import { createLogger, type Logger } from "../../log.js";
import { createStore, type Database, openDatabase } from "../../store/index.js";
import { parseArgs } from "./args.js";
import { consoleWhere, DEMO_TENANT_NAME, demoCaller, ensureDemoDistrict } from "./demo.js";
import { lineSource } from "./lines.js";
import { runSession } from "./session.js";

export interface ChatOptions {
  config: Config;
  /** An open database; the caller closes it. */
  database: Database;
  logger: Logger;
  /** The command-line arguments, e.g. ["--as", "Anna"]. */
  args: string[];
  input: Readable;
  write: (text: string) => void;
  /** Where file replies (CSV exports) are written. */
  exportDir: string;
  /** Print a prompt before each line (interactive terminals only). */
  prompt?: boolean;
}

/** One console session: greets, creates the demo district on first use, then runs the input's lines until it ends. */
export async function runChat(o: ChatOptions): Promise<void> {
  const { name } = parseArgs(o.args);
  const store = createStore(o.database.db);
  const commands = createCommandLayer({
    store,
    clock: systemClock,
    defaultTimezone: o.config.DEFAULT_TIMEZONE,
    logger: o.logger,
    ...(o.config.PUBLIC_URL ? { publicUrl: o.config.PUBLIC_URL } : {}),
  });
  o.write(`${t.welcome(name, DEMO_TENANT_NAME)}\n`);
  const created = await ensureDemoDistrict(store);
  if (created) o.write(`${t.demoDistrict(created)}\n`);
  o.write(`${t.usage}\n`);
  const lines = lineSource(o.input);
  await runSession({
    commands,
    who: demoCaller(name),
    where: consoleWhere,
    lines,
    write: o.write,
    exportDir: o.exportDir,
    prompt: o.prompt ?? false,
  });
  lines.close();
}

async function main(): Promise<void> {
  const config = loadConfig();
  // Logs go to stderr, quietly, so the conversation on stdout stays readable.
  const logger = createLogger(process.env.LOG_LEVEL ?? "warn", process.stderr);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    await runChat({
      config,
      database,
      logger,
      args: process.argv.slice(2),
      input: process.stdin,
      write: (text) => process.stdout.write(text),
      exportDir: process.env.CHAT_EXPORT_DIR ?? join(config.DATA_DIR, "exports"),
      prompt: Boolean(process.stdin.isTTY),
    });
  } finally {
    await database.close();
  }
}

/** True when this file is the program (`tsx src/bot/console/main.ts`), false when a test imports it. */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  main().catch((error: unknown) => {
    const reason =
      error instanceof ConfigError ? error.message : error instanceof Error ? error.message : "unknown";
    process.stderr.write(`${t.startFailed(reason)}\n`);
    process.exit(1);
  });
}
