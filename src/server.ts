// The HTTP server: health endpoints plus whatever routes the enabled adapters mount.
import type { Server } from "node:http";
import express, { type Express } from "express";
import type { Adapter } from "./bot/adapter.js";
import type { AdmissionStats } from "./commands/admission.js";
import type { Database } from "./store/index.js";

export function createHttpApp(database: Database, adapters: Adapter[], load?: () => AdmissionStats): Express {
  const app = express();
  app.disable("x-powered-by");
  // The load figures let an operator see a backlog (and turned-away commands) before users report it.
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok", ...(load ? { load: load() } : {}) });
  });
  app.get("/readyz", async (_req, res) => {
    const ready = await database.isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "not ready", database: database.driver });
  });
  for (const adapter of adapters) adapter.mount(app);
  return app;
}

/** Listens on `host` (config HOST: loopback unless set, e.g. 0.0.0.0 in a container). */
export function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, () => resolve(server));
    server.once("error", reject);
  });
}
