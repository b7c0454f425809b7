// Starts and stops the worker thread that owns an embedded data folder (pglite-worker.ts), so PGlite's work
// never runs on the bot's event loop. The worker serves it on a unix socket in a private temporary folder
// (mode 0700): PGlite has no passwords, so only this user may connect, and no TCP port is open.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { PgliteWorkerData } from "./pglite-worker.js";

export interface PgliteWorker {
  /** The unix socket to connect to with any PostgreSQL client. */
  socketPath: string;
  /** Closes PGlite (after the open connection ended) and ends the thread. */
  stop(): Promise<void>;
}

const STOP_TIMEOUT_MS = 10_000;

export async function startPgliteWorker(dataDir: string, loadDataDir?: Blob): Promise<PgliteWorker> {
  const socketDir = mkdtempSync(join(tmpdir(), "sra-pglite-"));
  const socketPath = join(socketDir, ".s.PGSQL.5432");
  const data: PgliteWorkerData = {
    dataDir,
    socketPath,
    ...(loadDataDir ? { loadDataDir: new Uint8Array(await loadDataDir.arrayBuffer()) } : {}),
  };
  // The .ts file runs as it is (Node strips its types), under tsx and vitest alike.
  const worker = new Worker(new URL("./pglite-worker.ts", import.meta.url), { workerData: data });
  const exited = new Promise<number>((resolve) => worker.once("exit", resolve));
  try {
    await new Promise<void>((resolve, reject) => {
      worker.once("error", reject);
      worker.once("message", (m: { type?: string }) => {
        if (m.type === "listening") resolve();
      });
      exited.then((code) => reject(new Error(`the database worker exited during start (code ${code})`)));
    });
  } catch (error) {
    await worker.terminate();
    rmSync(socketDir, { recursive: true, force: true });
    throw error;
  }
  // From here on a crash of the worker ends the process (no 'error' listener): the bot cannot work
  // without its database, and a restart finds the data folder as a kill -9 would leave it.
  worker.removeAllListeners("error");
  return {
    socketPath,
    async stop() {
      worker.on("error", () => {}); // a failure while closing: the thread ends either way
      worker.postMessage({ type: "close" });
      const timer = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
      rmSync(socketDir, { recursive: true, force: true });
    },
  };
}
