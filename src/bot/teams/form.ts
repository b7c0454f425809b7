// A neutral Form as Adaptive Card inputs with client-side validation, and its submitted values read back.

import {
  ActionSet,
  Choice,
  ChoiceSetInput,
  DateInput,
  NumberInput,
  SubmitAction,
  TextBlock,
  TextInput,
  TimeInput,
  ToggleInput,
} from "@microsoft/teams.cards";
import { teams } from "../../commands/messages/index.js";
import type { FormValue } from "../../conversation/input.js";
import type { Form, FormInput } from "../../conversation/reply.js";
import { type CardElement, INPUT_PREFIX, type KindHints, kindHint, type SubmitData } from "./card.js";
import { TEAMS_LIMITS as L } from "./limits.js";
import {
  actionSetsOf,
  type Budget,
  cardText,
  cut,
  type FormRetry,
  submitAction,
  textBlock,
} from "./render.js";

const asString = (v: FormValue | string[] | undefined): string | undefined => {
  if (v === undefined) return undefined;
  if (Array.isArray(v)) return v.join(",");
  return String(v);
};

const choiceLabel = (label: string) => cut(label, L.factValue);

function renderInput(input: FormInput, value: string | undefined): CardElement[] {
  const common = {
    id: `${INPUT_PREFIX}${input.id}`,
    label: cut(input.label, L.inputLabel),
    ...(input.required ? { isRequired: true, errorMessage: teams.required } : {}),
    // The client refuses a number out of range before sending; it says why in the same words as the range.
    ...(input.kind === "number" && (input.min !== undefined || input.max !== undefined)
      ? { errorMessage: teams.numberRange(input.min, input.max) }
      : {}),
  };
  const placeholder = input.placeholder ? { placeholder: input.placeholder } : {};
  switch (input.kind) {
    case "text":
    case "textarea":
      return [
        new TextInput({
          ...common,
          isMultiline: input.kind === "textarea",
          ...placeholder,
          ...(input.maxLength ? { maxLength: input.maxLength } : {}),
          ...(value !== undefined ? { value } : {}),
        }),
      ];
    case "number": {
      const n = value === undefined || value === "" ? undefined : Number(value);
      return [
        new NumberInput({
          ...common,
          ...(input.min !== undefined ? { min: input.min } : {}),
          ...(input.max !== undefined ? { max: input.max } : {}),
          ...placeholder,
          ...(n !== undefined && Number.isFinite(n) ? { value: n } : {}),
        }),
      ];
    }
    case "date":
      return [new DateInput({ ...common, ...(value ? { value } : {}) })];
    case "time":
      return [new TimeInput({ ...common, ...(value ? { value } : {}) })];
    case "select":
    case "multiselect": {
      const options = input.options ?? [];
      const shown = options.slice(0, L.choices);
      const choices = new ChoiceSetInput(
        ...shown.map((o) => new Choice({ title: choiceLabel(o.label), value: o.value })),
      ).withOptions({
        ...common,
        style: "compact",
        isMultiSelect: input.kind === "multiselect",
        ...placeholder,
        ...(value ? { value } : {}),
      });
      if (shown.length === options.length) return [choices];
      return [
        choices,
        new TextBlock(cardText(teams.optionsCut(shown.length, options.length), L.text), {
          wrap: true,
          isSubtle: true,
        }),
      ];
    }
    case "checkbox": {
      const { label: _label, ...rest } = common;
      return [
        new ToggleInput(cut(input.label, L.inputLabel), {
          ...rest,
          valueOn: "true",
          valueOff: "false",
          value: value === "true" ? "true" : "false",
        }),
      ];
    }
  }
}

/**
 * Inputs a field check button goes under (Form.checksEachField): what is typed in words. Pickers and choices
 * cannot hold a malformed answer, and the client checks numbers against their range itself.
 */
const CHECKED_KINDS = new Set<FormInput["kind"]>(["text"]);

/** The line under a field: its error, else its note, else (the field just checked) that it is fine. */
function verdictOf(input: FormInput, retry: FormRetry | undefined, budget: Budget): CardElement[] {
  const error = retry?.errors[input.id];
  if (error) return [new TextBlock(cardText(error, budget.text), { wrap: true, color: "Attention" })];
  const note = retry?.notes?.[input.id] ?? (retry?.checked === input.id ? teams.fieldOk : undefined);
  return note ? [new TextBlock(cardText(note, budget.text), { wrap: true, color: "Good" })] : [];
}

/** Form title, intro, inputs (with errors from a previous submit), then submit and extra buttons. */
export function renderFormBody(form: Form, budget: Budget, retry?: FormRetry): CardElement[] {
  const body: CardElement[] = [textBlock(form.title, "heading", budget)];
  if (form.intro) body.push(textBlock(form.intro, undefined, budget));
  if (retry && Object.keys(retry.errors).length > 0)
    body.push(textBlock(teams.formHasErrors, "warning", budget));
  const kinds: KindHints = {};
  for (const input of form.inputs) {
    const hint = kindHint(input.kind);
    if (hint) kinds[input.id] = hint;
  }
  const data: SubmitData = {
    sra: "submit",
    formId: form.formId,
    ...(form.state !== undefined ? { state: form.state } : {}),
    ...(Object.keys(kinds).length ? { kinds } : {}),
    ...(budget.carryForm
      ? { form: { ...form, inputs: form.inputs.map(({ initial: _i, ...rest }) => rest) } }
      : {}),
  };
  const { form: _carried, ...light } = data;
  for (const input of form.inputs) {
    const value = retry ? asString(retry.values[input.id]) : asString(input.initial);
    body.push(...renderInput(input, value));
    if (input.hint) body.push(textBlock(input.hint, "muted", budget));
    body.push(...verdictOf(input, retry, budget));
    // Sends the whole form (the client checks its required fields first) with the one field to check.
    if (form.checksEachField && CHECKED_KINDS.has(input.kind))
      body.push(
        new ActionSet(
          new SubmitAction({
            title: cut(teams.checkField, L.buttonLabel),
            data: { ...(budget.checksCarryForm ? data : light), check: input.id } satisfies SubmitData,
          }),
        ).withOptions({ spacing: "Small" }),
      );
  }
  const submit = new SubmitAction({ title: cut(form.submitLabel, L.buttonLabel), style: "positive", data });
  body.push(...actionSetsOf([submit, ...(form.actions ?? []).map(submitAction)]));
  return body;
}

/** Reads the submitted inputs back into neutral form values, using the kind hints the card carried. */
export function readSubmittedValues(
  payload: Record<string, unknown>,
  kinds: KindHints = {},
): Record<string, FormValue> {
  const values: Record<string, FormValue> = {};
  for (const [key, raw] of Object.entries(payload)) {
    if (!key.startsWith(INPUT_PREFIX)) continue;
    const id = key.slice(INPUT_PREFIX.length);
    const str = raw === undefined || raw === null ? "" : String(raw);
    const kind = kinds[id];
    if (kind === "multiselect") values[id] = str.split(",").filter((v) => v !== "");
    else if (kind === "checkbox") values[id] = str === "true";
    else values[id] = str === "" ? undefined : str;
  }
  return values;
}
