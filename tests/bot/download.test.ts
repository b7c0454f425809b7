// Which file URLs an adapter may fetch: the allow-list that keeps platform payloads from steering the bot.
import { describe, expect, it } from "vitest";
import { allowedUrl } from "../../src/bot/download.js";

describe("allowedUrl", () => {
  const teams = ["*.sharepoint.com"];
  it("accepts https on the host or a sub-domain of a wildcard entry", () => {
    expect(allowedUrl("https://contoso-my.sharepoint.com/_layouts/15/download.aspx?x=1", teams)).toBe(true);
    expect(allowedUrl("https://files.slack.com/files-pri/T1-F1/download/a.ics", ["files.slack.com"])).toBe(
      true,
    );
  });
  it("refuses look-alike hosts, plain http, credentials in the URL and what is no URL", () => {
    expect(allowedUrl("https://evilsharepoint.com/a.ics", teams)).toBe(false);
    expect(allowedUrl("https://contoso.sharepoint.com.evil.example/a.ics", teams)).toBe(false);
    expect(allowedUrl("http://contoso.sharepoint.com/a.ics", teams)).toBe(false);
    expect(allowedUrl("https://user:pw@contoso.sharepoint.com/a.ics", teams)).toBe(false);
    expect(allowedUrl("https://169.254.169.254/latest/meta-data", teams)).toBe(false);
    expect(allowedUrl("not a url", teams)).toBe(false);
  });
  it("accepts a full origin entry exactly, scheme and port included", () => {
    const local = ["http://127.0.0.1:4000"];
    expect(allowedUrl("http://127.0.0.1:4000/f.ics", local)).toBe(true);
    expect(allowedUrl("http://127.0.0.1:4001/f.ics", local)).toBe(false);
    expect(allowedUrl("https://127.0.0.1:4000/f.ics", local)).toBe(false);
  });
});
