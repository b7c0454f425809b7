// The help family: the overview of every family, one family's page, and the caller's start page.
import { defineFamily, described, type Family } from "../family.js";
import { familyHelpReply, overview } from "../help.js";
import { commands } from "../messages/index.js";
import { startPage } from "./start.js";

const c = commands.hilfe;

/** What the help needs of the registry; taken lazily, since the help lists every family, itself included. */
interface Families {
  families: readonly Family[];
  find(word: string): Family | undefined;
}

export function hilfeFamily(registry: () => Families): Family {
  const all = () => registry().families;
  return defineFamily({
    name: "hilfe",
    ...described(c, "/hilfe"),
    aliases: ["help"],
    bare: async () => overview(all()),
    subcommands: [{ name: "start", ...c.subs.start, run: (_rest, ctx) => startPage(ctx) }],
    otherwise: async (line) => {
      const family = registry().find(line.trim().split(/\s+/)[0] ?? "");
      return family ? familyHelpReply(family) : overview(all());
    },
  });
}
