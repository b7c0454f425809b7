// The privacy guard measured on written corpora, through the entry path of each field: an activity line
// is guarded as typed and again after the parser split it into fields; other fields as typed.
import { describe, expect, it } from "vitest";
import { fromQuickEntry } from "../../src/commands/aktivitaet/draft.js";
import { guardDraft } from "../../src/commands/aktivitaet/guard.js";
import { parseQuickEntry, type QuickContext } from "../../src/commands/aktivitaet/parse/quick.js";
import { findPersonalData, type PersonalDataKind } from "../../src/commands/privacy/index.js";
import { PRIVACY_CORPUS, type PrivacyCase, type PrivacyKind } from "../corpora/privacy.js";
import { PRIVACY_DEV4 } from "../corpora/privacy-dev4.js";
import { PRIVACY_DEV5 } from "../corpora/privacy-dev5.js";
import { PRIVACY_DEV6 } from "../corpora/privacy-dev6.js";
import { PRIVACY_DEV7 } from "../corpora/privacy-dev7.js";
import { PRIVACY_FRESH } from "../corpora/privacy-fresh.js";
import { PRIVACY_FRESH2 } from "../corpora/privacy-fresh2.js";
import { PRIVACY_FRESH3 } from "../corpora/privacy-fresh3.js";
import { PRIVACY_FRESH4 } from "../corpora/privacy-fresh4.js";
import { PRIVACY_FRESH5 } from "../corpora/privacy-fresh5.js";
import { PRIVACY_FRESH6 } from "../corpora/privacy-fresh6.js";
import { PRIVACY_FRESH7 } from "../corpora/privacy-fresh7.js";
import { PRIVACY_FRESH8 } from "../corpora/privacy-fresh8.js";
import { PRIVACY_FRESH9 } from "../corpora/privacy-fresh9.js";
import { PRIVACY_FRESH10, PRIVACY_FRESH10_TEAM } from "../corpora/privacy-fresh10.js";
import { PRIVACY_FRESH11, PRIVACY_FRESH11_TEAM } from "../corpora/privacy-fresh11.js";
import { PRIVACY_HOLDOUT } from "../corpora/privacy-holdout.js";

const YEAR = 2026;
const ctx: QuickContext = {
  today: "2026-11-25",
  districts: [
    { id: 1, name: "Nordstadt" },
    { id: 2, name: "Südstadt" },
  ],
  partners: [
    { id: 1, name: "Grundschule am Park", type: "school" },
    { id: 2, name: "Jugendhaus Mitte", type: "youth_welfare" },
    { id: 3, name: "TSV Nord", type: "club" },
  ],
};

const KIND: Record<PrivacyKind, PersonalDataKind> = {
  birth_date: "birthdate",
  person_name: "name",
  family_name: "family",
  kinship_name: "kinship",
  phone: "phone",
  email: "email",
  street_address: "address",
  iban: "iban",
  insurance_number: "insurance",
  file_number: "file_number",
};

/**
 * What the user would be told: the kinds flagged on the way in (empty: saved without a question). `roster`: the
 * team's display names, as the app hands them to every guard (Ctx.colleagues); absent, the guard knows no colleagues.
 */
function flagged(c: Pick<PrivacyCase, "text" | "field">, roster?: readonly string[]): Set<PersonalDataKind> {
  const kinds = new Set(
    findPersonalData(c.text, { referenceYear: YEAR, colleagues: roster }).map((h) => h.kind),
  );
  if (c.field === "activity_title") {
    const guard = guardDraft(fromQuickEntry(parseQuickEntry(c.text, ctx)), YEAR, roster);
    for (const hits of Object.values(guard.byField)) for (const h of hits ?? []) kinds.add(h.kind);
  }
  return kinds;
}

interface Tally {
  caught: number;
  missed: number;
  falseAlarms: number;
  clean: number;
}

