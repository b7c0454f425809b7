// Distributed mode over HTTP: /slack/install, /slack/oauth_redirect, tokens per workspace from the database, uninstall.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slackInstallations } from "../../../src/store/schema/index.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { eventBody, type Harness, postSigned, slashBody, startHarness } from "./harness.js";

const TEAM = "T0OAUTH";
const OAUTH_ENV = {
  SLACK_BOT_TOKEN: "",
  SLACK_CLIENT_ID: "111.222",
  SLACK_CLIENT_SECRET: "client-secret",
  SLACK_STATE_SECRET: "state-secret-for-tests",
  SECRET_KEY: "ab".repeat(32),
};
let db: TestDatabase;
let h: Harness;
/** The first callback as the browser sent it, to send it again. */
let firstCallback: { url: string; cookie: string } | undefined;

beforeAll(async () => {
  db = await openTestDatabase();
  h = await startHarness(db.database, OAUTH_ENV);
});

/** The installation column as stored, as text. */
async function storedText(key: string): Promise<string> {
  const rows = await db.database.db
    .select({ installation: slackInstallations.installation })
    .from(slackInstallations)
    .where(eq(slackInstallations.installationKey, key));
  return JSON.stringify(rows[0]?.installation ?? null);
}

afterAll(async () => {
  await h?.close();
  await db?.close();
});

