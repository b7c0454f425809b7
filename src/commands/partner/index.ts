// The partner family: the register of institutions and groups (list, rename, merge, retype, archive), for leads.
import { defineFamily, described } from "../family.js";
import { commands } from "../messages/index.js";
import { listPartners } from "./list.js";
import { archivePartner, renamePartner, retypePartner } from "./manage.js";
import { CANCEL_ACTION, cancelMerge, confirmMerge, MERGE_ACTION, mergePartners } from "./merge.js";

const c = commands.partner;

export const partnerFamily = defineFamily({
  name: "partner",
  ...described(c, "/partner"),
  aliases: ["partnerin", "kooperationspartner"],
  bare: (ctx) => listPartners(ctx, ""),
  bareSummary: c.bare,
  subcommands: [
    {
      name: "liste",
      aliases: ["list"],
      ...c.subs.liste,
      audience: "lead",
      run: (rest, ctx) => listPartners(ctx, rest),
    },
    {
      name: "umbenennen",
      ...c.subs.umbenennen,
      audience: "lead",
      run: (rest, ctx) => renamePartner(ctx, rest),
    },
    {
      name: "zusammenfuehren",
      aliases: ["zusammenfuhren", "zusammenfueren", "merge"],
      ...c.subs.zusammenfuehren,
      audience: "lead",
      run: (rest, ctx) => mergePartners(ctx, rest),
    },
    {
      name: "art",
      aliases: ["typ"],
      ...c.subs.art,
      audience: "lead",
      run: (rest, ctx) => retypePartner(ctx, rest),
    },
    {
      name: "archivieren",
      ...c.subs.archivieren,
      audience: "lead",
      run: (rest, ctx) => archivePartner(ctx, rest),
    },
  ],
  actions: { [MERGE_ACTION]: confirmMerge, [CANCEL_ACTION]: cancelMerge },
});
