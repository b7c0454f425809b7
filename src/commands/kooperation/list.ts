// "kooperation liste [Status|Sozialraum]": the tenant's cooperations, optionally by status or district.

import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { CooperationStatus } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { labels, kooperation as t } from "../messages/index.js";
import { germanDay } from "./dates.js";
import { missingSteps } from "./progress.js";
import { statusFromWords } from "./status-words.js";

export async function listCooperations(ctx: Ctx, filterText: string): Promise<Reply> {
  const word = filterText.trim();
  let filter: { status?: CooperationStatus; districtId?: number } = {};
  if (word) {
    const status = statusFromWords(word);
    const district = status ? undefined : await ctx.store.findDistrictByName(word);
    if (status) filter = { status };
    else if (district) filter = { districtId: district.id };
    else return errorReply(t.unknownFilter(word));
  }
  const coops = await ctx.store.listCooperations(filter);
  if (coops.length === 0) return message([text(t.listEmpty)]);
  const partners = new Map((await ctx.store.listPartners()).map((p) => [p.id, p]));
  const items = [];
  for (const c of coops) {
    const p = partners.get(c.partnerId);
    const answered = 6 - missingSteps(await ctx.store.currentAnswers(c.id)).length;
    items.push({
      title: p ? `${p.name} (${labels.partnerType[p.type]})` : t.none,
      detail: t.listDetail(
        labels.cooperationStatus[c.status],
        answered,
        c.reviewOn ? germanDay(c.reviewOn) : undefined,
      ),
    });
  }
  return message([text(word ? t.listTitleFiltered(word) : t.listTitle, "heading"), { type: "list", items }]);
}
