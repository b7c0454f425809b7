// Reads a German rhythm as people type it ("jeden 2. Dienstag im Monat 18 Uhr, nicht im August") into an RRULE.
import { rhythm as m } from "../../messages/index.js";
import { buildRule, type Gathered } from "./build.js";
import {
  isAny,
  monthOf,
  near,
  numberOf,
  ordinalOf,
  type Token,
  tokenize,
  WEEKDAYS,
  type Weekday,
  weekdayOf,
} from "./words.js";

export interface ClockTime {
  hours: number;
  minutes: number;
}

export interface Rhythm {
  /** RFC 5545 RRULE without DTSTART, e.g. "FREQ=MONTHLY;BYDAY=+2TU;BYMONTH=1,2,3,4,5,6,7,9,10,11,12". */
  rule: string;
  time?: ClockTime;
  durationMinutes?: number;
  skipSchoolHolidays: boolean;
  skipPublicHolidays: boolean;
}

export type RhythmResult =
  | {
      ok: true;
      rhythm: Rhythm;
      /** What followed the rhythm and was not part of it (the place, in a one-line setup). */
      rest: string;
    }
  | { ok: false; error: string };

export interface ReadOptions {
  now: Date;
  tz: string;
  /** Hand back text the rhythm does not explain as `rest` instead of refusing it. */
  allowRest?: boolean;
}

const FILLERS = new Set([
  ",",
  "und",
  "sowie",
  "im",
  "in",
  "den",
  "der",
  "des",
  "am",
  "an",
  "um",
  "ab",
  "von",
  "jeweils",
  "immer",
  "einmal",
  "1x",
  "1mal",
  "uhr",
  "nicht",
  "ausser",
  "ohne",
  "ausgenommen",
  "nur",
  "pro",
  "eines",
  "jedes",
  "jeden",
  "jede",
  "jeder",
  "alle",
  "frei",
  "pause",
]);

const TIME_RE = /^(\d{1,2})[:.](\d{2})$/;
const COMPOUND_RE = /^(\d+|vierzehn|zwei|drei|vier)(taegig|taegl|woechentlich|woechig|monatlich)$/;
const COMPOUND_NUMBERS: Record<string, number> = { vierzehn: 14, zwei: 2, drei: 3, vier: 4 };

const asTime = (hours: number, minutes = 0): ClockTime | undefined =>
  hours < 24 && minutes < 60 ? { hours, minutes } : undefined;

