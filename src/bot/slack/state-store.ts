// Bolt's OAuth state store, single-use: the state is signed (SLACK_STATE_SECRET) and consumed on its first callback.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { InstallURLOptions, StateStore } from "@slack/bolt";
import type { RequestLedger } from "../../store/index.js";

/** As long as Bolt's state cookie lives: an install started longer ago has to start again. */
export const STATE_TTL_SECONDS = 600;

/** Bolt's failure callback reads `code`; this is the code of @slack/oauth's InvalidStateError. */
class InvalidState extends Error {
  override name = "InvalidStateError";
  readonly code = "slack_oauth_invalid_state";
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString("base64url");

/**
 * Like Bolt's ClearStateStore (signed, expiring, carrying the install options), but the ledger remembers each
 * verified state until it expires, so a second callback with it (a replayed redirect URL, on any instance
 * sharing the database) is refused before any code is exchanged.
 */
export function singleUseStateStore(stateSecret: string, ledger: RequestLedger): StateStore {
  const mac = (payload: string) => createHmac("sha256", stateSecret).update(payload).digest();
  return {
    async generateStateParam(installOptions: InstallURLOptions, now: Date) {
      const payload = b64(JSON.stringify({ at: now.getTime(), n: b64(randomBytes(16)), o: installOptions }));
      return `${payload}.${b64(mac(payload))}`;
    },

    async verifyStateParam(now: Date, state: string) {
      const [payload, signature, ...rest] = state.split(".");
      if (!payload || !signature || rest.length > 0) throw new InvalidState("malformed state");
      const given = Buffer.from(signature, "base64url");
      const expected = mac(payload);
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        throw new InvalidState("state not signed by this app");
      let decoded: { at?: unknown; o?: unknown };
      try {
        decoded = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
      } catch {
        throw new InvalidState("malformed state");
      }
      const age = now.getTime() - Number(decoded.at);
      if (!Number.isFinite(age) || age < -60_000 || age > STATE_TTL_SECONDS * 1000)
        throw new InvalidState("state expired");
      const key = `slack:oauth-state:${createHash("sha256").update(state).digest("base64url")}`;
      if (!(await ledger.firstSight(key, now, STATE_TTL_SECONDS)))
        throw new InvalidState("state already used");
      return decoded.o as InstallURLOptions;
    },
  };
}
