// Helpers for the Playground end-to-end test: Microsoft 365 Agents Playground as a child process (bound to
// loopback by force-loopback.cjs) and a headless Chromium that may only reach loopback.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Page } from "playwright-core";

const HERE = fileURLToPath(new URL(".", import.meta.url));
const ROOT = join(HERE, "..", "..");
export const FORCE_LOOPBACK = join(HERE, "force-loopback.cjs");
const EXIT_WITH_PARENT = join(HERE, "exit-with-parent.cjs");
const CLI = join(ROOT, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
const BLOCKED = "[force-loopback] blocked";

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Polls until `url` answers with a status below 500, or throws after `ms`. */
export async function waitForHttp(url: string, ms: number, alive: () => boolean = () => true): Promise<void> {
  const until = Date.now() + ms;
  let last = "no answer";
  while (Date.now() < until) {
    if (!alive()) throw new Error(`the process behind ${url} has exited`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await res.body?.cancel();
      if (res.status < 500) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = (error as Error).message;
    }
    await sleep(250);
  }
  throw new Error(`${url} did not answer within ${ms} ms (${last})`);
}

export interface Playground {
  url: string;
  port: number;
  /** What the process wrote, for failure messages. */
  output(): string;
  /** Outbound connections force-loopback.cjs refused (should stay empty). */
  blocked(): string[];
  stop(): Promise<void>;
}

/** `promise`, or `fallback()` after `ms`; the timer never outlives the race (it would hold the event loop). */
async function within<T, F>(promise: Promise<T>, ms: number, fallback: () => F): Promise<T | F> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<F>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(fallback());
      } catch (error) {
        reject(error);
      }
    }, ms);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Kills the whole process group of a detached child: SIGTERM, then SIGKILL after `graceMs`. */
async function killTree(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), s);
    } catch {
      // already gone
    }
  };
  signal("SIGTERM");
  if ((await within(exited, graceMs, () => "timeout" as const)) === "timeout") {
    signal("SIGKILL");
    await within(exited, 2_000, () => undefined);
  }
}

async function startOnce(botEndpoint: string, port: number, cwd: string, readyMs: number) {
  const child = spawn(
    process.execPath,
    [
      "-r",
      FORCE_LOOPBACK,
      "-r",
      EXIT_WITH_PARENT,
      CLI,
      "-e",
      botEndpoint,
      "-c",
      "msteams",
      "-p",
      String(port),
      "--service-url",
      `http://127.0.0.1:${port}/_connector`,
      "--disable-telemetry",
    ],
    {
      cwd,
      // its own process group, so stop() reaches anything it spawns
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: "none",
        // --disable-telemetry alone still lets Application Insights run "statsbeat"
        APPLICATION_INSIGHTS_NO_STATSBEAT: "true",
        NODE_OPTIONS: "",
      },
    },
  );
  // Never leave it behind, even when the test worker ends abruptly.
  const onExit = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  };
  process.once("exit", onExit);
  let output = "";
  const listening = new Promise<number>((resolve, reject) => {
    child.once("exit", (code, signal) =>
      reject(new Error(`the Playground exited (${signal ?? code}) before it listened:\n${output}`)),
    );
    child.once("error", reject);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // a whole line: a chunk may end in the middle of the port number
      const m = /Listening on (\d+)\r?\n/.exec(output);
      if (m) resolve(Number(m[1]));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
  });
  const alive = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    await killTree(child);
    process.removeListener("exit", onExit);
  };
  try {
    const actual = await within(listening, readyMs, () => {
      throw new Error(`the Playground did not start within ${readyMs} ms:\n${output}`);
    });
    if (actual !== port) {
      // it falls back to a random port when ours was taken meanwhile; the service URL would be wrong
      await stop();
      return { retry: true as const };
    }
    await waitForHttp(`http://127.0.0.1:${port}/`, readyMs, alive);
  } catch (error) {
    await stop();
    throw error;
  }
  return { retry: false as const, stop, output: () => output };
}

/** Starts the Playground against the bot at `botEndpoint` in a scratch folder (it writes ./devTools logs). */
export async function startPlayground(botEndpoint: string, readyMs = 60_000): Promise<Playground> {
  const cwd = await mkdtemp(join(tmpdir(), "sra-playground-"));
  try {
    for (let attempt = 1; attempt <= 3; attempt++) {
      const port = await freePort();
      const started = await startOnce(botEndpoint, port, cwd, readyMs);
      if (started.retry) continue;
      return {
        url: `http://127.0.0.1:${port}`,
        port,
        output: started.output,
        blocked: () =>
          started
            .output()
            .split("\n")
            .filter((line) => line.includes(BLOCKED)),
        async stop() {
          await started.stop();
          await rm(cwd, { recursive: true, force: true });
        },
      };
    }
    throw new Error("the Playground did not get a free port in three attempts");
  } catch (error) {
    await rm(cwd, { recursive: true, force: true });
    throw error;
  }
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Headless Chromium; the page may only load from loopback (the Playground's CDN fonts are aborted). */
export async function openPage(
  executablePath: string,
  viewport = { width: 1400, height: 1000 },
): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const context = await browser.newContext({ viewport, locale: "de-DE" });
    const page = await context.newPage();
    await page.route("**/*", (route) => {
      const url = new URL(route.request().url());
      const local = url.protocol === "data:" || url.protocol === "blob:" || LOCAL_HOSTS.has(url.hostname);
      return local ? route.continue() : route.abort();
    });
    return { browser, page };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
