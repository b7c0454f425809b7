// Renders the neutral Reply as an Adaptive Card (schema 1.5) within Teams' limits.

import {
  ActionSet,
  AdaptiveCard as CardBuilder,
  Container,
  Fact,
  FactSet,
  Image,
  SubmitAction,
  TextBlock,
} from "@microsoft/teams.cards";
import { common, teams } from "../../commands/messages/index.js";
import type { FormValue } from "../../conversation/input.js";
import type { Button, Element, Reply } from "../../conversation/reply.js";
import type { AdaptiveCard, CardElement, SubmitData } from "./card.js";
import { escapeMarkdown } from "./escape.js";
import { renderFormBody } from "./form.js";
import { TEAMS_LIMITS as L } from "./limits.js";

/** How much a card may carry; shrinks step by step until the card fits `L.cardBytes`. */
export interface Budget {
  listItems: number;
  facts: number;
  text: number;
  images: boolean;
  carryForm: boolean;
  /** Field check buttons carry the form too (each a copy), so a check can redraw the card in place. */
  checksCarryForm: boolean;
  /** Content is cut: the card says so. */
  cut: boolean;
}

const FULL = { listItems: L.listItems, facts: L.facts, text: L.text };
const BUDGETS: Budget[] = [
  { ...FULL, images: true, carryForm: true, checksCarryForm: true, cut: false },
  // A large form keeps its submit's copy first: a check then answers below the card instead of in it.
  { ...FULL, images: true, carryForm: true, checksCarryForm: false, cut: false },
  { ...FULL, images: false, carryForm: false, checksCarryForm: false, cut: false },
  {
    listItems: 20,
    facts: 20,
    text: 1_500,
    images: false,
    carryForm: false,
    checksCarryForm: false,
    cut: true,
  },
  { listItems: 10, facts: 10, text: 600, images: false, carryForm: false, checksCarryForm: false, cut: true },
  { listItems: 3, facts: 5, text: 200, images: false, carryForm: false, checksCarryForm: false, cut: true },
];

/** Cuts first (the limit counts what people read), then makes the text inert (see escape.ts). */
export const cardText = (value: string, max: number): string => escapeMarkdown(cut(value, max));

export const cut = (value: string, max: number): string =>
  value.length <= max ? value : `${value.slice(0, Math.max(0, max - 1))}…`;

export const cardBytes = (card: AdaptiveCard): number => Buffer.byteLength(JSON.stringify(card), "utf8");

export function emptyCard(body: CardElement[]): AdaptiveCard {
  return new CardBuilder(...body)
    .with$schema("http://adaptivecards.io/schemas/adaptive-card.json")
    .withVersion(L.cardVersion)
    .withMsteams({ width: "full" });
}

const TEXT_STYLES = {
  heading: { style: "heading", size: "Large", weight: "Bolder" },
  muted: { isSubtle: true, size: "Small" },
  warning: { color: "Attention", weight: "Bolder" },
} as const;

export function textBlock(value: string, style: string | undefined, budget: Budget): TextBlock {
  const look = style === "heading" || style === "muted" || style === "warning" ? TEXT_STYLES[style] : {};
  return new TextBlock(cardText(value, budget.text), { wrap: true, ...look });
}

export function submitAction(b: Button): SubmitAction {
  const data: SubmitData = {
    sra: "action",
    actionId: b.actionId,
    ...(b.value === undefined ? {} : { value: cut(b.value, L.actionValue) }),
  };
  return new SubmitAction({
    title: cut(b.label, L.buttonLabel),
    data,
    associatedInputs: "none",
    ...(b.style ? { style: b.style === "primary" ? "positive" : "destructive" } : {}),
  });
}

/** ActionSets of at most `L.actionsPerSet` actions, so Teams shows every button. */
export function actionSetsOf(actions: SubmitAction[]): ActionSet[] {
  const sets: ActionSet[] = [];
  for (let i = 0; i < actions.length; i += L.actionsPerSet) {
    sets.push(new ActionSet(...actions.slice(i, i + L.actionsPerSet)));
  }
  return sets;
}

export const actionSets = (buttons: Button[]): ActionSet[] => actionSetsOf(buttons.map(submitAction));

type Field = Extract<Element, { type: "fields" }>["fields"][number];

const labelOf = (f: Field) => (f.flagged ? `⚠ ${f.label}` : f.label);
const factValue = (budget: Budget) => Math.min(L.factValue, budget.text);

/** A FactSet only while every label word fits its narrow title column; else Teams breaks words inside. */
const fitsFactSet = (fields: Field[]) =>
  fields.every((f) => f.label.split(/\s+/u).every((w) => w.length <= L.factTitleWord));

