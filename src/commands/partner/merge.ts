// "partner zusammenführen <A> <B>": two entries for one institution become one. The user picks which name stays;
// the store moves every activity and cooperation to it and deletes the other, in one transaction.
import { button, type Element, errorReply, type Reply, text } from "../../conversation/reply.js";
import type { Partner } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { common, partner as t } from "../messages/index.js";
import { refuse } from "./guard.js";
import { type Resolution, resolvePartner, splitTwo } from "./match.js";
import { answer } from "./pick.js";

export const MERGE_ACTION = "partner:merge";
export const CANCEL_ACTION = "partner:cancel";

/** The answer replaces the question, so its buttons cannot be tapped twice. */
const replacing = (elements: Element[]): Reply => ({
  kind: "message",
  elements,
  visibility: "private",
  replaceOriginal: true,
});

/** „A -> B“, „A mit B“, „A und B“, „A in B“ or two names side by side (then every split point is tried). */
function readTwo(
  rest: string,
  partners: readonly Partner[],
): { left: string; right: string; a: Resolution; b: Resolution } | undefined {
  const sep = rest.split(/\s*(?:->|→|=>|,|\s(?:mit|und|in|zu)\s)\s*/u);
  if (sep.length === 2 && sep[0]?.trim() && sep[1]?.trim()) {
    const [left, right] = [sep[0].trim(), sep[1].trim()];
    const a = resolvePartner(left, partners);
    const b = resolvePartner(right, partners);
    if (a.kind !== "none" && b.kind !== "none") return { left, right, a, b };
  }
  return splitTwo(rest, partners);
}

export async function mergePartners(ctx: Ctx, rest: string): Promise<Reply> {
  const refused = refuse(ctx, rest);
  if (refused) return refused;
  if (!rest.trim()) return errorReply(t.mergeUsage);
  const partners = await ctx.store.listPartners();
  const two = readTwo(rest, partners);
  if (!two) return errorReply(t.mergeUsage);
  const first = answer(two.left, two.a, (exact) => `partner zusammenführen ${exact} -> ${two.right}`);
  if (first.reply) return first.reply;
  const second = answer(
    two.right,
    two.b,
    (exact) => `partner zusammenführen "${first.partner.name}" -> ${exact}`,
  );
  if (second.reply) return second.reply;
  const [a, b] = [first.partner, second.partner];
  if (a.id === b.id) return errorReply(t.mergeSame);
  const usage = new Map((await ctx.store.partnerUsage()).map((u) => [u.partnerId, u]));
  const counts = (p: Partner) =>
    t.mergeCounts(p.name, usage.get(p.id)?.activities ?? 0, usage.get(p.id)?.cooperations ?? 0);
  return {
    kind: "message",
    visibility: "private",
    elements: [
      text(t.mergeQuestion(a.name, b.name)),
      { type: "list", items: [{ title: counts(a) }, { title: counts(b) }] },
      text(t.mergeHint, "muted"),
      {
        type: "actions",
        buttons: [
          button(t.keep(a.name), MERGE_ACTION, `${a.id}:${b.id}`, "primary"),
          button(t.keep(b.name), MERGE_ACTION, `${b.id}:${a.id}`),
          button(common.cancel, CANCEL_ACTION),
        ],
      },
    ],
  };
}

/** The tap on „… behalten“: the value is "<keep id>:<drop id>"; leads only, checked again here. */
export async function confirmMerge(value: string | undefined, ctx: Ctx): Promise<Reply> {
  const refused = refuse(ctx, "");
  if (refused) return refused;
  const m = /^(\d{1,10}):(\d{1,10})$/.exec(value ?? "");
  if (!m) return replacing([text(t.mergeGone, "warning")]);
  const [keepId, dropId] = [Number(m[1]), Number(m[2])];
  const dropped = await ctx.store.findPartner(dropId);
  const result = dropped ? await ctx.store.mergePartners(keepId, dropId) : undefined;
  if (!dropped || !result) return replacing([text(t.mergeGone, "warning")]);
  await ctx.store.audit(
    "partner.merge",
    ctx.caller.id,
    `partner:${keepId}`,
    { keptId: keepId, droppedId: dropId, activities: result.activities, cooperations: result.cooperations },
    ctx.clock.now(),
  );
  return replacing([text(t.merged(dropped.name, result.kept.name, result.activities, result.cooperations))]);
}

export const cancelMerge = async (): Promise<Reply> => replacing([text(t.cancelled)]);
