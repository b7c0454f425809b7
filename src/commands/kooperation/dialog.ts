// The checklist dialog: one form per step, saved on "Weiter", with "Zurück" and "Später fortsetzen"; resumable by anyone in the team.

import type { CommandInput } from "../../conversation/input.js";
import { button, errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { common, kooperation as t } from "../messages/index.js";
import { germanWhen, todayIn } from "./dates.js";
import { checkAnswer, OVERRIDE_REASON } from "./guard.js";
import { closeFormWith, decodeState, encodeState, type Loaded, loadEditable } from "./load.js";
import { type Answers, missingSteps, missingText } from "./progress.js";
import { freeTextOf, LAST_STEP, questionOf, stepInputs, type Timeline, validateStep } from "./steps.js";
import { saveTimeline } from "./timeline.js";

export const STEP_FORM = "kooperation:step";

/** The cooperation and step a form or its buttons carry; only this tenant's, never an ended one. */
async function fromState(ctx: Ctx, state: string | undefined) {
  const ref = decodeState(state);
  if (!ref) return { error: errorReply(common.unknownAction) };
  const loaded = await loadEditable(ctx, ref.cooperationId);
  if ("error" in loaded) return loaded;
  return { loaded, ref };
}

/** A step shown again with what was typed and a reason field, because the guard raised a possible false alarm. */
interface Recheck {
  typed: Record<string, unknown>;
  kinds: string[];
}

/** The form of one step, pre-filled with the latest answer and who gave it. */
export async function stepForm(
  ctx: Ctx,
  { coop, partner }: Loaded,
  step: number,
  recheck?: Recheck,
): Promise<Reply> {
  const answers = await ctx.store.currentAnswers(coop.id);
  const saved = answers.get(step);
  const def = t.steps[step] ?? { explanation: "" };
  const intro = [
    t.stepIntro(partner.name, step, questionOf(step, partner.type)),
    def.explanation,
    recheck ? t.overrideAsk(recheck.kinds.join(", ")) : t.privacyNote,
    ...(saved ? [t.lastAnswer(saved.answeredByName || "?", germanWhen(saved.answeredAt, ctx.timezone))] : []),
  ].join("\n\n");
  const state = encodeState(coop.id, step);
  return {
    kind: "form",
    form: {
      formId: STEP_FORM,
      title: t.formTitle(step),
      submitLabel: step < LAST_STEP ? t.next : t.finish,
      intro,
      inputs: [
        ...stepInputs(step, recheck?.typed ?? saved?.answer),
        ...(recheck
          ? [
              {
                id: OVERRIDE_REASON,
                kind: "textarea" as const,
                label: t.overrideReason,
                hint: t.overrideReasonHint,
                required: true,
                maxLength: 500,
              },
            ]
          : []),
      ],
      state,
      actions: [
        ...(step > 1 ? [button(t.back, "kooperation:back", state)] : []),
        button(t.later, "kooperation:later", state),
      ],
    },
  };
}

/** Opens the dialog where the team left it (the step is stored in the database, not in a form). */
export async function resume(ctx: Ctx, loaded: Loaded): Promise<Reply> {
  return stepForm(ctx, loaded, loaded.coop.currentStep);
}

/** What the dialog shows after the last step: complete or what is missing, and what to do next. */
export async function summary(ctx: Ctx, { coop, partner }: Loaded): Promise<Reply> {
  const missing = missingSteps(await ctx.store.currentAnswers(coop.id));
  const id = String(coop.id);
  return message([
    text(
      missing.length === 0
        ? t.checklistComplete(partner.name)
        : t.checklistIncomplete(partner.name, missingText(missing)),
    ),
    {
      type: "actions",
      buttons: [
        ...(missing.length === 0 && coop.status !== "agreed"
          ? [button(t.agree, "kooperation:agree", id, "primary")]
          : []),
        ...(missing.length > 0 ? [button(t.resume, "kooperation:resume", id)] : []),
        button(t.show, "kooperation:show", id),
        button(t.export, "kooperation:export", id),
      ],
    },
  ]);
}

/** "Weiter": validates, refuses personal data, saves at once and answers with the next step. */
export async function submitStep(input: Extract<CommandInput, { type: "submit" }>, ctx: Ctx): Promise<Reply> {
  const found = await fromState(ctx, input.state);
  if ("error" in found) return found.error;
  const { loaded, ref } = found;
  const { step } = ref;
  const validated = validateStep(step, input.values, todayIn(ctx.clock.now(), ctx.timezone));
  if (!validated.ok) return { kind: "formErrors", errors: validated.errors };
  const checked = checkAnswer(ctx, freeTextOf(validated.answer), input.values[OVERRIDE_REASON]);
  if (!checked.ok) {
    if ("errors" in checked) return { kind: "formErrors", errors: checked.errors };
    return stepForm(ctx, loaded, step, { typed: { ...validated.answer }, kinds: checked.askReason });
  }
  // The reason stays with the answer for the team to read; the audit keeps only ids and kinds.
  const answer = {
    ...validated.answer,
    ...(checked.override ? { privacyOverride: checked.override.reason } : {}),
  };
  if (checked.override) {
    await ctx.store.audit(
      "cooperation.privacy_override",
      ctx.caller.id,
      `cooperation:${loaded.coop.id}`,
      { cooperationId: loaded.coop.id, step, kinds: checked.override.kinds },
      ctx.clock.now(),
    );
  }

  let nextStep = step + 1;
  if (step === LAST_STEP) {
    const answers: Answers = new Map(await ctx.store.currentAnswers(loaded.coop.id));
    answers.set(step, { answer });
    nextStep = missingSteps(answers)[0] ?? LAST_STEP;
  }
  if (step === 5) await saveTimeline(ctx, loaded.coop, validated.answer as Timeline, nextStep);
  else await ctx.store.answerStep(loaded.coop.id, step, answer, ctx.caller.id, ctx.clock.now(), nextStep);

  const fresh = { ...loaded, coop: { ...loaded.coop, currentStep: nextStep } };
  if (step < LAST_STEP) return stepForm(ctx, fresh, nextStep);
  return closeFormWith(await summary(ctx, fresh));
}

/** "Zurück": shows the previous step (nothing of the open step is saved) and remembers it as the resume point. */
export async function back(ctx: Ctx, value: string | undefined): Promise<Reply> {
  const found = await fromState(ctx, value);
  if ("error" in found) return found.error;
  const { loaded, ref } = found;
  const step = Math.max(1, ref.step - 1);
  await ctx.store.updateCooperation(loaded.coop.id, { currentStep: step }, ctx.clock.now());
  return stepForm(ctx, loaded, step);
}

/** "Später fortsetzen": closes the form; everything answered so far is already saved. */
export async function later(ctx: Ctx, value: string | undefined): Promise<Reply> {
  const found = await fromState(ctx, value);
  if ("error" in found) return found.error;
  const { loaded } = found;
  return closeFormWith(
    message([
      text(t.savedLater(loaded.partner.name, loaded.coop.currentStep)),
      { type: "actions", buttons: [button(t.resume, "kooperation:resume", String(loaded.coop.id))] },
    ]),
  );
}