/** A corpus written with a team in mind may come with its roster: the team's display names. */
function measure(corpus: readonly PrivacyCase[], roster?: readonly string[]) {
  const total: Tally = { caught: 0, missed: 0, falseAlarms: 0, clean: 0 };
  const byKind = new Map<PrivacyKind, { present: number; named: number; caught: number }>();
  const byField = new Map<string, Tally>();
  for (const c of corpus) {
    const kinds = flagged(c, roster);
    if (process.env.CORPUS_MISSES && c.clientData !== kinds.size > 0)
      console.log(
        `  ${c.clientData ? "missed" : "false alarm"} [${c.kinds.join(",")}] ${[...kinds].join(",")}: ${c.text}`,
      );
    const field = byField.get(c.field) ?? { caught: 0, missed: 0, falseAlarms: 0, clean: 0 };
    byField.set(c.field, field);
    for (const t of [total, field]) {
      if (c.clientData && kinds.size > 0) t.caught++;
      else if (c.clientData) t.missed++;
      else if (kinds.size > 0) t.falseAlarms++;
      else t.clean++;
    }
    for (const k of c.kinds) {
      const row = byKind.get(k) ?? { present: 0, named: 0, caught: 0 };
      row.present++;
      if (kinds.size > 0) row.caught++;
      if (kinds.has(KIND[k])) row.named++;
      byKind.set(k, row);
    }
  }
  return { total, byKind, byField };
}

const pct = (a: number, b: number) => (b === 0 ? "–" : `${((100 * a) / b).toFixed(1)} %`);

function report(name: string, m: ReturnType<typeof measure>): void {
  const { total } = m;
  const lines = [
    `${name}: client data caught ${total.caught}/${total.caught + total.missed} (${pct(total.caught, total.caught + total.missed)}), false alarms ${total.falseAlarms}/${total.falseAlarms + total.clean} (${pct(total.falseAlarms, total.falseAlarms + total.clean)})`,
    "  confusion: flagged | not flagged",
    `  client data  ${total.caught} | ${total.missed}`,
    `  clean        ${total.falseAlarms} | ${total.clean}`,
    "  per kind (caught at all / named as that kind):",
    ...[...m.byKind].map(
      ([k, r]) => `    ${k}: ${r.caught}/${r.present} caught, ${r.named}/${r.present} named as ${KIND[k]}`,
    ),
    "  per field (caught, missed, false alarms, clean):",
    ...[...m.byField].map(([f, t]) => `    ${f}: ${t.caught}, ${t.missed}, ${t.falseAlarms}, ${t.clean}`),
  ];
  console.log(lines.join("\n"));
}

