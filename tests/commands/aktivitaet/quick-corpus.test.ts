// The quick-entry parser measured on written corpora (tests/corpora/quick-*.ts) with the context their header fixes:
// per-field accuracy and the share of entries that are fully right, on each development corpus.
import { describe, expect, it } from "vitest";
import { parseQuickEntry } from "../../../src/commands/aktivitaet/parse/quick.js";
import { QUICK_DEV } from "../../corpora/quick-dev.js";
import { QUICK_DEV2 } from "../../corpora/quick-dev2.js";
import { QUICK_DEV3 } from "../../corpora/quick-dev3.js";
import { QUICK_DEV4 } from "../../corpora/quick-dev4.js";
import { QUICK_DEV5 } from "../../corpora/quick-dev5.js";
import { QUICK_HOLDOUT } from "../../corpora/quick-holdout.js";
import { QUICK_HOLDOUT2 } from "../../corpora/quick-holdout2.js";
import { QUICK_HOLDOUT3 } from "../../corpora/quick-holdout3.js";
import { QUICK_HOLDOUT4 } from "../../corpora/quick-holdout4.js";
import { QUICK_HOLDOUT5 } from "../../corpora/quick-holdout5.js";
import { QUICK_HOLDOUT6 } from "../../corpora/quick-holdout6.js";
import { QUICK_HOLDOUT7 } from "../../corpora/quick-holdout7.js";
import { QUICK_HOLDOUT8 } from "../../corpora/quick-holdout8.js";
import { QUICK_HOLDOUT9 } from "../../corpora/quick-holdout9.js";
import { FIELDS, formatScore, percent, score } from "../../corpora/quick-score.js";

