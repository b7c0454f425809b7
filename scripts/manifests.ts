// Writes the command lists of both app manifests from the registry: `npm run manifests`.
// The manifest tests compare the committed files with what this derives, so they never drift apart.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseDocument } from "yaml";
import { REGISTRY } from "../src/commands/registry.js";
import type { CommandEntry } from "../src/conversation/layer.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const SLACK_MANIFEST = join(root, "manifest", "slack", "manifest.yaml");
export const TEAMS_MANIFEST = join(root, "manifest", "teams", "manifest.json");
const EVENTS_URL = "https://assistent.example.org/slack/events";
/** Teams allows ten commands per list and 128 characters per description. */
const TEAMS_MAX_COMMANDS = 10;

export function slackSlashCommands(entries: readonly CommandEntry[]) {
  return entries.map((e) => ({
    command: e.slash,
    url: EVENTS_URL,
    description: e.description,
    usage_hint: e.usageHint,
    should_escape: false,
  }));
}

export function teamsCommandLists(entries: readonly CommandEntry[]) {
  return [
    {
      scopes: ["personal", "team", "groupChat"],
      commands: entries
        .slice(0, TEAMS_MAX_COMMANDS)
        .map((e) => ({ title: e.family, description: e.description })),
    },
  ];
}

/** The Slack manifest's text with its slash commands replaced (comments and order kept). */
export function derivedSlackManifest(text: string, entries: readonly CommandEntry[]): string {
  const doc = parseDocument(text);
  doc.setIn(["features", "slash_commands"], slackSlashCommands(entries));
  return doc.toString({ lineWidth: 110 });
}

export function derivedTeamsManifest(text: string, entries: readonly CommandEntry[]): string {
  const manifest = JSON.parse(text) as { bots: { commandLists?: unknown }[] };
  for (const bot of manifest.bots) bot.commandLists = teamsCommandLists(entries);
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  writeFileSync(SLACK_MANIFEST, derivedSlackManifest(readFileSync(SLACK_MANIFEST, "utf8"), REGISTRY.entries));
  writeFileSync(TEAMS_MANIFEST, derivedTeamsManifest(readFileSync(TEAMS_MANIFEST, "utf8"), REGISTRY.entries));
  console.log(`Befehle aus dem Register in ${SLACK_MANIFEST} und ${TEAMS_MANIFEST} geschrieben.`);
}
