// `npx tsx scripts/dictionary-words.ts de DIR` / `… en DIR`: rebuilds the word forms the privacy guard reads as "no
// name" (src/commands/privacy/lexicon/LANG-words.txt.gz) from the Hunspell dictionary in DIR, the unpacked npm package
// (`npm pack dictionary-de@3.0.0`, `npm pack dictionary-en@4.0.0`, by Titus Wormer):
// - de: de_DE from igerman98 by Björn Jacke, GPL-2.0 OR GPL-3.0;
// - en: en_US from SCOWL by Kevin Atkinson, MIT AND BSD; only its lower-case stems, as its capitalised ones are
//   names and places ("Tamara", "Sverre"), which the guard must not take for words.
// Each stem is expanded by its affix rules into its forms; the forms are folded as the guard folds words
// (foldName), one a line. Compounds the dictionary does not list are split at run time (dictionary.ts).
import { readFileSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { foldName } from "../src/commands/privacy/names.js";

interface Rule {
  prefix: boolean;
  cross: boolean;
  entries: { strip: string; add: string; flags: string; condition: RegExp }[];
}

function readRules(aff: string[]): Map<string, Rule> {
  const rules = new Map<string, Rule>();
  for (let i = 0; i < aff.length; i++) {
    const head = (aff[i] ?? "").trim().split(/\s+/);
    const count = Number(head[3]);
    if (!(head[0] === "SFX" || head[0] === "PFX") || !/^[YN]$/.test(head[2] ?? "") || !(count > 0)) continue;
    const prefix = head[0] === "PFX";
    const rule: Rule = { prefix, cross: head[2] === "Y", entries: [] };
    for (let k = 1; k <= count; k++) {
      const [, , strip = "0", addWithFlags = "0", condition = "."] = (aff[i + k] ?? "").trim().split(/\s+/);
      const [add = "0", flags = ""] = addWithFlags.split("/");
      rule.entries.push({
        strip: strip === "0" ? "" : strip,
        add: add === "0" ? "" : add,
        flags,
        condition: new RegExp(prefix ? `^${condition}` : `${condition}$`, "u"),
      });
    }
    rules.set(head[1] ?? "", rule);
    i += count;
  }
  return rules;
}

function affixed(word: string, flags: string[], rules: Map<string, Rule>, crossOnly: boolean) {
  const out: { word: string; flags: string; rule: Rule }[] = [];
  for (const flag of flags) {
    const rule = rules.get(flag);
    if (!rule || (crossOnly && !(rule.prefix && rule.cross))) continue;
    for (const e of rule.entries) {
      if (!e.condition.test(word)) continue;
      if (rule.prefix && word.startsWith(e.strip))
        out.push({ word: e.add + word.slice(e.strip.length), flags: e.flags, rule });
      if (!rule.prefix && word.endsWith(e.strip))
        out.push({ word: word.slice(0, word.length - e.strip.length) + e.add, flags: e.flags, rule });
    }
  }
  return out;
}

function expand(dir: string, lowerStemsOnly: boolean): Set<string> {
  const rules = readRules(readFileSync(`${dir}/index.aff`, "utf8").split("\n"));
  const forms = new Set<string>();
  for (const line of readFileSync(`${dir}/index.dic`, "utf8").split("\n").slice(1)) {
    if (!line || /^\s/.test(line)) continue;
    const [stem = "", flagText = ""] = line.trim().split("/");
    const flags = [...flagText];
    // d: a forbidden word; h: a stem that needs an affix; o: only inside a compound; z: a compound's end.
    if (flags.includes("d") || (lowerStemsOnly && !/^\p{Ll}/u.test(stem))) continue;
    const suffixed = affixed(stem, flags, rules, false);
    const all = [{ word: stem, flags: flagText }, ...suffixed];
    for (const s of suffixed)
      if (s.rule.cross && !s.rule.prefix) all.push(...affixed(s.word, flags, rules, true));
    for (const { word, flags: own } of all) {
      const form = foldName(word.replace(/^-|-$/g, ""));
      if (form.length < 2) continue;
      const f = word === stem ? flags : [...own];
      const alone = !f.includes("o") && !(word === stem && flags.includes("h"));
      if (alone || f.includes("z")) forms.add(form);
    }
  }
  return forms;
}

const [lang, dir] = process.argv.slice(2);
if (!(lang === "de" || lang === "en") || !dir)
  throw new Error("usage: npx tsx scripts/dictionary-words.ts de|en DIR (the unpacked dictionary package)");
const lines = [...expand(dir, lang === "en")].sort();
const target = new URL(`../src/commands/privacy/lexicon/${lang}-words.txt.gz`, import.meta.url);
writeFileSync(target, gzipSync(`${lines.join("\n")}\n`, { level: 9 }));
console.log(`${lines.length} forms -> ${target.pathname}`);