/**
 * Floors actually reached (in %); they only go up.
 * Before issue #15 (commit 7998b40): dev 5.9 % fully right (minutes 52.5, date 66.9, startTime 57.8, district 60.6,
 * partners 73.8, newPartners 85.9, focus 74.7, level 98.1, participants 88.1, dateQuestion 93.1);
 * held-out 5 % (minutes 50, date 66, startTime 60, district 59, partners 72, newPartners 82, focus 70, level 98,
 * participants 97, dateQuestion 92).
 * The held-out corpus was measured unseen until 2026-12-03 (78 % fully right, every field at least 92 %); since then
 * it is a development set like the others, tuned on by general rules. quick-dev2 was written for that tuning, on the
 * conventions the blind set's aggregate figures named: before it, 68.3 % fully right (minutes 89.0, date 98.8,
 * startTime 97.6, district 98.8, focus 80.5, participants 93.9, the rest 100).
 * quick-holdout2 is blind (written 2026-12-03 without sight of the parser), measured by the lead only, twice:
 * before that day's rules 82.5 % fully right (minutes 99.2, date 94.2, partners 99.2, newPartners 98.3,
 * focus 90.8, level 99.2, participants 99.2, the rest 100); after them 85.8 % (minutes 100, date 94.2,
 * partners 99.2, newPartners 98.3, focus 93.3, level 99.2, participants 100, the rest 100). It is used up as a blind
 * set since and tuned on as a development set: after the rules for lower-case weekdays opening an entry, talks with
 * one institution, partner hints counted once, planning bodies, event kinds, case-talk shorthands and "+" names that
 * only start like a known one, 99.2 % (newPartners 99.2: "+Jugendamt Planung" keeps only "Jugendamt", since
 * "Planung" ends an unquoted name; the rest 100).
 * quick-dev3 was written for those rules, on the causes of holdout2's misses: before them 25.5 % fully right
 * (date 61.8, focus 69.1, level 92.7, partners 98.2, newPartners 98.2, the rest 100); after them 100 %.
 * quick-holdout3 is blind (written in the fifth session without sight of the parser), measured by the lead only,
 * twice: on main at 2964031 82.5 % fully right (date 92.5, district 97.5, focus 91.7, level 99.2, the rest 100);
 * after the rules tuned on holdout2/dev3 85.0 % (date 93.3, district 97.5, focus 93.3, level 99.2, the rest 100).
 * It is used up as a blind set since and tuned on as a development set: after the rules for lower-case weekdays
 * before a time or opening the entry, cut-off case-talk words with a case code, a medium or the winning of volunteers
 * for a project, plural "Bedarfe", resources for one case and themed groups with a partner, 97.5 % (district 97.5,
 * the rest 100). The three district misses were a committee before a district ("bezirksbeirat nordstadt"), which
 * this corpus read as the district and quick-dev2 ("Bezirksbeirat Weststadt Sitzung") as part of the body's name.
 * Round 4 resolved the conflict by the header conventions ("Seniorenbeirat Oststadt" sets no district; quick-holdout5
 * says so of committees outright) and relabelled the three cases (see the corpus header): 100 % since.
 * quick-dev4 was written for those rules, on the causes of holdout3's misses: before them 35 % fully right
 * (date 72.5, focus 67.5, level 95, the rest 100); after them 100 %.
 * quick-holdout4 is blind (written in the fifth session's second round without sight of the parser), measured by the
 * lead only, twice: after round one (trial 0ac6473) 80.8 % fully right (date 92.5, focus 89.2, level 98.3, the rest
 * 100); after round two 84.2 % (date 94.2, focus 90.8, level 98.3, the rest 100). Never tune on it. Round 4 only read
 * its aggregate figures (its misses unseen): 87.5 % (date 94.2, focus 93.3, the rest 100). After round 5's rules
 * (tuned on holdout6, not on it) 92.5 % (date 94.2, focus 98.3, the rest 100); round 5 saw its remaining misses once,
 * by accident, after its rules were written, and changed nothing for them.
 * quick-holdout5 was blind (fifth session, third round; 100 cases), measured once by the lead, since the third round
 * changed no parser rule: 70 % fully right (date 98, district 98, partners 99, newPartners 85, focus 88, level 96,
 * the rest 100); round 4 measured the same before changing anything. It is a development set since, spent in round
 * 4: after the rules for lower-case "+" names (they run to a stop word, number, date, verb, new phrase or activity
 * word, and are shown capitalised), the team's bare case code (F-321), offices' names with a district, a lower-case
 * "so" before a clock range, and compounds read by their parts for the focus (§3 modifiers, councils, forums,
 * activity groups, volunteers and case resources as heads; outside a case a medium or the winning of volunteers
 * over every other focus), 100 %. Those rules were kept only where they raised some corpus and lowered none.
 * quick-dev5 was written in round 4 for those rules and for what probing them beyond holdout5 found (lower-case
 * names' ends and abbreviations, a part of the day after a weekday, a body's head over a §3 modifier, camps, two
 * swapped letters in a known name, a volunteer won or a medium handed on in one case): on main before round 4
 * 30.8 % fully right (date 87.2, district 89.7, partners 97.4, newPartners 76.9, focus 74.4, level 87.2, the rest
 * 100); after it 100 %.
 * quick-holdout6 is blind (sixth session, written during round 4 without sight of the parser or the other corpora's
 * cases; 100 cases), measured by the lead only: on main before round 4 77 % fully right (minutes 99, date 97,
 * newPartners 99, focus 84, level 98, participants 97, the rest 100); after round 4 80 % (focus 87, level 100, the
 * others unchanged). It is a development set since, spent in round 5: after the rules for presenting the service's
 * own offers, online media, advertising and the Stadtteilzeitung as §6 media, presence, visiting cards and a stand at
 * an event (Gesicht zeigen), bodies of the area and several Träger at one table (§2.1), volunteering compounds, -patinnen, calls for
 * helpers and placements (§5; in a case §3), a weekend away (§4), a club's group as an offer, for one case something
 * arranged for the client at a service outside the Regelsysteme (§3), "letzte wo di", "am 5.11," before a comma,
 * a weekday before a fraction, spelled-out minutes 21–59, "Jungs" and "jugendl." as participants, a count after a
 * removed duration, and a new partner opening with an abbreviation ("+Ev. Kirchengemeinde"), 100 %. Each rule aims
 * at one of its misses; measured on every quick corpus, none lowered any.
 * quick-holdout7 is blind (sixth session, written during round 5 without sight of the parser or the other corpora's
 * cases; 100 cases, 60 of them hard on the focus), measured by the lead only: on main before round 5 (round 4's
 * parser) 73 % fully right (minutes 99, startTime 99, district 99, partners 99, focus 76, participants 98, the rest
 * 100); after round 5 78 % (focus 80, participants 99, the others unchanged). (Training data since the seventh session, see below.)
 * The learned focus model (focus-learned.ts, trained on every corpus above but quick-holdout7, combined with the
 * cues in focus-combine.ts; its settings chosen by scripts/focus-cv.ts alone) left every spent corpus's focus at
 * 100 % and raised holdout4's (now training data) to 100 %; quick-holdout7, read by its aggregate line only once
 * the settings were fixed: 83 % fully right (focus 86, the others unchanged).
 * quick-holdout8 and quick-holdout9 are blind (seventh session, each 120 cases, 72 and 78 of them hard on the focus,
 * written without sight of the parser or the other corpora's cases), measured by the lead only. holdout8: rules
 * alone (main a3beb93) 90.8 % fully right (district 99.2, focus 91.7, the rest 100); with the first model 91.7 %
 * (focus 92.5). holdout9: rules alone 90.8 % (minutes, partners, newPartners 99.2, district 98.3, focus 94.2, the rest
 * 100); with the first model 89.2 % (focus 92.5). Then holdout7 and holdout8 joined the model's training data (no
 * setting changed) and holdout9 was measured once more: 94.2 % fully right, focus 97.5, the others unchanged. Its
 * misses were never printed; never tune on it. holdout7 and holdout8 are training data since.
 */
