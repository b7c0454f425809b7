// The six checklist steps (DESIGN.md, seed §2.2): their form inputs, validation and what a saved answer holds.
import { z } from "zod";
import type { FormValue } from "../../conversation/input.js";
import type { FormInput } from "../../conversation/reply.js";
import { kooperation as t } from "../messages/index.js";
import { parseDay } from "./dates.js";

export const STEPS = [1, 2, 3, 4, 5, 6] as const;
export const LAST_STEP = 6;

export interface Timeline {
  startsOn: string;
  endsOn: string;
  reviewOn: string;
}
export interface RolesAnswer {
  noCare: true;
  rolesAgreed: true;
  roles: string;
}
export type TextAnswer = { text: string };
export type StepAnswer = TextAnswer | Timeline | RolesAnswer;

const freeText = z.string().trim().min(10, t.errors.textTooShort).max(3000, t.errors.textTooLong);

/** Checkboxes arrive as a boolean, "true"/"on", or (Slack) the list of ticked option values. */
export function isTicked(value: FormValue): boolean {
  if (value === true) return true;
  if (typeof value === "string") return value === "true" || value === "on";
  if (Array.isArray(value)) return value.length > 0;
  return false;
}

const asString = (value: FormValue): string =>
  typeof value === "string" ? value : Array.isArray(value) ? (value[0] ?? "") : "";

export type Validated<T> = { ok: true; answer: T } | { ok: false; errors: Record<string, string> };

function validateText(values: Record<string, FormValue>): Validated<TextAnswer> {
  const parsed = freeText.safeParse(asString(values.answer));
  if (!parsed.success)
    return { ok: false, errors: { answer: parsed.error.issues[0]?.message ?? t.errors.textTooShort } };
  return { ok: true, answer: { text: parsed.data } };
}

/** Start, end and review day: all real days, end not before start, review after today and within the period. */
export function validateTimeline(values: Record<string, FormValue>, today: string): Validated<Timeline> {
  const errors: Record<string, string> = {};
  const days: Partial<Timeline> = {};
  for (const id of ["startsOn", "endsOn", "reviewOn"] as const) {
    const raw = asString(values[id]);
    if (!raw.trim()) errors[id] = t.errors.dateMissing;
    else {
      const day = parseDay(raw);
      if (day) days[id] = day;
      else errors[id] = t.errors.dateInvalid;
    }
  }
  const { startsOn, endsOn, reviewOn } = days;
  if (startsOn && endsOn && endsOn < startsOn) errors.endsOn = t.errors.endBeforeStart;
  if (reviewOn && !errors.reviewOn) {
    if (reviewOn <= today) errors.reviewOn = t.errors.reviewNotFuture;
    else if (startsOn && reviewOn < startsOn) errors.reviewOn = t.errors.reviewBeforeStart;
    else if (endsOn && reviewOn > endsOn) errors.reviewOn = t.errors.reviewAfterEnd;
  }
  if (Object.keys(errors).length > 0 || !startsOn || !endsOn || !reviewOn) return { ok: false, errors };
  return { ok: true, answer: { startsOn, endsOn, reviewOn } };
}

function validateRoles(values: Record<string, FormValue>): Validated<RolesAnswer> {
  const errors: Record<string, string> = {};
  if (!isTicked(values.noCare)) errors.noCare = t.errors.noCareRequired;
  if (!isTicked(values.rolesAgreed)) errors.rolesAgreed = t.errors.rolesAgreedRequired;
  const roles = freeText.safeParse(asString(values.roles));
  if (!roles.success) errors.roles = roles.error.issues[0]?.message ?? t.errors.textTooShort;
  if (!roles.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, answer: { noCare: true, rolesAgreed: true, roles: roles.data } };
}

export function validateStep(
  step: number,
  values: Record<string, FormValue>,
  today: string,
): Validated<StepAnswer> {
  if (step === 5) return validateTimeline(values, today);
  if (step === 6) return validateRoles(values);
  return validateText(values);
}

/** The free text of an answer, for the privacy guard, keyed by the input it came from. */
export function freeTextOf(answer: StepAnswer): Record<string, string> {
  if ("text" in answer) return { answer: answer.text };
  if ("roles" in answer) return { roles: answer.roles };
  return {};
}

/** A saved answer counts only if it still satisfies the step (older rows are never trusted blindly). */
export function isComplete(step: number, answer: Record<string, unknown> | undefined): boolean {
  if (!answer) return false;
  if (step === 5) return ["startsOn", "endsOn", "reviewOn"].every((k) => typeof answer[k] === "string");
  if (step === 6)
    return answer.noCare === true && answer.rolesAgreed === true && typeof answer.roles === "string";
  return typeof answer.text === "string" && answer.text.trim().length > 0;
}

const str = (v: unknown) => (typeof v === "string" ? v : undefined);

/** The inputs of a step, pre-filled with the saved answer so going back or resuming shows what is there. */
export function stepInputs(step: number, saved: Record<string, unknown> | undefined): FormInput[] {
  const initial = (v: unknown) => {
    const s = str(v);
    return s === undefined ? {} : { initial: s };
  };
  if (step === 5) {
    return [
      { id: "startsOn", kind: "date", label: t.startsOn, required: true, ...initial(saved?.startsOn) },
      { id: "endsOn", kind: "date", label: t.endsOn, required: true, ...initial(saved?.endsOn) },
      {
        id: "reviewOn",
        kind: "date",
        label: t.reviewOn,
        required: true,
        hint: t.reviewHint,
        ...initial(saved?.reviewOn),
      },
    ];
  }
  if (step === 6) {
    const ticked = (v: unknown) => ({ initial: v === true ? "true" : "false" });
    return [
      {
        id: "noCare",
        kind: "checkbox",
        label: t.noCare,
        required: true,
        hint: t.noCareHint,
        ...ticked(saved?.noCare),
      },
      {
        id: "rolesAgreed",
        kind: "checkbox",
        label: t.rolesAgreed,
        required: true,
        ...ticked(saved?.rolesAgreed),
      },
      {
        id: "roles",
        kind: "textarea",
        label: t.roles,
        required: true,
        hint: t.rolesHint,
        maxLength: 3000,
        ...initial(saved?.roles),
      },
    ];
  }
  return [
    {
      id: "answer",
      kind: "textarea",
      label: t.answerLabel,
      required: true,
      hint: t.answerHint,
      maxLength: 3000,
      ...initial(saved?.text),
    },
  ];
}

/** The step's question; step 4 names the kind of institution (Schule, Kita, Hort). */
export function questionOf(step: number, partnerType: string): string {
  if (step === 4) return t.partQuestion[partnerType] ?? t.steps[4]?.question ?? "";
  return t.steps[step]?.question ?? "";
}

/** One line per answer, for zeigen and the history. */
export function summarise(step: number, answer: Record<string, unknown>, day: (d: string) => string): string {
  if (step === 5) {
    const d = (v: unknown) => (typeof v === "string" ? day(v) : t.none);
    return `${t.startsOn}: ${d(answer.startsOn)} · ${t.endsOn}: ${d(answer.endsOn)} · ${t.reviewOn}: ${d(answer.reviewOn)}`;
  }
  if (step === 6) {
    const mark = (v: unknown) => (v === true ? t.confirmed : t.notConfirmed);
    return `${t.noCareShort}: ${mark(answer.noCare)} · ${t.rolesAgreedShort}: ${mark(answer.rolesAgreed)} · ${t.roles} ${str(answer.roles) ?? t.none}`;
  }
  return str(answer.text) ?? t.none;
}