/** The state of one reading: what the words said so far. */
function gather(tokens: Token[]): { g: Gathered; stop: number } {
  const g: Gathered = {
    pairs: [],
    plainDays: [],
    pendingOrdinals: [],
    lastOrdinals: [],
    monthDays: [],
    excluded: new Set(),
    only: new Set(),
    monthly: false,
    quarterly: false,
    daily: false,
    skipSchool: false,
    skipPublic: false,
    secondWordAfterEvery: false,
  };
  let mode: "normal" | "except" | "only" = "normal";
  let lastMeaningful = -1;
  let lastKind: "day" | "month" | "time" | "other" = "other";
  const at = (k: number) => tokens[k]?.t;

  const addDay = (day: Weekday) => {
    if (g.pendingOrdinals.length) {
      for (const o of g.pendingOrdinals) g.pairs.push([o, day]);
      g.lastOrdinals = g.pendingOrdinals;
      g.pendingOrdinals = [];
    } else if (!g.plainDays.includes(day)) g.plainDays.push(day);
  };
  let lastMonth = 1;
  const addMonth = (month: number) => {
    (mode === "only" ? g.only : g.excluded).add(month);
    lastMonth = month;
  };
  /** True when, past connectors and further ordinals, a weekday follows position k. */
  const weekdayAhead = (k: number) => {
    for (let j = k; j < tokens.length; j++) {
      const t = at(j) ?? "";
      if (weekdayOf(t)) return true;
      if (t === "und" || t === "," || ordinalOf(t, true) !== undefined) continue;
      return false;
    }
    return false;
  };

  let i = 0;
  while (i < tokens.length) {
    const t = at(i) ?? "";
    const next = at(i + 1);
    let used = 0;
    let meaningful = true;
    const time = TIME_RE.exec(t);
    const compound = COMPOUND_RE.exec(t);
    const day = weekdayOf(t);
    if (time) {
      const value = asTime(Number(time[1]), Number(time[2]));
      if (!value) break;
      if (lastKind === "time" && at(i - 1) === "bis") g.end = value;
      else g.time = value;
      lastKind = "time";
      used = 1;
    } else if (
      /^\d{1,2}$/.test(t) &&
      (next === "uhr" ||
        ["um", "ab", "von"].includes(at(i - 1) ?? "") ||
        (next === "bis" && /^\d{1,2}([:.]\d{2})?$/.test(at(i + 2) ?? "")))
    ) {
      const value = asTime(Number(t));
      if (!value) break;
      if (lastKind === "time" && at(i - 1) === "bis") g.end = value;
      else g.time = value;
      lastKind = "time";
      used = 1;
    } else if (
      t === "bis" &&
      lastKind === "time" &&
      next !== undefined &&
      (TIME_RE.test(next) || /^\d{1,2}$/.test(next))
    ) {
      const n = TIME_RE.exec(next);
      const value = n ? asTime(Number(n[1]), Number(n[2])) : asTime(Number(next));
      if (!value) break;
      g.end = value;
      used = 2;
    } else if (t === "bis" && lastKind === "day" && next && weekdayOf(next)) {
      const from = WEEKDAYS.indexOf(g.plainDays.at(-1) ?? "MO");
      const to = WEEKDAYS.indexOf(weekdayOf(next) ?? "FR");
      for (let d = from; d <= to; d++) addDay(WEEKDAYS[d] ?? "MO");
      used = 2;
    } else if (t === "bis" && lastKind === "month" && next && monthOf(next)) {
      const from = lastMonth;
      const to = monthOf(next) ?? from;
      for (let mo = from; mo !== to; mo = (mo % 12) + 1) addMonth(mo);
      addMonth(to);
      used = 2;
    } else if (compound) {
      const n = COMPOUND_NUMBERS[compound[1] ?? ""] ?? Number(compound[1]);
      if (compound[2] === "monatlich") {
        g.monthly = true;
        g.monthInterval = n;
      } else g.weekInterval = compound[2]?.startsWith("taeg") ? Math.max(1, Math.round(n / 7)) : n;
      used = 1;
    } else if (day) {
      addDay(day);
      lastKind = "day";
      used = 1;
    } else if (isAny(t, "werktags", "werktag", "wochentags")) {
      for (const d of WEEKDAYS.slice(0, 5)) addDay(d);
      used = 1;
    } else if (t === "alle" && next !== undefined && numberOf(next) !== undefined) {
      const n = numberOf(next) ?? 1;
      const unit = at(i + 2) ?? "";
      if (isAny(unit, "wochen", "woche")) g.weekInterval = n;
      else if (isAny(unit, "tage", "tag")) g.weekInterval = Math.max(1, Math.round(n / 7));
      else if (isAny(unit, "monate", "monat")) {
        g.monthly = true;
        g.monthInterval = n;
      } else break;
      used = 3;
    } else if (ordinalOf(t) !== undefined || (/^\d$/.test(t) && weekdayAhead(i + 1))) {
      const n = ordinalOf(t, true) ?? 1;
      if (next && isAny(next, "woche", "wochen")) {
        g.weekInterval = n;
        used = 2;
      } else if (next && isAny(next, "monat", "monats")) {
        g.monthly = true;
        g.monthInterval = n;
        used = 2;
      } else if (weekdayAhead(i + 1)) {
        if (n === 2 && /^zweit/.test(t) && ["jeden", "jede", "jeder"].includes(at(i - 1) ?? ""))
          g.secondWordAfterEvery = true;
        g.pendingOrdinals.push(n);
        used = 1;
      } else if (/^\d{1,2}\.$/.test(t) && n >= 1 && n <= 31) {
        g.monthDays.push(n);
        g.monthly = true;
        used = 1;
      } else break;
    } else if (monthOf(t) && (mode !== "normal" || ["im", "in", "und", ","].includes(at(i - 1) ?? ""))) {
      addMonth(monthOf(t) ?? 1);
      lastKind = "month";
      used = 1;
    } else if (isAny(t, "schulferien", "ferien", "ferienzeit", "ferienzeiten")) {
      g.skipSchool = true;
      used = 1;
    } else if (isAny(t, "feiertagen", "feiertage", "feiertag", "feiertags")) {
      g.skipPublic = true;
      used = 1;
    } else if (isAny(t, "woechentlich", "woche")) {
      g.weekInterval ??= 1;
      used = 1;
    } else if (isAny(t, "taeglich")) {
      g.daily = true;
      used = 1;
    } else if (isAny(t, "monatlich", "monat", "monats")) {
      g.monthly = true;
      used = 1;
    } else if (isAny(t, "vierteljaehrlich", "quartalsweise", "quartal", "quartals", "quartalsmaessig")) {
      g.quarterly = true;
      used = 1;
    } else if (FILLERS.has(t) || near(t, "ausser")) {
      if (["nicht", "ausser", "ohne", "ausgenommen"].includes(t) || near(t, "ausser")) mode = "except";
      if (t === "nur") mode = "only";
      // "Uhr" belongs to the time before it; other fillers only to what follows them.
      meaningful = (t === "uhr" && lastKind === "time") || (t === "nicht" && lastMeaningful === i - 1);
      used = 1;
    } else break;
    if (meaningful) lastMeaningful = i + used - 1;
    i += used;
  }
  return { g, stop: lastMeaningful + 1 };
}