describe("privacy guard on the corpus", () => {
  it("has a corpus of the size the issue asks for", () => {
    expect(PRIVACY_CORPUS.filter((c) => c.clientData).length).toBeGreaterThanOrEqual(80);
    expect(PRIVACY_CORPUS.filter((c) => !c.clientData).length).toBeGreaterThanOrEqual(70);
  });

  // No corpus: two lines that show the roster reaches both guard calls of a quick entry (as typed and as parsed).
  it("hands a corpus's team roster to every guard call", () => {
    const lines: PrivacyCase[] = [
      { text: "1h Übergabe an Jana @Nordstadt", field: "activity_title", clientData: false, kinds: [] },
      { text: "Tobias übernimmt das Protokoll", field: "meeting_log", clientData: false, kinds: [] },
    ];
    expect(measure(lines).total.falseAlarms).toBe(2);
    // The parsed title ("Übergabe an Jana") is guarded again: with the roster given only to the typed line, the
    // first would still be a false alarm.
    expect(measure(lines, ["jana.k", "Tobias Brandt"]).total.falseAlarms).toBe(0);
  });

  it("catches at least 97 % of client data and raises at most 3 % false alarms", () => {
    const m = measure(PRIVACY_CORPUS);
    report("corpus", m);
    const { caught, missed, falseAlarms, clean } = m.total;
    expect(caught / (caught + missed)).toBeGreaterThanOrEqual(0.97);
    expect(falseAlarms / (falseAlarms + clean)).toBeLessThanOrEqual(0.03);
  });

  // Written by someone who never saw the guard. It was held out until the guard reached 92.1 % / 20.7 %
  // on it; since then it is a development set: its errors were fixed by general rules (see people.ts and
  // numbers.ts), not by its words. The floor is the level reached (no miss, no false alarm); a fresh
  // unseen corpus measures how well that generalises.
  it("holds its level on the held-out corpus", () => {
    const m = measure(PRIVACY_HOLDOUT);
    report("held-out", m);
    const { caught, missed, falseAlarms, clean } = m.total;
    expect(caught / (caught + missed)).toBeGreaterThanOrEqual(0.99);
    expect(falseAlarms / (falseAlarms + clean)).toBeLessThanOrEqual(0.01);
  });

  // Written on 2026-12-02 by someone who saw neither the guard nor the other corpora, and measured once
  // after the guard was then last changed (93 % / 2 %): that was its out-of-sample figure. Since 2026-12-03
  // it is a development set, tuned on by general rules; the floor is the level reached.
  it("holds its level on the first fresh corpus", () => {
    const m = measure(PRIVACY_FRESH);
    report("fresh", m);
    const { caught, missed, falseAlarms, clean } = m.total;
    expect(caught / (caught + missed)).toBeGreaterThanOrEqual(FRESH_FLOOR.caught);
    expect(falseAlarms / (falseAlarms + clean)).toBeLessThanOrEqual(FRESH_FLOOR.falseAlarms);
  });

  // A second corpus written the same way and measured once unseen (94 % / 1 %). The lead then used it for
  // tuning, so it is now a development set too; the floor is the level reached.
  it("holds its level on the second fresh corpus", () => {
    const m = measure(PRIVACY_FRESH2);
    report("fresh2", m);
    const { caught, missed, falseAlarms, clean } = m.total;
    expect(caught / (caught + missed)).toBeGreaterThanOrEqual(FRESH2_FLOOR.caught);
    expect(falseAlarms / (falseAlarms + clean)).toBeLessThanOrEqual(FRESH2_FLOOR.falseAlarms);
  });

  // Written for tuning, on the kinds the blind set's aggregate figures named weakest (kinship words and
  // households with a name, people entered as partners; officials, institutions named after people,
  // institutional contact data and meeting dates as false alarms). Before the rules it was written for:
  // 50/65 caught (76.9 %), 7/93 false alarms (7.5 %).
  it("holds its level on the fourth development corpus", () => {
    const m = measure(PRIVACY_DEV4);
    report("dev4", m);
    const { caught, missed, falseAlarms, clean } = m.total;
    expect(caught / (caught + missed)).toBeGreaterThanOrEqual(DEV4_FLOOR.caught);
    expect(falseAlarms / (falseAlarms + clean)).toBeLessThanOrEqual(DEV4_FLOOR.falseAlarms);
  });

  // Written for tuning on the causes of fresh3's misses (lower-case surnames after km/kv, Frau/Herr and
  // kinship words, "Fam.", household words, a child spoken about after a role) and their false alarms.
  it("holds its level on the fifth development corpus", () => {
    const m = measure(PRIVACY_DEV5);
    report("dev5", m);
    const { caught, missed, falseAlarms, clean } = m.total;
    expect(caught / (caught + missed)).toBeGreaterThanOrEqual(DEV5_FLOOR.caught);
    expect(falseAlarms / (falseAlarms + clean)).toBeLessThanOrEqual(DEV5_FLOOR.falseAlarms);
  });

  // Written on 2026-12-03 by someone who saw neither the guard nor the other corpora's cases; measured blind
  // twice by the lead (before and after that day's rules). Used up as a blind set since; now a development set,
  // tuned on by general rules. The floor is the level reached.
  it("holds its level on the third fresh corpus", () => {
    const m = measure(PRIVACY_FRESH3);
    report("fresh3", m);
    const { caught, missed, falseAlarms, clean } = m.total;
    expect(caught / (caught + missed)).toBeGreaterThanOrEqual(FRESH3_FLOOR.caught);
    expect(falseAlarms / (falseAlarms + clean)).toBeLessThanOrEqual(FRESH3_FLOOR.falseAlarms);
  });

  // Written on 2026-12-03 (fifth session) by someone who saw neither the guard nor the other corpora's cases.
  // Measured blind twice, by the lead only: before and after the rules tuned on fresh3 and dev5. Used up as a blind
  // set since; now a development set, tuned on by general rules. The floor is the level reached.
  it("holds its level on the fourth fresh corpus", () => {
    const m = measure(PRIVACY_FRESH4);
    report("fresh4", m);
    const { caught, missed, falseAlarms, clean } = m.total;
    expect(caught / (caught + missed)).toBeGreaterThanOrEqual(FRESH4_FLOOR.caught);
    expect(falseAlarms / (falseAlarms + clean)).toBeLessThanOrEqual(FRESH4_FLOOR.falseAlarms);
  });
  // Written for tuning on the causes of fresh4's misses and false alarms (see its header).
  it("holds its level on the sixth development corpus", () => {
    const m = measure(PRIVACY_DEV6);
    report("dev6", m);
    const { caught, missed, falseAlarms, clean } = m.total;
    expect(caught / (caught + missed)).toBeGreaterThanOrEqual(DEV6_FLOOR.caught);
    expect(falseAlarms / (falseAlarms + clean)).toBeLessThanOrEqual(DEV6_FLOOR.falseAlarms);
  });

  it("reaches its measured level on the seventh development corpus", () => {
    const m = measure(PRIVACY_DEV7);
    report("dev7", m);
    const { caught, missed, falseAlarms, clean } = m.total;
    expect(caught / (caught + missed)).toBeGreaterThanOrEqual(DEV7_FLOOR.caught);
    expect(falseAlarms / (falseAlarms + clean)).toBeLessThanOrEqual(DEV7_FLOOR.falseAlarms);
  });

  // Blind: written on 2026-12-03 (fifth session, second round) by someone who saw neither the guard nor the
  // other corpora's cases. Measured twice, by the lead only: before and after the rules tuned on fresh4/dev6
  // (never on this one) and measured twice; since then a development set.
  it("reaches its measured level on the fifth fresh corpus, now a development set", () => {
    const m = measure(PRIVACY_FRESH5);
    report("fresh5", m);
    const { caught, missed, falseAlarms, clean } = m.total;
    expect(caught / (caught + missed)).toBeGreaterThanOrEqual(FRESH5_FLOOR.caught);
    expect(falseAlarms / (falseAlarms + clean)).toBeLessThanOrEqual(FRESH5_FLOOR.falseAlarms);
  });

  // Written on 2026-12-03 (fifth session, third round) by someone who saw neither the guard nor the other corpora's
  // cases. Measured blind twice, by the lead only: before and after the rule tuned on fresh5/dev7. Spent in round
  // four (2026-12-04): measured once more before it, then a development set; its misses were fixed by general
  // signals (a word no dictionary knows in a person's place, professionals by their role), not by its words.
  it("reaches its measured level on the sixth fresh corpus, now a development set", () => {
    const m = measure(PRIVACY_FRESH6);
    report("fresh6", m);
    const { caught, missed, falseAlarms, clean } = m.total;
    expect(caught / (caught + missed)).toBeGreaterThanOrEqual(FRESH6_FLOOR.caught);
    expect(falseAlarms / (falseAlarms + clean)).toBeLessThanOrEqual(FRESH6_FLOOR.falseAlarms);
  });

  // Written on 2026-12-04 (sixth session, fourth round) by someone who saw neither the guard nor the other corpora's
  // cases, while round four was tuned on fresh6. Measured blind by the lead only, on main before round four and once
  // after it. Spent in round five (2026-12-04): since then a development set; its misses and false alarms were fixed
  // by general signals (see FRESH7_FLOOR), not by its words.
  it("reaches its measured level on the seventh fresh corpus, now a development set", () => {
    const m = measure(PRIVACY_FRESH7);
    report("fresh7", m);
    const { caught, missed, falseAlarms, clean } = m.total;
    expect(caught / (caught + missed)).toBeGreaterThanOrEqual(FRESH7_FLOOR.caught);
    expect(falseAlarms / (falseAlarms + clean)).toBeLessThanOrEqual(FRESH7_FLOOR.falseAlarms);
  });

  // Written on 2026-12-04 (sixth session, fifth round) by someone who saw neither the guard nor the other corpora's
  // cases, while round five was tuned on fresh7; heavy on look-alikes (professionals with names of many origins,
  // salutations, institutions' numbers). Measured blind by the lead only, before round five and once after it. Spent
  // in round six (2026-12-04): since then a development set; its errors were fixed by general signals (see
  // FRESH8_FLOOR), not by its words.
  it("reaches its measured level on the eighth fresh corpus, now a development set", () => {
    const m = measure(PRIVACY_FRESH8);
    report("fresh8", m);
    const { caught, missed, falseAlarms, clean } = m.total;
    expect(caught / (caught + missed)).toBeGreaterThanOrEqual(FRESH8_FLOOR.caught);
    expect(falseAlarms / (falseAlarms + clean)).toBeLessThanOrEqual(FRESH8_FLOOR.falseAlarms);
  });

  // Written on 2026-12-04 (sixth session, sixth round) by someone who saw neither the guard nor the other corpora's
  // cases, while round six was tuned on fresh8; everyday team texts (messages with salutations and sign-offs,
  // colleagues' first names, professionals by name). Measured blind by the lead only, before and after round six.
  // Spent in round seven (seventh session): since then a development set; its errors were fixed by general signals
  // (see FRESH9_FLOOR), not by its words.
  it("reaches its measured level on the ninth fresh corpus, now a development set", () => {
    const m = measure(PRIVACY_FRESH9);
    report("fresh9", m);
    const { caught, missed, falseAlarms, clean } = m.total;
    expect(caught / (caught + missed)).toBeGreaterThanOrEqual(FRESH9_FLOOR.caught);
    expect(falseAlarms / (falseAlarms + clean)).toBeLessThanOrEqual(FRESH9_FLOOR.falseAlarms);
  });

  // Written on 2026-12-04 (seventh session) by someone who saw neither the guard nor the other corpora's cases, with
  // the team's roster (PRIVACY_FRESH10_TEAM, display names as Slack and Teams show them); 91 of its 200 texts name
  // colleagues, 7 client texts give a client a colleague's first name with a client cue. Measured blind by the lead
  // only: without the roster (main a3beb93, which had none) and with it, once the roster rule was done. Spent in round
  // seven (seventh session): since then a development set, tuned on by general signals (see FRESH10_FLOOR).
  it("reaches its measured level on the tenth fresh corpus with the team's roster, now a development set", () => {
    const m = measure(PRIVACY_FRESH10, PRIVACY_FRESH10_TEAM);
    report("fresh10 (roster)", m);
    const { caught, missed, falseAlarms, clean } = m.total;
    expect(caught / (caught + missed)).toBeGreaterThanOrEqual(FRESH10_FLOOR.caught);
    expect(falseAlarms / (falseAlarms + clean)).toBeLessThanOrEqual(FRESH10_FLOOR.falseAlarms);
  });

  // Blind, with its roster: written on 2026-12-04 (seventh session) by someone who saw neither the guard nor the
  // other corpora's cases. Measured by the lead only, before round seven (105/110, 11/90) and after it (FRESH11_FLOOR).
  it("reaches its measured level on the eleventh fresh corpus with the team's roster, unseen", () => {
    const m = measure(PRIVACY_FRESH11, PRIVACY_FRESH11_TEAM);
    report("fresh11 (roster)", m);
    expect(m.total.caught / (m.total.caught + m.total.missed)).toBeGreaterThanOrEqual(FRESH11_FLOOR.caught);
    expect(m.total.falseAlarms / (m.total.falseAlarms + m.total.clean)).toBeLessThanOrEqual(
      FRESH11_FLOOR.falseAlarms,
    );
  });
});

