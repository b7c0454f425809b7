// The Slack app manifest matches what the code registers: commands, events, interactivity, scopes, routes.
import { readFileSync } from "node:fs";
import type { App } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { derivedSlackManifest, SLACK_MANIFEST } from "../../../scripts/manifests.js";
import { actionIdPattern, callbackIdPattern, registerListeners } from "../../../src/bot/slack/listeners.js";
import { BOT_SCOPES, EVENTS_PATH, REDIRECT_PATH } from "../../../src/bot/slack/receiver.js";
import { createCommandLayer } from "../../../src/commands/dispatch.js";
import { REGISTRY } from "../../../src/commands/registry.js";
import type { CommandLayer } from "../../../src/conversation/layer.js";
import { createLogger } from "../../../src/log.js";

interface Manifest {
  display_information: { name: string; description: string };
  features: {
    app_home: { home_tab_enabled: boolean; messages_tab_enabled: boolean };
    slash_commands: { command: string; url: string; description: string }[];
    shortcuts?: { callback_id: string }[];
  };
  oauth_config: { redirect_urls: string[]; scopes: { bot: string[]; user?: string[] } };
  settings: {
    event_subscriptions: { request_url: string; bot_events: string[] };
    interactivity: { is_enabled: boolean; request_url: string };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(
  readFileSync(new URL("../../../manifest/slack/manifest.yaml", import.meta.url), "utf8"),
) as Manifest;

// The real command layer's entry points; nothing is handled here, so no store is needed.
const layer: CommandLayer = createCommandLayer({
  store: {} as never,
  clock: { now: () => new Date() },
  defaultTimezone: "Europe/Berlin",
});

/** Records what the adapter registers on a Bolt app, without starting one. */
function registrations() {
  const seen = {
    commands: [] as (string | RegExp)[],
    actions: [] as RegExp[],
    views: [] as RegExp[],
    events: [] as string[],
    shortcuts: [] as unknown[],
  };
  const recorder = {
    command: (name: string | RegExp) => seen.commands.push(name),
    action: (pattern: RegExp) => seen.actions.push(pattern),
    view: (pattern: RegExp) => seen.views.push(pattern),
    // Bolt's "message" listener receives the manifest's message.* events; the bot subscribes its DM only.
    event: (name: string) => seen.events.push(name === "message" ? "message.im" : name),
    shortcut: (id: unknown) => seen.shortcuts.push(id),
    options: () => {
      throw new Error("options listeners need the manifest's options_load_url");
    },
    message: () => {
      throw new Error("message listeners need message events and history scopes");
    },
    error: () => {},
  };
  registerListeners(recorder as unknown as App, {
    commands: layer,
    logger: createLogger("silent"),
    fileHosts: [],
  });
  return seen;
}

describe("manifest/slack/manifest.yaml", () => {
  const seen = registrations();

  it("is what `npm run manifests` derives from the registry (one slash command per family)", () => {
    const committed = readFileSync(SLACK_MANIFEST, "utf8");
    expect(derivedSlackManifest(committed, REGISTRY.entries)).toBe(committed);
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(
      REGISTRY.families.map((f) => f.slack.slash),
    );
  });

  it("declares exactly the slash commands the adapter registers, all on the events endpoint", () => {
    const answered = (slash: string) =>
      seen.commands.some((c) => (typeof c === "string" ? c === slash : c.test(slash)));
    const declared = manifest.features.slash_commands.map((c) => c.command);
    expect(declared.filter((slash) => !answered(slash))).toEqual([]);
    // Nothing beyond them: not a longer name, not another app's command.
    for (const slash of declared) expect(answered(`${slash}x`)).toBe(false);
    expect(answered("/unbekannt")).toBe(false);
    for (const c of manifest.features.slash_commands) {
      expect(new URL(c.url).pathname).toBe(EVENTS_PATH);
      expect(c.description.length).toBeLessThanOrEqual(100);
    }
  });

  it("subscribes exactly the bot events the adapter listens to", () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual([...seen.events].sort());
    expect(new URL(manifest.settings.event_subscriptions.request_url).pathname).toBe(EVENTS_PATH);
    expect(manifest.features.app_home.home_tab_enabled).toBe(seen.events.includes("app_home_opened"));
  });

  it("enables interactivity for the registered action and view listeners, and no shortcuts on either side", () => {
    expect(seen.actions.length).toBeGreaterThan(0);
    expect(seen.views.length).toBeGreaterThan(0);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(new URL(manifest.settings.interactivity.request_url).pathname).toBe(EVENTS_PATH);
    expect(manifest.features.shortcuts ?? []).toEqual([]);
    expect(seen.shortcuts).toEqual([]);
  });

  it("routes every family's action ids and form ids, and nothing else", () => {
    const actions = actionIdPattern(layer);
    const views = callbackIdPattern(layer);
    // Buttons by "family:action"; a field of an open form modal (checked as it is answered) by its input id.
    expect(seen.actions).toEqual([
      actions,
      { type: "block_actions", action_id: expect.any(RegExp), callback_id: views },
    ]);
    const field = (seen.actions[1] as unknown as { action_id: RegExp }).action_id;
    expect(field.test("rhythm")).toBe(true);
    expect(field.test("gremium:save")).toBe(false);
    expect(seen.views).toEqual([views]);
    for (const family of REGISTRY.families) {
      expect(actions.test(`${family.name}:save`)).toBe(true);
      expect(views.test(`${family.name}:form`)).toBe(true);
    }
    expect(actions.test("command:run")).toBe(true);
    expect(actions.test("evil:drop")).toBe(false);
    expect(views.test("command:run")).toBe(false);
  });

  it("asks for exactly the bot scopes the OAuth install requests, and no user scopes", () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual([...BOT_SCOPES].sort());
    expect(manifest.oauth_config.scopes.user ?? []).toEqual([]);
    expect(manifest.oauth_config.redirect_urls.map((u) => new URL(u).pathname)).toEqual([REDIRECT_PATH]);
  });

  it("speaks German to the workspace", () => {
    expect(manifest.display_information.name).toBe("Sozialraum-Assistent");
    expect(manifest.display_information.description).toMatch(/Sozialräumliche Arbeit/);
    expect(manifest.settings.socket_mode_enabled).toBe(false);
  });
});