/** Label above value, both the card's full width: long German words wrap between words only. */
const stackedField = (f: Field, budget: Budget): Container =>
  new Container(
    new TextBlock(cardText(labelOf(f), L.factTitle), { wrap: true, weight: "Bolder" }),
    new TextBlock(cardText(f.value, factValue(budget)), { wrap: true, spacing: "None" }),
  ).withOptions({ spacing: "Small" });

function renderElement(el: Element, budget: Budget): CardElement[] {
  switch (el.type) {
    case "text":
      return [textBlock(el.text, el.style, budget)];
    case "fields": {
      const shown = el.fields.slice(0, budget.facts);
      const out: CardElement[] = fitsFactSet(shown)
        ? [
            new FactSet(
              ...shown.map(
                (f) => new Fact(cardText(labelOf(f), L.factTitle), cardText(f.value, factValue(budget))),
              ),
            ),
          ]
        : shown.map((f) => stackedField(f, budget));
      if (shown.length < el.fields.length)
        out.push(textBlock(common.truncated(shown.length, el.fields.length), "muted", budget));
      return out;
    }
    case "list": {
      const shown = el.items.slice(0, budget.listItems);
      const out: CardElement[] = shown.map((item) =>
        new Container(
          new TextBlock(cardText(item.title, budget.text), { wrap: true, weight: "Bolder" }),
          ...(item.detail
            ? [new TextBlock(cardText(item.detail, budget.text), { wrap: true, isSubtle: true })]
            : []),
          ...(item.actions?.length ? actionSets(item.actions) : []),
        ).withOptions({ separator: true }),
      );
      if (shown.length < el.items.length)
        out.push(textBlock(common.truncated(shown.length, el.items.length), "muted", budget));
      return out;
    }
    case "actions":
      return actionSets(el.buttons);
    case "divider":
      return [];
    case "image": {
      const base64 = Buffer.from(el.png).toString("base64");
      if (!budget.images || base64.length > L.imageBytes)
        return [textBlock(teams.image(el.alt), "muted", budget)];
      return [
        ...(el.title ? [textBlock(el.title, undefined, budget)] : []),
        new Image(`data:image/png;base64,${base64}`, { altText: cut(el.alt, 200) }),
      ];
    }
  }
}

function messageBody(elements: Element[], budget: Budget): CardElement[] {
  const body: CardElement[] = [];
  let separate = false;
  for (const el of elements) {
    if (el.type === "divider") {
      separate = body.length > 0;
      continue;
    }
    const rendered = renderElement(el, budget);
    const first = rendered[0];
    if (separate && first) first.separator = true;
    separate = false;
    body.push(...rendered);
  }
  return body;
}

/**
 * What a re-rendered form shows after a submit: the submitted values and the field errors. After a field
 * check also its notes and the field checked, which says it is fine when it has neither error nor note.
 */
export interface FormRetry {
  values: Record<string, FormValue>;
  errors: Record<string, string>;
  notes?: Record<string, string>;
  checked?: string;
}

function bodyFor(reply: Reply, budget: Budget, retry?: FormRetry): CardElement[] {
  switch (reply.kind) {
    case "message":
      return messageBody(reply.elements, budget);
    case "form":
      return renderFormBody(reply.form, budget, retry);
    case "formErrors":
      return [
        textBlock(teams.formHasErrors, "warning", budget),
        ...Object.values(reply.errors).map((e) => textBlock(e, undefined, budget)),
      ];
    case "file":
      return [textBlock(reply.comment, undefined, budget)];
    case "closeForm":
      return reply.then ? bodyFor(reply.then, budget) : [textBlock(teams.formClosed, "muted", budget)];
  }
}

/** The reply as one Adaptive Card that fits Teams' message size, shrinking content if it must. */
export function renderCard(reply: Reply, retry?: FormRetry): AdaptiveCard {
  for (const budget of BUDGETS) {
    const body = bodyFor(reply, budget, retry);
    if (budget.cut) body.push(textBlock(teams.cardTooLarge, "muted", budget));
    const card = emptyCard(body);
    if (cardBytes(card) <= L.cardBytes) return card;
  }
  const last = BUDGETS[BUDGETS.length - 1] as Budget;
  return emptyCard([textBlock(teams.cardTooLarge, "warning", last)]);
}

/** A short plain-text preview for notifications (Teams shows `summary` in the activity feed). */
export function summaryOf(reply: Reply): string | undefined {
  if (reply.kind === "form") return cut(reply.form.title, 100);
  if (reply.kind === "file") return cut(reply.comment, 100);
  if (reply.kind !== "message") return undefined;
  const first = reply.elements.find((e) => e.type === "text");
  return first && first.type === "text" ? cut(first.text, 100) : undefined;
}
