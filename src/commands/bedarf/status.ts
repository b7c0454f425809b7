// „bedarf status <Nr.> <neu|planung|läuft|erledigt>“: where a need stands on its way to an answer.
import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { NeedStatus } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { foldCommandWord } from "../family.js";
import { NEED_STATUS_LABELS, bedarf as t } from "../messages/bedarf.js";

const STATUS_WORDS: Record<string, NeedStatus> = {
  neu: "new",
  offen: "new",
  planung: "planning",
  "in planung": "planning",
  geplant: "planning",
  laeuft: "offer_running",
  "angebot laeuft": "offer_running",
  angebot: "offer_running",
  erledigt: "done",
  fertig: "done",
  beantwortet: "done",
};

export async function setNeedStatus(rest: string, ctx: Ctx): Promise<Reply> {
  const m = /^(?:nr\.?\s*)?(\d{1,9})\s+(.+)$/iu.exec(rest.trim());
  const status = m?.[2] ? STATUS_WORDS[foldCommandWord(m[2]).replace(/\s+/g, " ")] : undefined;
  if (!m?.[1] || !status) return errorReply(t.statusUsage);
  const need = await ctx.store.setNeedStatus(Number(m[1]), status, ctx.clock.now());
  if (!need) return errorReply(t.unknown(m[1]));
  await ctx.store.audit("need.status", ctx.caller.id, `need:${need.id}`, { status }, ctx.clock.now());
  return message([text(t.statusSet(need.id, NEED_STATUS_LABELS[status]))]);
}