describe("OAuth installation", () => {
  it("installs through /slack/install and /slack/oauth_redirect and stores the installation", async () => {
    const install = await fetch(`${h.app.url}/slack/install`, { redirect: "manual" });
    expect(install.status).toBe(302);
    const location = new URL(install.headers.get("location") ?? "");
    expect(location.pathname).toBe("/oauth/v2/authorize");
    expect(location.searchParams.get("scope")).toBe(
      "commands,chat:write,im:write,im:history,files:write,files:read",
    );
    const state = location.searchParams.get("state") ?? "";
    const cookie = (install.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(state).not.toBe("");

    firstCallback = {
      url: `${h.app.url}/slack/oauth_redirect?code=the-code&state=${encodeURIComponent(state)}`,
      cookie,
    };
    const callback = await fetch(firstCallback.url, { headers: { cookie } });
    const html = await callback.text();
    expect(callback.status).toBe(200);
    expect(html).toContain("Sozialraum-Assistent ist installiert");
    const exchange = await h.fake.waitFor("oauth.v2.access");
    expect(exchange.args.code).toBe("the-code");

    const stored = await h.app.store.slackInstallations.fetchSlackInstallation(TEAM);
    expect((stored?.bot as { token?: string } | undefined)?.token).toBe("xoxb-installed");
    const tenant = await h.app.store.findTenant("slack", TEAM);
    expect(tenant?.name).toBe("OAuth-Team");
  });

  it("stores the tokens encrypted: the table holds no token in clear", async () => {
    const text = await storedText(TEAM);
    expect(text).toContain("aes-256-gcm.v1");
    expect(text).not.toContain("xoxb-installed");
    expect(text).not.toContain("OAuth-Team");
  });

  it("refuses the same state a second time, even with the browser's cookie", async () => {
    expect(firstCallback).toBeDefined();
    h.fake.reset();
    const again = await fetch(firstCallback?.url ?? "", { headers: { cookie: firstCallback?.cookie ?? "" } });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("Installation nicht abgeschlossen");
    expect(h.fake.callsTo("oauth.v2.access")).toHaveLength(0);
  });

  it("seals a row stored before encryption on its first read", async () => {
    const tenant = await h.app.store.ensureTenant("slack", "T0OLD");
    const clear = {
      team: { id: "T0OLD" },
      bot: { token: "xoxb-old-clear", userId: "UB", id: "B", scopes: [] },
    };
    await db.database.db.insert(slackInstallations).values({
      tenantId: tenant.id,
      installationKey: "T0OLD",
      teamId: "T0OLD",
      enterpriseId: null,
      botUserId: "UB",
      installation: clear,
    });
    expect(await h.app.store.slackInstallations.fetchSlackInstallation("T0OLD")).toEqual(clear);
    expect(await storedText("T0OLD")).not.toContain("xoxb-old-clear");
    expect(await h.app.store.slackInstallations.fetchSlackInstallation("T0OLD")).toEqual(clear);
  });

  it("with another SECRET_KEY serves nobody and shows no token", async () => {
    const other = await startHarness(db.database, { ...OAUTH_ENV, SECRET_KEY: "cd".repeat(32) });
    try {
      const failure = await other.app.store.slackInstallations.fetchSlackInstallation(TEAM).then(
        () => undefined,
        (error: Error) => error,
      );
      expect(failure?.name).toBe("SecretError");
      expect(String(failure?.message)).not.toContain("xoxb");
      const res = await postSigned(
        other.app.url,
        slashBody("/sozialraum", "liste", other.fake.responseUrl("wrongkey"), { team_id: TEAM }),
      );
      expect(res.status).toBeLessThan(500);
      await new Promise((r) => setTimeout(r, 300));
      expect(other.fake.callsTo("response_url")).toHaveLength(0);
      // Nothing was overwritten: the right key still opens the installation.
      const stored = await h.app.store.slackInstallations.fetchSlackInstallation(TEAM);
      expect((stored?.bot as { token?: string } | undefined)?.token).toBe("xoxb-installed");
    } finally {
      await other.close();
    }
  });

  it("rejects a callback with a forged state in German", async () => {
    const res = await fetch(`${h.app.url}/slack/oauth_redirect?code=x&state=forged`);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("Installation nicht abgeschlossen");
  });

  it("serves the installed workspace with its own token", async () => {
    const url = h.fake.responseUrl("oauth");
    const res = await postSigned(h.app.url, slashBody("/sozialraum", "neu Oststadt", url, { team_id: TEAM }));
    expect(res.status).toBe(200);
    await h.fake.waitFor("response_url", (c) => c.path.endsWith("oauth"));
    const tenant = await h.app.store.findTenant("slack", TEAM);
    expect(await h.app.store.forTenant(tenant?.id ?? -1).findDistrictByName("Oststadt")).toBeDefined();

    await postSigned(
      h.app.url,
      eventBody(
        { type: "app_home_opened", user: "U0AAA", channel: "D1", tab: "home", event_ts: "1.1" },
        TEAM,
      ),
      "application/json",
    );
    const published = await h.fake.waitFor("views.publish");
    expect(published.token).toBe("xoxb-installed");
  });

  it("removes the tokens on app_uninstalled and stops serving the workspace", async () => {
    const res = await postSigned(
      h.app.url,
      eventBody({ type: "app_uninstalled", event_ts: "1.4" }, TEAM),
      "application/json",
    );
    expect(res.status).toBe(200);
    for (let i = 0; i < 50 && (await h.app.store.slackInstallations.fetchSlackInstallation(TEAM)); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await h.app.store.slackInstallations.fetchSlackInstallation(TEAM)).toBeUndefined();

    h.fake.reset();
    await postSigned(
      h.app.url,
      slashBody("/sozialraum", "liste", h.fake.responseUrl("gone"), { team_id: TEAM }),
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(h.fake.callsTo("response_url")).toHaveLength(0);
  });

  it("removes the tokens on tokens_revoked for the bot", async () => {
    await h.app.store.slackInstallations.saveSlackInstallation({
      tenantId: (await h.app.store.ensureTenant("slack", "T0REV")).id,
      installationKey: "T0REV",
      teamId: "T0REV",
      enterpriseId: null,
      botUserId: "UBOT",
      installation: {
        team: { id: "T0REV" },
        bot: { token: "xoxb-rev", userId: "UBOT", id: "B1", scopes: [] },
      },
    });
    await postSigned(
      h.app.url,
      eventBody({ type: "tokens_revoked", tokens: { bot: ["UBOT"] }, event_ts: "1.5" }, "T0REV"),
      "application/json",
    );
    for (let i = 0; i < 50 && (await h.app.store.slackInstallations.fetchSlackInstallation("T0REV")); i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(await h.app.store.slackInstallations.fetchSlackInstallation("T0REV")).toBeUndefined();
  });
});
