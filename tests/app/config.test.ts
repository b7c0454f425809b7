// Start-up configuration: sensible defaults, and one clear line naming a bad variable.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";

describe("configuration", () => {
  it("starts with defaults when nothing is set", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      PORT: 3978,
      DATA_DIR: "./data",
      DEFAULT_TIMEZONE: "Europe/Berlin",
      LOG_LEVEL: "info",
    });
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.HOST).toBe("127.0.0.1");
  });

  it("listens where HOST says", () => {
    expect(loadConfig({ HOST: "0.0.0.0" }).HOST).toBe("0.0.0.0");
    expect(() => loadConfig({ HOST: "a b" })).toThrow(/^Invalid HOST: expected a host name or IP address/);
  });

  it("refuses Slack OAuth without a SECRET_KEY, and accepts hex, base64 or a passphrase", () => {
    const oauth = { SLACK_CLIENT_ID: "1.2", SLACK_CLIENT_SECRET: "s" };
    expect(() => loadConfig(oauth)).toThrow(
      /^Invalid SECRET_KEY: expected .*\(required with SLACK_CLIENT_ID\/SLACK_CLIENT_SECRET, to encrypt installation tokens\)\.$/,
    );
    for (const key of ["ab".repeat(32), Buffer.alloc(32, 7).toString("base64"), "a long enough passphrase"]) {
      expect(loadConfig({ ...oauth, SECRET_KEY: key }).SECRET_KEY).toBe(key);
    }
    expect(() => loadConfig({ SECRET_KEY: "short" })).toThrow(
      /^Invalid SECRET_KEY: expected 32 random bytes/,
    );
  });

  it("reads the ministries' calendars per Bundesland and the Teams file hosts as lists", () => {
    const config = loadConfig({
      SCHOOL_HOLIDAYS_ICS_URLS: "by=https://km.example/by.ics, NW=https://schulministerium.example/nw.ics",
      TEAMS_FILE_HOSTS: "*.sharepoint.com, contoso.sharepoint.de",
    });
    expect(config.SCHOOL_HOLIDAYS_ICS_URLS).toEqual({
      BY: "https://km.example/by.ics",
      NW: "https://schulministerium.example/nw.ics",
    });
    expect(config.TEAMS_FILE_HOSTS).toEqual(["*.sharepoint.com", "contoso.sharepoint.de"]);
  });

  it("treats empty variables as unset", () => {
    expect(loadConfig({ DATABASE_URL: "", SLACK_BOT_TOKEN: " " }).DATABASE_URL).toBeUndefined();
  });

  it.each([
    [{ PORT: "abc" }, "Invalid PORT: expected a port number."],
    [{ PORT: "70000" }, "Invalid PORT: expected a port number from 0 to 65535."],
    [{ DATABASE_URL: "mysql://x" }, "Invalid DATABASE_URL: expected a postgres:// or postgresql:// URL."],
    [
      { DEFAULT_TIMEZONE: "Mars/Olympus" },
      "Invalid DEFAULT_TIMEZONE: expected an IANA time zone such as Europe/Berlin.",
    ],
    [
      { LOG_LEVEL: "loud" },
      "Invalid LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent.",
    ],
    [{ TEAMS_LOCAL_MODE: "yes" }, "Invalid TEAMS_LOCAL_MODE: expected true or false."],
    [
      { TEAMS_LOCAL_MODE: "true", MICROSOFT_APP_ID: "a", MICROSOFT_APP_PASSWORD: "b" },
      "Invalid TEAMS_LOCAL_MODE: expected it unset while MICROSOFT_APP_ID/MICROSOFT_APP_PASSWORD are set (local mode is a development mode without credentials).",
    ],
    [
      { TEAMS_LOCAL_MODE: "true", MICROSOFT_APP_PASSWORD: "b" },
      "Invalid TEAMS_LOCAL_MODE: expected it unset while MICROSOFT_APP_ID/MICROSOFT_APP_PASSWORD are set (local mode is a development mode without credentials).",
    ],
    [
      { SCHOOL_HOLIDAYS_ICS_URLS: "Bayern=https://km.bayern.de/ferien.ics" },
      "Invalid SCHOOL_HOLIDAYS_ICS_URLS: expected state codes BW, BY, … each with = and an http(s) link, e.g. BY=https://…/ferien.ics.",
    ],
    [
      { SCHOOL_HOLIDAYS_ICS_URLS: "BY=km.bayern.de/ferien.ics" },
      "Invalid SCHOOL_HOLIDAYS_ICS_URLS.BY: expected state codes with = and an http(s) link.",
    ],
  ])("rejects %o with one line", (env, line) => {
    expect(() => loadConfig(env)).toThrow(line);
  });

  it("stops `npm start` with that one line and exit code 1", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/main.ts"], {
      env: { ...process.env, PORT: "nope", DATABASE_URL: "", TEST_DATABASE_URL: "" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe("Invalid PORT: expected a port number.");
  });
});
