// Entry point of `npm run chat`: a terminal session against the same command layer and database as `npm start`.
import { join } from "node:path";
import { systemClock } from "../../clock.js";
import { createCommandLayer } from "../../commands/dispatch.js";
import { konsole as t } from "../../commands/messages/index.js";
import { ConfigError, loadConfig } from "../../config.js";
import { createLogger } from "../../log.js";
import { createStore, openDatabase } from "../../store/index.js";
import { parseArgs } from "./args.js";
import { consoleWhere, DEMO_TENANT_NAME, demoCaller, ensureDemoDistrict } from "./demo.js";
import { lineSource } from "./lines.js";
import { runSession } from "./session.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const { name } = parseArgs(process.argv.slice(2));
  // Logs go to stderr, quietly, so the conversation on stdout stays readable.
  const logger = createLogger(process.env.LOG_LEVEL ?? "warn", process.stderr);
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const write = (text: string) => process.stdout.write(text);
  try {
    const store = createStore(database.db);
    const commands = createCommandLayer({
      store,
      clock: systemClock,
      defaultTimezone: config.DEFAULT_TIMEZONE,
      logger,
      ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
    });
    write(`${t.welcome(name, DEMO_TENANT_NAME)}\n`);
    const created = await ensureDemoDistrict(store);
    if (created) write(`${t.demoDistrict(created)}\n`);
    write(`${t.usage}\n`);
    const lines = lineSource(process.stdin);
    await runSession({
      commands,
      who: demoCaller(name),
      where: consoleWhere,
      lines,
      write,
      exportDir: process.env.CHAT_EXPORT_DIR ?? join(config.DATA_DIR, "exports"),
      prompt: Boolean(process.stdin.isTTY),
    });
    lines.close();
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  const reason =
    error instanceof ConfigError ? error.message : error instanceof Error ? error.message : "unknown";
  process.stderr.write(`${t.startFailed(reason)}\n`);
  process.exit(1);
});
