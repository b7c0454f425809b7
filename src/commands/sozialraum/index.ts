// The sozialraum family: districts, channels, roles, linking platforms, the digest and the report.

import {
  digestJobHandlers,
  handleBericht,
  handleDigest,
  handlePersonenzahlen,
  perPersonJobHandlers,
} from "../digest/index.js";
import { defineFamily, described } from "../family.js";
import { commands } from "../messages/index.js";
import { setBudget } from "./budget.js";
import {
  archiveDistrict,
  assignChannel,
  createDistrict,
  listDistricts,
  renameDistrict,
} from "./districts.js";
import { federalState, schoolHolidays } from "./holidays.js";
import { schoolHolidayJobHandlers } from "./holidays-job.js";
import { link } from "./link.js";
import { listMembers, setRole } from "./members.js";

const c = commands.sozialraum;

export const sozialraumFamily = defineFamily({
  name: "sozialraum",
  ...described(c, "/sozialraum"),
  aliases: ["sozialraeume", "sr"],
  bare: listDistricts,
  subcommands: [
    { name: "liste", aliases: ["list"], ...c.subs.liste, run: (_rest, ctx) => listDistricts(ctx) },
    { name: "neu", ...c.subs.neu, audience: "admin", run: (rest, ctx) => createDistrict(ctx, rest) },
    { name: "kanal", ...c.subs.kanal, audience: "admin", run: (rest, ctx) => assignChannel(ctx, rest) },
    {
      name: "umbenennen",
      ...c.subs.umbenennen,
      audience: "admin",
      run: (rest, ctx) => renameDistrict(ctx, rest),
    },
    {
      name: "archivieren",
      ...c.subs.archivieren,
      audience: "admin",
      run: (rest, ctx) => archiveDistrict(ctx, rest),
    },
    { name: "mitglieder", ...c.subs.mitglieder, audience: "lead", run: (_rest, ctx) => listMembers(ctx) },
    { name: "rolle", ...c.subs.rolle, audience: "admin", run: (rest, ctx) => setRole(ctx, rest) },
    { name: "verbinden", ...c.subs.verbinden, audience: "admin", run: (rest, ctx) => link(ctx, rest) },
    { name: "bundesland", ...c.subs.bundesland, run: (rest, ctx) => federalState(ctx, rest) },
    {
      name: "ferien",
      aliases: ["schulferien"],
      ...c.subs.ferien,
      run: (rest, ctx) => schoolHolidays(ctx, rest),
    },
    { name: "digest", aliases: ["wochenrueckblick"], ...c.subs.digest, run: handleDigest },
    { name: "bericht", ...c.subs.bericht, audience: "lead", run: handleBericht },
    { name: "budget", ...c.subs.budget, audience: "lead", run: (rest, ctx) => setBudget(ctx, rest) },
    { name: "personenzahlen", ...c.subs.personenzahlen, run: handlePersonenzahlen },
  ],
  jobs: { ...digestJobHandlers, ...perPersonJobHandlers, ...schoolHolidayJobHandlers },
});
