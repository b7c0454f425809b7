// How a command family declares itself: its words, sub-commands, buttons, forms and jobs, in one place.
// Dispatch, Slack's slash commands, both manifests, the help and the scheduler are derived from these.
import type { SubmitInput } from "../conversation/input.js";
import type { Element, Reply } from "../conversation/reply.js";
import type { JobHandler } from "../scheduler/worker.js";
import type { Ctx } from "./context.js";

export interface Subcommand {
  /** The word as folded by `foldCommandWord` ("naechste" for „nächste“). */
  name: string;
  /** Further folded words for the same sub-command ("list", "nachste"). */
  aliases?: readonly string[];
  /** The help line: what to type, e.g. „gremium absagen <Name> <Datum>“. */
  usage: string;
  /** One German sentence for the help. */
  summary: string;
  /**
   * Only team leads or admins may run it, or ("owner") also whoever created the thing it changes;
   * shown in the help, the handler still checks.
   */
  audience?: "lead" | "admin" | "owner";
  /** False: the line is not this sub-command after all (e.g. "Liste … 2h" is a quick entry). */
  claims?(rest: string): boolean;
  /** Runs with the rest of the line; `typed` is the sub-command word as the caller wrote it. */
  run(rest: string, ctx: Ctx, typed: string): Promise<Reply>;
}

export type ActionHandler = (value: string | undefined, ctx: Ctx) => Promise<Reply>;
export type FormHandler = (submitted: SubmitInput, ctx: Ctx) => Promise<Reply>;

/** How Slack users reach the family: its own slash command (the manifest is checked against it). */
export interface SlackEntry {
  slash: string;
  /** Slack's short description in the command list (at most 100 characters). */
  description: string;
}

export interface FamilyDeclaration {
  /** The folded command word, also the prefix of every action and form id ("gremium"). */
  name: string;
  /** How it is written for people („gremium“, „aktivität“). */
  title: string;
  /** Further folded words that reach the family ("aktivitat"). */
  aliases?: readonly string[];
  /** One German sentence for the general help. */
  summary: string;
  /** An example line for the help, without the family word („2h Elterncafé @Nordstadt #projekt“). */
  example?: string;
  slack: SlackEntry;
  subcommands: readonly Subcommand[];
  /** The bare command (no text); without it the family's help is shown. */
  bare?(ctx: Ctx): Promise<Reply>;
  /** What the bare command does, for the help („öffnet das Formular“). */
  bareSummary?: string;
  /** More of the family's own help below the sub-commands (examples, tags). */
  helpExtra?(): Element[];
  /** A line whose first word is no sub-command (the quick entry); without it: "unknown" plus help. */
  otherwise?(line: string, ctx: Ctx): Promise<Reply>;
  /** Button handlers by full action id ("gremium:going"). */
  actions?: Readonly<Record<string, ActionHandler>>;
  /** Form submissions by full form id ("gremium:save"). */
  forms?: Readonly<Record<string, FormHandler>>;
  /**
   * One field checked as it is filled in, by form id: only forms named here check, and only they are sent
   * with Form.checksEachField (dispatch derives it). A check for any other form saves nothing and answers
   * without errors, so a check can never become a save.
   */
  checks?: Readonly<Record<string, FormHandler>>;
  /** Scheduler job handlers by job kind. */
  jobs?: Readonly<Record<string, JobHandler>>;
}

export interface Family extends FamilyDeclaration {
  /** Finds the sub-command a folded word names, or undefined. */
  subcommand(word: string): Subcommand | undefined;
}

/** The catalogue's texts of a family (messages/commands.ts) as the declaration's help fields. */
export function described(
  texts: { title: string; summary: string; slack: string; example?: string },
  slash: string,
): Pick<FamilyDeclaration, "title" | "summary" | "example" | "slack"> {
  return {
    title: texts.title,
    summary: texts.summary,
    ...(texts.example ? { example: texts.example } : {}),
    slack: { slash, description: texts.slack },
  };
}

/** "Nächste" -> "naechste": how a typed command word is compared (case and umlauts either way). */
export function foldCommandWord(word: string): string {
  return word
    .trim()
    .replace(/^\//, "")
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss");
}

function assertNamespaced(family: string, kind: string, ids: readonly string[]): void {
  for (const id of ids) {
    if (!id.startsWith(`${family}:`)) throw new Error(`${kind} id ${id} of ${family} lacks the prefix`);
  }
}

/** Declares a family; throws at start-up when ids are not namespaced or words are taken twice. */
export function defineFamily(declaration: FamilyDeclaration): Family {
  assertNamespaced(declaration.name, "action", Object.keys(declaration.actions ?? {}));
  assertNamespaced(declaration.name, "form", Object.keys(declaration.forms ?? {}));
  assertNamespaced(declaration.name, "form", Object.keys(declaration.checks ?? {}));
  const byWord = new Map<string, Subcommand>();
  for (const sub of declaration.subcommands) {
    for (const word of [sub.name, ...(sub.aliases ?? [])]) {
      if (byWord.has(word)) throw new Error(`${declaration.name}: sub-command word ${word} declared twice`);
      byWord.set(word, sub);
    }
  }
  return { ...declaration, subcommand: (word) => byWord.get(word) };
}
