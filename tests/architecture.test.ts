// Dependencies point one way: conversation model and guarded GET (src/net) < commands < adapters; the
// scheduler never imports the command layer; everything outside the store goes through src/store/index.ts.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = normalize(join(import.meta.dirname, "..", "src"));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every relative import of a file, static or dynamic, as a path under src ("commands/registry.ts"). */
function importsOf(file: string, source: string): string[] {
  const specifiers = [
    ...source.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["'](\.{1,2}\/[^"']+)["']/g),
  ].map((m) => m[1] ?? "");
  return specifiers.map((s) => relative(SRC, normalize(join(dirname(file), s.replace(/\.js$/, ".ts")))));
}

interface Rule {
  name: string;
  applies(from: string): boolean;
  forbids(to: string): boolean;
}

const under = (dir: string) => (path: string) => path === dir || path.startsWith(`${dir}/`);

const RULES: Rule[] = [
  { name: "src/commands imports nothing from src/bot", applies: under("commands"), forbids: under("bot") },
  {
    name: "src/scheduler imports nothing from src/commands or src/bot",
    applies: under("scheduler"),
    forbids: (to) => under("commands")(to) || under("bot")(to),
  },
  {
    name: "the neutral model (src/conversation) sits below commands, scheduler and adapters",
    applies: under("conversation"),
    forbids: (to) => under("commands")(to) || under("bot")(to) || under("scheduler")(to),
  },
  {
    name: "the guarded GET (src/net) sits below commands, scheduler and adapters",
    applies: under("net"),
    forbids: (to) => under("commands")(to) || under("bot")(to) || under("scheduler")(to),
  },
  {
    name: "outside src/store, the store is reached only through src/store/index.ts",
    applies: (from) => !under("store")(from),
    forbids: (to) => under("store")(to) && to !== "store/index.ts",
  },
];

function violations(graph: { from: string; to: string }[]): string[] {
  return RULES.flatMap((rule) =>
    graph
      .filter((e) => rule.applies(e.from) && rule.forbids(e.to))
      .map((e) => `${rule.name}: ${e.from} -> ${e.to}`),
  );
}

describe("architecture", () => {
  const graph = filesUnder(SRC).flatMap((file) =>
    importsOf(file, readFileSync(file, "utf8")).map((to) => ({ from: relative(SRC, file), to })),
  );

  it("reads the import graph of src (so the rules below have something to check)", () => {
    expect(graph.length).toBeGreaterThan(300);
    expect(graph).toContainEqual({ from: "app.ts", to: "commands/registry.ts" });
  });

  it("keeps every dependency rule", () => {
    expect(violations(graph)).toEqual([]);
  });

  it("would notice a broken rule", () => {
    expect(
      violations([
        { from: "commands/gremium/view.ts", to: "bot/slack/render.ts" },
        { from: "scheduler/worker.ts", to: "commands/registry.ts" },
        { from: "conversation/reply.ts", to: "commands/messages/index.ts" },
        { from: "net/guarded-get.ts", to: "commands/sozialraum/ical.ts" },
        { from: "bot/teams/deliver.ts", to: "store/repos/activities.ts" },
        { from: "store/repos/activities.ts", to: "store/schema/index.ts" },
      ]),
    ).toHaveLength(5);
  });
});
