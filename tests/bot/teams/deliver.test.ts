// Retry-After parsing and the hand-over of a persistent 429 to the scheduler.
import { describe, expect, it } from "vitest";
import { withRateLimit } from "../../../src/bot/teams/deliver.js";
import { retryAfterMs } from "../../../src/bot/teams/sdk.js";
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
    // The shape the SDK's HTTP client (axios) throws for a connector answer.
    const tooMany = Object.assign(new Error("Request failed with status code 429"), {
      name: "AxiosError",
      response: { status: 429, headers: { "retry-after": "12" } },
    });
    await expect(
      withRateLimit(
        () => now,
        () => Promise.reject(tooMany),
      ),
    ).rejects.toEqual(new RateLimited(12_000));
    const other = Object.assign(new Error("gone"), { response: { status: 404, headers: {} } });
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
