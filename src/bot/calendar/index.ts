// Serves GET /kalender/<secret-token>.ics: a subscribable calendar of meetings; always on, no platform.

import type { Request, Response } from "express";
import { gremium } from "../../commands/messages/index.js";
import { errorName } from "../../log.js";
import type { Adapter, AdapterDeps, AdapterFactory } from "../adapter.js";
import { buildFeed } from "./feed.js";

const TOKEN_RE = /^([A-Za-z0-9_-]{16,128})\.ics$/;

export function calendarAdapter({ store, clock, logger }: AdapterDeps): Adapter {
  async function serve(req: Request, res: Response): Promise<void> {
    const match = TOKEN_RE.exec(String(req.params.file ?? ""));
    const token = match?.[1] ? await store.calendar.resolveCalendarToken(match[1]) : undefined;
    if (!token) {
      // The token is a secret: it is never logged.
      res.status(404).type("text/plain; charset=utf-8").send(gremium.calendar.notFound);
      return;
    }
    const body = await buildFeed(store.forTenant(token.tenantId), token, clock.now());
    res
      .status(200)
      .set("Cache-Control", "private, max-age=300")
      .type("text/calendar; charset=utf-8")
      .send(body);
  }
  return {
    name: "calendar",
    mount(app) {
      app.get("/kalender/:file", (req, res, next) => {
        serve(req, res).catch((error: unknown) => {
          logger.error({ err: errorName(error) }, "calendar feed failed");
          next(error);
        });
      });
    },
  };
}

export const calendarAdapterFactory: AdapterFactory = {
  name: "calendar",
  create: (deps) => calendarAdapter(deps),
};
