// Turns a draft into a stored activity: checks it is complete, belongs to this tenant and passes the privacy guard.
import type { ActivityInput } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { completeDraft, type Draft, toActivityInput } from "./draft.js";
import { type GuardResult, guardDraft } from "./guard.js";
import { today } from "./known.js";
import { parts } from "./parse/days.js";

export type Prepared =
  | { ok: true; input: ActivityInput }
  | { ok: false; reason: "incomplete" | "districtGone" | "partnerGone" | "future" }
  | { ok: false; reason: "privacy"; guard: GuardResult };

/** Validates a draft against the store; nothing is written here. */
export async function prepare(ctx: Ctx, draft: Draft, acknowledged: boolean): Promise<Prepared> {
  const parsed = completeDraft.safeParse(draft);
  if (!parsed.success) return { ok: false, reason: "incomplete" };
  const d = parsed.data;
  const now = today(ctx);
  if (d.occurredOn > now) return { ok: false, reason: "future" };

  const district = await ctx.store.findDistrict(d.districtId);
  if (!district || district.archivedAt) return { ok: false, reason: "districtGone" };

  const partnerIds = new Set<number>();
  for (const id of d.partnerIds) {
    if (!(await ctx.store.findPartner(id))) return { ok: false, reason: "partnerGone" };
    partnerIds.add(id);
  }
  // A "new" partner that exists by now (same name, any case) is the existing one.
  const newPartners: Draft["newPartners"] = [];
  for (const p of d.newPartners) {
    const existing = await ctx.store.findPartnerByName(p.name.trim());
    if (existing) partnerIds.add(existing.id);
    else if (!newPartners.some((n) => n.name.toLowerCase() === p.name.trim().toLowerCase())) {
      newPartners.push({ name: p.name.trim(), type: p.type });
    }
  }

  const guard = guardDraft(d, parts(now).year, ctx.colleagues);
  if (guard.any && !(guard.weakOnly && acknowledged)) return { ok: false, reason: "privacy", guard };

  return {
    ok: true,
    input: {
      ...toActivityInput({ ...d, partnerIds: [...partnerIds], newPartners }, ctx.caller.id),
      // Reaching here with hits means the author confirmed weak ones: the text stays theirs alone.
      confidential: guard.any,
    },
  };
}
