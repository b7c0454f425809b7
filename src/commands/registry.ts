// The one list of what exists. A new family is one folder plus one line in FAMILIES; routing, Slack's
// slash commands, the manifests, the help and the scheduler's job handlers are all derived from it.
import type { CommandEntry } from "../conversation/layer.js";
import type { JobHandler } from "../scheduler/worker.js";
import { aktivitaetFamily } from "./aktivitaet/index.js";
import { angebotFamily } from "./angebot/index.js";
import { bedarfFamily } from "./bedarf/index.js";
import { datenschutzFamily } from "./datenschutz/index.js";
import { type Family, foldCommandWord } from "./family.js";
import { gremiumFamily } from "./gremium/index.js";
import { hilfeFamily } from "./hilfe/index.js";
import { kooperationFamily } from "./kooperation/index.js";
import { partnerFamily } from "./partner/index.js";
import { sozialraumFamily } from "./sozialraum/index.js";

export interface Registry {
  families: readonly Family[];
  /** The family a typed word names ("/Aktivität", "aktivitaet"), or undefined. */
  find(word: string): Family | undefined;
  /** The family an action or form id ("gremium:going") belongs to. */
  ofId(namespacedId: string): Family | undefined;
  /** Each family's entry point: Slack's slash commands and the Teams command list. */
  entries: readonly CommandEntry[];
  /** Every family's job handlers by kind: what `createScheduler({ handlers })` runs. */
  jobs: Readonly<Record<string, JobHandler>>;
}

/** Checks that no word, slash command or job kind is declared twice, and indexes the families. */
export function createRegistry(families: readonly Family[]): Registry {
  const byWord = new Map<string, Family>();
  const jobs: Record<string, JobHandler> = {};
  const slashes = new Set<string>();
  for (const family of families) {
    for (const word of [family.name, ...(family.aliases ?? [])]) {
      if (byWord.has(word)) throw new Error(`command word ${word} declared by two families`);
      byWord.set(word, family);
    }
    if (slashes.has(family.slack.slash))
      throw new Error(`slash command ${family.slack.slash} declared twice`);
    slashes.add(family.slack.slash);
    for (const [kind, handler] of Object.entries(family.jobs ?? {})) {
      if (jobs[kind]) throw new Error(`job kind ${kind} declared twice`);
      jobs[kind] = handler;
    }
  }
  const byName = new Map(families.map((f) => [f.name, f]));
  return {
    families,
    find: (word) => byWord.get(foldCommandWord(word)),
    ofId(namespacedId) {
      const i = namespacedId.indexOf(":");
      return i < 0 ? undefined : byName.get(namespacedId.slice(0, i));
    },
    entries: families.map((f) => ({
      family: f.name,
      slash: f.slack.slash,
      description: f.slack.description,
      usageHint: f.example ?? "",
    })),
    jobs,
  };
}

export const FAMILIES: readonly Family[] = [
  aktivitaetFamily,
  gremiumFamily,
  kooperationFamily,
  bedarfFamily,
  angebotFamily,
  partnerFamily,
  sozialraumFamily,
  datenschutzFamily,
  hilfeFamily(() => REGISTRY),
];

export const REGISTRY: Registry = createRegistry(FAMILIES);
export const JOB_HANDLERS = REGISTRY.jobs;
