// "kooperation zeigen <Partner>": every answer with who gave it when, what is missing, and the history of changes.

import { button, type Element, message, type Reply, text } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { labels, kooperation as t } from "../messages/index.js";
import { germanDay, germanWhen } from "./dates.js";
import type { Loaded } from "./load.js";
import { missingSteps, missingText } from "./progress.js";
import { isComplete, questionOf, STEPS, summarise } from "./steps.js";

export async function overviewFields(ctx: Ctx, { coop, partner }: Loaded) {
  const district = coop.districtId ? await ctx.store.findDistrict(coop.districtId) : undefined;
  const creator = await ctx.store.findMember(coop.createdBy);
  const period =
    coop.startsOn && coop.endsOn ? `${germanDay(coop.startsOn)} – ${germanDay(coop.endsOn)}` : t.none;
  return {
    district: district?.name,
    fields: [
      { label: t.status, value: labels.cooperationStatus[coop.status] },
      { label: t.district, value: district?.name ?? t.none },
      { label: t.period, value: period },
      { label: t.review, value: coop.reviewOn ? germanDay(coop.reviewOn) : t.none },
      { label: t.createdBy, value: creator?.displayName || t.none },
    ],
    title: t.showTitle(partner.name, labels.partnerType[partner.type]),
  };
}

export async function showCooperation(ctx: Ctx, loaded: Loaded): Promise<Reply> {
  const { coop } = loaded;
  const history = await ctx.store.answerHistory(coop.id);
  const latest = new Map(history.map((a) => [a.step, a]));
  const missing = missingSteps(latest);
  const overview = await overviewFields(ctx, loaded);
  const when = (at: Date) => germanWhen(at, ctx.timezone);

  const steps: Element = {
    type: "list",
    items: STEPS.map((step) => {
      const a = latest.get(step);
      const question = `${step}. ${questionOf(step, loaded.partner.type)}`;
      if (!a || !isComplete(step, a.answer)) return { title: question, detail: t.missingStep };
      return {
        title: question,
        detail: `${summarise(step, a.answer, germanDay)}\n(${t.answeredBy(a.answeredByName || "?", when(a.answeredAt))})`,
      };
    }),
  };
  const historyList: Element =
    history.length === 0
      ? text(t.historyEmpty, "muted")
      : {
          type: "list",
          items: history.map((a) => ({
            title: t.historyItem(when(a.answeredAt), a.answeredByName || "?", a.step),
            detail: summarise(a.step, a.answer, germanDay),
          })),
        };
  const id = String(coop.id);
  return message([
    text(overview.title, "heading"),
    { type: "fields", fields: overview.fields },
    steps,
    text(
      missing.length === 0 ? t.allComplete : t.missing(missingText(missing)),
      missing.length === 0 ? "plain" : "warning",
    ),
    { type: "divider" },
    text(t.historyTitle, "heading"),
    historyList,
    {
      type: "actions",
      buttons: [
        ...(coop.status !== "ended" ? [button(t.resume, "kooperation:resume", id)] : []),
        button(t.export, "kooperation:export", id),
      ],
    },
  ]);
}
