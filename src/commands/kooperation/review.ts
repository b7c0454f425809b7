// The review reminder and its answers: "Verlängern" (new review date) and "Beenden".

import type { CommandInput } from "../../conversation/input.js";
import { button, message, type Reply, text } from "../../conversation/reply.js";
import type { Cooperation, Partner } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { labels, kooperation as t } from "../messages/index.js";
import { germanDay, todayIn } from "./dates.js";
import { closeFormWith, type Loaded, loadEditable, parseId } from "./load.js";
import { changeStatus } from "./status.js";
import { validateTimeline } from "./steps.js";
import { saveTimeline } from "./timeline.js";

export const EXTEND_FORM = "kooperation:extend";

/** The neutral reminder the scheduler delivers on the review day (to the member and the district channel). */
export function buildReviewReminder(coop: Cooperation, partner: Partner, district?: string): Reply {
  const id = String(coop.id);
  const review = coop.reviewOn ? germanDay(coop.reviewOn) : t.none;
  return message(
    [
      text(t.reminderTitle(partner.name), "heading"),
      text(t.reminderText(review)),
      {
        type: "fields",
        fields: [
          { label: t.status, value: labels.cooperationStatus[coop.status] },
          { label: t.district, value: district ?? t.none },
          {
            label: t.period,
            value:
              coop.startsOn && coop.endsOn
                ? `${germanDay(coop.startsOn)} – ${germanDay(coop.endsOn)}`
                : t.none,
          },
        ],
      },
      {
        type: "actions",
        buttons: [
          button(t.extend, "kooperation:extend", id, "primary"),
          button(t.end, "kooperation:end", id, "danger"),
          button(t.show, "kooperation:show", id),
        ],
      },
    ],
    "public",
  );
}

/** "Verlängern": a form with the next review day and, if needed, a later end. */
export async function extendForm(ctx: Ctx, value: string | undefined): Promise<Reply> {
  const loaded = await loadEditable(ctx, parseId(value));
  if ("error" in loaded) return loaded.error;
  const { coop, partner } = loaded;
  return {
    kind: "form",
    form: {
      formId: EXTEND_FORM,
      title: t.extendTitle,
      submitLabel: t.extend,
      intro: t.extendIntro(partner.name),
      state: String(coop.id),
      inputs: [
        { id: "reviewOn", kind: "date", label: t.reviewOn, required: true, hint: t.reviewHint },
        {
          id: "endsOn",
          kind: "date",
          label: t.endsOn,
          required: true,
          ...(coop.endsOn ? { initial: coop.endsOn } : {}),
        },
      ],
    },
  };
}

/** Saves the new dates as a step-5 answer (so the history shows the extension) and moves the reminder. */
export async function submitExtend(
  input: Extract<CommandInput, { type: "submit" }>,
  ctx: Ctx,
): Promise<Reply> {
  const loaded: Loaded | { error: Reply } = await loadEditable(ctx, parseId(input.state));
  if ("error" in loaded) return loaded.error;
  const { coop, partner } = loaded;
  const today = todayIn(ctx.clock.now(), ctx.timezone);
  const validated = validateTimeline({ ...input.values, startsOn: coop.startsOn ?? today }, today);
  if (!validated.ok) return { kind: "formErrors", errors: validated.errors };
  await saveTimeline(ctx, coop, validated.answer, coop.currentStep);
  return closeFormWith(message([text(t.extended(partner.name, germanDay(validated.answer.reviewOn)))]));
}

/** "Beenden": same rule as "kooperation status … beendet". */
export async function endFromReminder(ctx: Ctx, value: string | undefined): Promise<Reply> {
  const loaded = await loadEditable(ctx, parseId(value));
  if ("error" in loaded) return loaded.error;
  return changeStatus(ctx, loaded, "ended");
}