// fresh: first measurement, 2026-12-02: 93/100 caught, 2/100 false alarms; before the rules of 2026-12-03
// 95/100, 2/100; after them (households, parents' shorthands, officials, meeting dates): 99/100, 0/100; after the
// rule for a name in "-s" with an age and its unit ("für Yonas (10 J.)"): 100/100, 0/100.
const FRESH_FLOOR = { caught: 1.0, falseAlarms: 0.0 };
// fresh2: measured once unseen, 2026-12-02: 94/100 caught, 1/100 false alarms (86 % / 1 % on the guard of that
// session's start); after the rules of 2026-12-03: 100/100, 0/100.
const FRESH2_FLOOR = { caught: 1.0, falseAlarms: 0.0 };
// dev4: 65/65, 0/93 after the rules it was written for.
// fresh3 (108 with client data, 132 without): blind, before the rules of 2026-12-03 90/108 caught (83.3 %),
// 5/132 false alarms (3.8 %); after them 99/108 (91.7 %), 3/132 (2.3 %). As a development set, after the rules
// for lower-case surnames after cues, appositions and inflected roles: 108/108, 0/132.
const FRESH3_FLOOR = { caught: 1.0, falseAlarms: 0.0 };
const DEV4_FLOOR = { caught: 1.0, falseAlarms: 0.0 };
// fresh4 (109 with client data, 131 without), blind twice: on main at 2964031 96/109 caught (88.1 %), 4/131 false
// alarms (3.1 %); after the rules tuned on fresh3/dev5 102/109 (93.6 %), 4/131 (3.1 %). As a development set, after
// the rules for a family word with an initial, household words before a surname in "-er", lower-case surnames after
// "bei/mit den", lower-case names with a short age, "u." as "und", child words before a first name, compound
// offices, "max"/"min" before a number, group and public-body mailboxes and a role's genitive apposition:
// 109/109, 0/131.
const FRESH4_FLOOR = { caught: 1.0, falseAlarms: 0.0 };
// dev5: see its header for the figures before the rules it was written for.
// Its last miss ("HK jonte & schule") went in round five: a sign (&, +) ends a name before a partner.
const DEV5_FLOOR = { caught: 1.0, falseAlarms: 0.0 };
// dev6 (22 with client data, 29 without), before the rules it was written for: 8/22 caught (36.4 %), 6/29 false
// alarms (20.7 %); 4/29 (13.8 %) after the mailbox rule alone; after all of them 22/22, 0/29.
const DEV6_FLOOR = { caught: 1.0, falseAlarms: 0.0 };
// fresh5 (blind, 108 with client data, 132 without): after round one (trial 0ac6473) 95/108 caught (88.0 %),
// 2/132 false alarms (1.5 %); after round two 96/108 (88.9 %), 2/132 (1.5 %). Blind twice (88.0 %/1.5 % ->
// 88.9 %/1.5 %), now a development set: after the rule for an unlisted "-s" plural after "mit/bei/von den"
// ("mit den okafors") 98/108 (90.7 %), 2/132 (1.5 %).
// dev7 (7 with client data, 7 without): before the "-s" plural rule 1/7 caught, 0/7 false alarms;
// after it 6/7, 1/7 ("mit den teams"); after listing loan plurals ("teams", "workshops") 6/7, 0/7; after round five
// (a surname plural judged by its surname: "von den barzanis") 7/7, 0/7.
const DEV7_FLOOR = { caught: 1.0, falseAlarms: 0 };
// fresh5 after round four (the dictionary signal, professionals by their role, file numbers by their shape):
// 104/108 (96.3 %), 1/132 (0.8 %); after round five (a parent's shorthand before a number, a family by an initial
// "z." before a number, a known surname's plural after a meeting word, an institution in brackets after an address):
// 107/108 (99.1 %), 0/132. Left: "opa günter der die kinder abholt" ("günter" is in the German dictionary).
const FRESH5_FLOOR = { caught: 107 / 108, falseAlarms: 0 };
// fresh6 (84 with client data, 116 without), blind: before round three 68/84 caught (81.0 %), 5/116 false alarms
// (4.3 %); after it 69/84 (82.1 %), 5/116 (4.3 %), and so again at the start of round four. As a development set,
// after round four: 84/84, 0/116.
const FRESH6_FLOOR = { caught: 1.0, falseAlarms: 0.0 };
// fresh7 (110 with client data, 90 without), blind: on main before round four 95/110 caught (86.4 %), 5/90 false
// alarms (5.6 %); after round four 106/110 (96.4 %), 5/90 (5.6 %). As a development set, after round five (weekday and
// month abbreviations in a date, a surname with the sentence's full stop after a family word, a word with an initial
// and an age, a foreign word after a parent's shorthand, names joined by "+"/"&"; an institution's number after
// "Durchwahl"/"-bund"/"OV", a programme's number after "Antrag „…“", a letter's salutation with no client in view):
// 110/110, 0/90.
const FRESH7_FLOOR = { caught: 1.0, falseAlarms: 0.0 };
// fresh8 (110 with client data, 90 without), blind: before round five (round four's guard) 106/110 caught (96.4 %),
// 14/90 false alarms (15.6 %); after round five 107/110 (97.3 %), 9/90 (10.0 %). As a development set, after round six
// (compound roles of courts, councils and go-betweens, a role in brackets after a name, a name excused with its
// salutation, a public building right before its street, an office reached "unter" a number, a programme named after
// "Antrag", a colleague on the attendance list named again, an insurance number in groups of three, a pupil by the
// class in brackets, people by two initials): 110/110, 0/90.
const FRESH8_FLOOR = { caught: 1.0, falseAlarms: 0.0 };
// fresh9 (80 with client data, 80 without), blind: before round six 75/80 caught (93.8 %), 13/80 false alarms
// (16.3 %); after round six the same. As a development set, after round seven (a team message's greeting, sign-off,
// tasks and the team's own matters with no client in view, a trainer "mit Frau …", offices by their ending, a
// professional's or the writer's own number, dative household words, double surnames, initials without a space, a
// first name after a meeting word): 80/80, 0/80.
const FRESH9_FLOOR = { caught: 1.0, falseAlarms: 0.0 };
// fresh10, blind: without the roster (main a3beb93) 107/110 caught, 37/90 false alarms; with it 105/110 and 10/90. As a
// development set, after round seven (colleagues' short and double first names, their work numbers, a pupil "aus der
// 6c", an age after a full name beating a role, a couple met "mit Pflegeeltern …", funding codes, site mailboxes, a
// home "aus der" street): 110/110, 0/90 with the roster (typed text alone without it: 110/110, 31/90).
const FRESH10_FLOOR = { caught: 1.0, falseAlarms: 0.0 };
const FRESH11_FLOOR = { caught: 105 / 110, falseAlarms: 10 / 90 };