const FLOORS = {
  dev: { size: 300, fullyRight: 100, field: 100 },
  holdout: { size: 100, fullyRight: 100, field: 100 },
  dev2: { size: 80, fullyRight: 100, field: 100 },
  holdout2: { size: 120, fullyRight: 99.2, field: 99.2 },
  dev3: { size: 55, fullyRight: 100, field: 100 },
  holdout7: { size: 100, fullyRight: 96, field: 99 },
  holdout8: { size: 120, fullyRight: 99.2, field: 99.2 },
  holdout9: { size: 120, fullyRight: 94.2, field: 97.5 },
  holdout6: { size: 100, fullyRight: 100, field: 100 },
  holdout5: { size: 100, fullyRight: 100, field: 100 },
  holdout4: { size: 120, fullyRight: 94.2, field: 94.2 },
  holdout3: { size: 120, fullyRight: 100, field: 100 },
  dev4: { size: 40, fullyRight: 100, field: 100 },
  dev5: { size: 39, fullyRight: 100, field: 100 },
};

describe("quick-entry corpus", () => {
  it.each([
    ["dev", QUICK_DEV, FLOORS.dev],
    ["holdout", QUICK_HOLDOUT, FLOORS.holdout],
    ["dev2", QUICK_DEV2, FLOORS.dev2],
    ["holdout2", QUICK_HOLDOUT2, FLOORS.holdout2],
    ["dev3", QUICK_DEV3, FLOORS.dev3],
    ["holdout3", QUICK_HOLDOUT3, FLOORS.holdout3],
    ["holdout4", QUICK_HOLDOUT4, FLOORS.holdout4],
    ["holdout5", QUICK_HOLDOUT5, FLOORS.holdout5],
    ["holdout6", QUICK_HOLDOUT6, FLOORS.holdout6],
    ["holdout7", QUICK_HOLDOUT7, FLOORS.holdout7],
    ["holdout8", QUICK_HOLDOUT8, FLOORS.holdout8],
    ["holdout9", QUICK_HOLDOUT9, FLOORS.holdout9],
    ["dev4", QUICK_DEV4, FLOORS.dev4],
    ["dev5", QUICK_DEV5, FLOORS.dev5],
  ] as const)("reads the %s corpus", (name, corpus, floor) => {
    expect(corpus.length).toBeGreaterThanOrEqual(floor.size);
    const s = score(corpus, parseQuickEntry);
    console.log(formatScore(name, s));
    if (process.env.CORPUS_MISSES)
      for (const m of s.misses) console.log(`  ${m.fields.join(",")}: ${m.text}`);
    expect(percent(s.fullyRight, s.cases)).toBeGreaterThanOrEqual(floor.fullyRight);
    for (const f of FIELDS) expect(percent(s.perField[f], s.cases), f).toBeGreaterThanOrEqual(floor.field);
  });
});
