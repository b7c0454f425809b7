// Retry-After parsing and the hand-over of a persistent 429 to the scheduler.
import { describe, expect, it } from "vitest";
import { retryAfterMs, withRateLimit } from "../../../src/bot/teams/deliver.js";
import { RateLimited } from "../../../src/scheduler/deliver.js";

const now = new Date("2026-11-25T10:00:00Z");

describe("Retry-After", () => {
  it("reads seconds and HTTP dates, and falls back to one second", () => {
    expect(retryAfterMs("3", now)).toBe(3_000);
    expect(retryAfterMs("0", now)).toBe(0);
    expect(retryAfterMs("Wed, 25 Nov 2026 10:00:30 GMT", now)).toBe(30_000);
    expect(retryAfterMs("Wed, 25 Nov 2026 09:00:00 GMT", now)).toBe(0);
    expect(retryAfterMs(undefined, now)).toBe(1_000);
    expect(retryAfterMs("soon", now)).toBe(1_000);
  });

  it("turns a 429 from the connector into RateLimited and passes other errors through", async () => {
    const tooMany = Object.assign(new Error("slow down"), {
      statusCode: 429,
      response: { headers: { get: (name: string) => (name === "retry-after" ? "12" : null) } },
    });
    await expect(
      withRateLimit(
        () => now,
        () => Promise.reject(tooMany),
      ),
    ).rejects.toEqual(new RateLimited(12_000));
    const other = Object.assign(new Error("gone"), { statusCode: 404 });
    await expect(
      withRateLimit(
        () => now,
        () => Promise.reject(other),
      ),
    ).rejects.toBe(other);
    await expect(
      withRateLimit(
        () => now,
        async () => "ok",
      ),
    ).resolves.toBe("ok");
  });
});