/** The words after the rhythm, as typed (commas and fillers at the seam dropped). */
function restOf(words: string[], tokens: Token[], stop: number): string {
  const first = tokens[stop];
  if (!first) return "";
  const prev = tokens[stop - 1];
  const from = prev && prev.word === first.word ? first.word + 1 : first.word;
  return words
    .slice(from)
    .join(" ")
    .replace(/^[,;:\s]+/, "")
    .trim();
}

export function readRhythm(text: string, options: ReadOptions): RhythmResult {
  const { raw, tokens } = tokenize(text);
  if (tokens.length === 0) return { ok: false, error: m.empty };
  const { g, stop } = gather(tokens);
  if (stop === 0) return { ok: false, error: m.unknown(text.trim()) };
  const rest = restOf(raw, tokens, stop);
  if (rest && !options.allowRest) return { ok: false, error: m.notUnderstood(rest) };
  const built = buildRule(g);
  if (!built.ok) return built;
  const durationMinutes =
    g.time && g.end
      ? (g.end.hours * 60 + g.end.minutes - g.time.hours * 60 - g.time.minutes + 1440) % 1440 || undefined
      : undefined;
  return {
    ok: true,
    rest,
    rhythm: {
      rule: built.rule,
      ...(g.time ? { time: g.time } : {}),
      ...(durationMinutes ? { durationMinutes } : {}),
      skipSchoolHolidays: g.skipSchool,
      skipPublicHolidays: g.skipPublic,
    },
  };
}

/** Where a one-line setup's rhythm begins: the first word that can only start a rhythm. */
export function rhythmStart(text: string): number {
  const { raw, tokens } = tokenize(text);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]?.t ?? "";
    const next = tokens[k + 1]?.t;
    const starts =
      ["jeden", "jede", "jeder", "jedes", "alle", "einmal", "1x"].includes(t) ||
      COMPOUND_RE.test(t) ||
      isAny(t, "woechentlich", "monatlich", "taeglich", "werktags", "vierteljaehrlich", "quartalsweise") ||
      (/s$/.test(t) && weekdayOf(t) !== undefined && t.length > 4) ||
      (ordinalOf(t) !== undefined && next !== undefined && weekdayOf(next) !== undefined) ||
      (t === "am" && next !== undefined && (weekdayOf(next) !== undefined || ordinalOf(next) !== undefined));
    if (starts) return raw.slice(0, tokens[k]?.word ?? 0).join(" ").length;
  }
  return -1;
}
