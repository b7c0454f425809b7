// The help family: the overview of every family, one family's page, and the caller's start page.
import { defineFamily, described, type Family, foldCommandWord } from "../family.js";
import { familyHelpReply, overview } from "../help.js";
import { commands } from "../messages/index.js";
import { startPage } from "./start.js";

const c = commands.hilfe;

/** Takes the registry lazily: the help lists every family, itself included. */
export function hilfeFamily(all: () => readonly Family[]): Family {
  const named = (line: string) => {
    const word = foldCommandWord(line.trim().split(/\s+/)[0] ?? "");
    return all().find((f) => f.name === word || f.aliases?.includes(word));
  };
  return defineFamily({
    name: "hilfe",
    ...described(c, "/hilfe"),
    aliases: ["help"],
    bare: async () => overview(all()),
    subcommands: [{ name: "start", ...c.subs.start, run: (_rest, ctx) => startPage(ctx) }],
    otherwise: async (line) => {
      const family = named(line);
      return family ? familyHelpReply(family) : overview(all());
    },
  });
}
