// Turns the neutral Reply model into Block Kit messages and modal views, within Slack's limits.
import type { types } from "@slack/bolt";
import { common, slack as slackText } from "../../commands/messages/index.js";
import type { Button, Choice, Element, Form, FormInput } from "../../conversation/reply.js";
import { escapeMrkdwn } from "./escape.js";
import { clip, SLACK_LIMITS as L } from "./limits.js";

type Block = types.KnownBlock;
type ButtonElement = types.Button;
type PlainOption = types.PlainTextOption;

export interface RenderedMessage {
  /** Fallback text for notifications and screen readers. */
  text: string;
  blocks: Block[];
}

/** What the adapter keeps in `private_metadata`: the form's own state plus where it was opened. */
export interface FormMetadata {
  /** The form's opaque state (ids only). */
  s?: string;
  /** Channel the form was opened from. */
  c?: string;
  /** response_url of the slash command or message that opened it (for the closing message). */
  r?: string;
}

const ACTION_SUFFIX = /~\d+$/;

/** Slack wants action ids unique within a block; we suffix repeats and strip the suffix on the way back. */
export function baseActionId(actionId: string): string {
  return actionId.replace(ACTION_SUFFIX, "");
}

const plain = (value: string, max: number): types.PlainTextElement => ({
  type: "plain_text",
  text: clip(value || " ", max),
  emoji: true,
});

const mrkdwn = (value: string, max: number): types.MrkdwnElement => ({
  type: "mrkdwn",
  text: clip(value || " ", max),
});

function renderButtons(buttons: Button[]): ButtonElement[] {
  const seen = new Map<string, number>();
  return buttons.map((b) => {
    // Room for a "~NN" suffix, so clipping never makes two ids equal.
    const base = b.actionId.slice(0, L.actionId - 4);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return {
      type: "button",
      text: plain(b.label, L.buttonText),
      action_id: n === 0 ? base : `${base}~${n}`,
      ...(b.value === undefined ? {} : { value: b.value.slice(0, L.buttonValue) }),
      ...(b.style ? { style: b.style } : {}),
    };
  });
}

function actionsBlocks(buttons: Button[]): Block[] {
  const rendered = renderButtons(buttons);
  const blocks: Block[] = [];
  for (let i = 0; i < rendered.length; i += L.actionsElements) {
    blocks.push({ type: "actions", elements: rendered.slice(i, i + L.actionsElements) });
  }
  return blocks;
}

function sectionsFor(textValue: string): Block[] {
  const blocks: Block[] = [];
  const escaped = escapeMrkdwn(textValue);
  for (let i = 0; i < escaped.length || i === 0; i += L.sectionText) {
    blocks.push({ type: "section", text: mrkdwn(escaped.slice(i, i + L.sectionText), L.sectionText) });
  }
  return blocks;
}

function elementBlocks(element: Element): Block[] {
  switch (element.type) {
    case "text":
      if (element.style === "heading") return [{ type: "header", text: plain(element.text, L.headerText) }];
      if (element.style === "muted") {
        return [{ type: "context", elements: [mrkdwn(escapeMrkdwn(element.text), L.contextText)] }];
      }
      return sectionsFor(element.style === "warning" ? `⚠️ ${element.text}` : element.text);
    case "fields": {
      const blocks: Block[] = [];
      const fields = element.fields.map((f) =>
        mrkdwn(
          `*${escapeMrkdwn(f.label)}*${f.flagged ? " ⚠️" : ""}\n${escapeMrkdwn(f.value || "–")}`,
          L.fieldText,
        ),
      );
      for (let i = 0; i < fields.length; i += L.sectionFields) {
        blocks.push({ type: "section", fields: fields.slice(i, i + L.sectionFields) });
      }
      return blocks;
    }
    case "list":
      return element.items.flatMap((item): Block[] => {
        const body = `*${escapeMrkdwn(item.title)}*${item.detail ? `\n${escapeMrkdwn(item.detail)}` : ""}`;
        const section: types.SectionBlock = { type: "section", text: mrkdwn(body, L.sectionText) };
        const buttons = item.actions ?? [];
        const [only] = buttons;
        if (buttons.length === 1 && only) return [{ ...section, accessory: renderButtons([only])[0] }];
        return buttons.length > 1 ? [section, ...actionsBlocks(buttons)] : [section];
      });
    case "actions":
      return actionsBlocks(element.buttons);
    case "divider":
      return [{ type: "divider" }];
    case "image":
      // Block Kit images need a public URL; the PNG itself is uploaded separately when it matters.
      return [
        {
          type: "context",
          elements: [mrkdwn(escapeMrkdwn(slackText.image(element.title ?? element.alt)), L.contextText)],
        },
      ];
  }
}

/**
 * Fallback text of the elements (notifications, screen readers), within the message text limit.
 * Slack formats this `text` as mrkdwn too, so a `<!channel>` in a committee name would ping: escaped.
 */
export function fallbackText(elements: Element[]): string {
  const parts: string[] = [];
  for (const e of elements) {
    if (e.type === "text") parts.push(e.text);
    else if (e.type === "fields") parts.push(e.fields.map((f) => `${f.label}: ${f.value}`).join("\n"));
    else if (e.type === "list") parts.push(e.items.map((i) => i.title).join("\n"));
  }
  return clip(escapeMrkdwn(parts.join("\n")) || " ", L.messageText);
}

/** A file's `initial_comment`: Slack formats it as mrkdwn like a message. */
export const fileComment = (comment: string): string => clip(escapeMrkdwn(comment), L.messageText);

/** Renders blocks up to `max`, replacing the overflow with one visible "… N weitere" line. */
export function renderBlocks(elements: Element[], max: number): Block[] {
  const all = elements.flatMap(elementBlocks);
  if (all.length <= max) return all;
  const shown = max - 1;
  return [
    ...all.slice(0, shown),
    { type: "context", elements: [mrkdwn(escapeMrkdwn(common.truncated(shown, all.length)), L.contextText)] },
  ];
}

export function renderMessage(elements: Element[]): RenderedMessage {
  return { text: fallbackText(elements), blocks: renderBlocks(elements, L.messageBlocks) };
}

function options(choices: Choice[]): PlainOption[] {
  return choices.slice(0, L.selectOptions).map((c) => ({
    text: plain(c.label, L.optionText),
    value: c.value.slice(0, L.optionValue),
  }));
}

function initialList(input: FormInput): string[] {
  if (input.initial === undefined) return [];
  return Array.isArray(input.initial) ? input.initial : [input.initial];
}

function inputElement(input: FormInput): types.InputBlock["element"] {
  const actionId = clip(input.id, L.actionId);
  const placeholder = input.placeholder ? { placeholder: plain(input.placeholder, L.placeholder) } : {};
  const first = initialList(input)[0];
  switch (input.kind) {
    case "text":
    case "textarea":
      return {
        type: "plain_text_input",
        action_id: actionId,
        multiline: input.kind === "textarea",
        ...placeholder,
        ...(first ? { initial_value: first.slice(0, L.plainTextInputMax) } : {}),
        ...(input.maxLength ? { max_length: Math.min(input.maxLength, L.plainTextInputMax) } : {}),
      };
    case "number":
      return {
        type: "number_input",
        action_id: actionId,
        is_decimal_allowed: false,
        ...placeholder,
        ...(first ? { initial_value: first } : {}),
        ...(input.min === undefined ? {} : { min_value: String(input.min) }),
        ...(input.max === undefined ? {} : { max_value: String(input.max) }),
      };
    case "date":
      return {
        type: "datepicker",
        action_id: actionId,
        ...placeholder,
        ...(first ? { initial_date: first } : {}),
      };
    case "time":
      return {
        type: "timepicker",
        action_id: actionId,
        ...placeholder,
        ...(first ? { initial_time: first } : {}),
      };
    case "select": {
      const opts = options(input.options ?? []);
      const initial = opts.find((o) => o.value === first);
      return {
        type: "static_select",
        action_id: actionId,
        ...placeholder,
        options: opts,
        ...(initial ? { initial_option: initial } : {}),
      };
    }
    case "multiselect": {
      const opts = options(input.options ?? []);
      const wanted = new Set(initialList(input));
      const initial = opts.filter((o) => wanted.has(o.value ?? ""));
      return {
        type: "multi_static_select",
        action_id: actionId,
        ...placeholder,
        options: opts,
        ...(initial.length > 0 ? { initial_options: initial } : {}),
      };
    }
    case "checkbox": {
      const [given] = input.options ?? [];
      const option: PlainOption = {
        text: plain(given?.label ?? input.label, L.optionText),
        value: (given?.value ?? "true").slice(0, L.optionValue),
      };
      return {
        type: "checkboxes",
        action_id: actionId,
        options: [option],
        ...(first === "true" || (first !== undefined && first === given?.value)
          ? { initial_options: [option] }
          : {}),
      };
    }
  }
}

/**
 * Inputs whose answer is checked as it is given (Form.checksEachField): a text or number on Enter, a picker
 * or choice when chosen. Not on every character: each check redraws the modal (views.update), which while
 * someone types would flicker, fight the cursor and spend Slack's rate limit on half-typed words.
 */
const DISPATCHING = new Set<FormInput["kind"]>(["text", "number", "date", "time", "select"]);
const ON_ENTER = { trigger_actions_on: ["on_enter_pressed" as const] };

function dispatching(input: FormInput, element: types.InputBlock["element"]): types.InputBlock["element"] {
  return input.kind === "text" || input.kind === "number"
    ? ({ ...element, dispatch_action_config: ON_ENTER } as types.InputBlock["element"])
    : element;
}

function inputBlock(input: FormInput, checks = false): types.InputBlock {
  const total = input.options?.length ?? 0;
  const cut =
    (input.kind === "select" || input.kind === "multiselect") && total > L.selectOptions
      ? slackText.optionsCut(L.selectOptions, total)
      : undefined;
  const hint = [input.hint, cut].filter(Boolean).join(" ");
  return {
    type: "input",
    block_id: clip(input.id, L.blockId),
    label: plain(input.label, L.inputLabel),
    optional: !input.required,
    ...(checks && DISPATCHING.has(input.kind)
      ? { dispatch_action: true, element: dispatching(input, inputElement(input)) }
      : { element: inputElement(input) }),
    ...(hint ? { hint: plain(hint, L.inputHint) } : {}),
  };
}

/** Packs the metadata into `private_metadata`, dropping the optional parts first if it is too long. */
export function packMetadata(meta: FormMetadata): string {
  const candidates: FormMetadata[] = [meta, { s: meta.s, c: meta.c }, { s: meta.s }];
  for (const candidate of candidates) {
    const packed = JSON.stringify(candidate);
    if (packed.length <= L.privateMetadata) return packed;
  }
  // A form's own state is specified as small; an oversized one is dropped rather than failing the view.
  return "{}";
}

export function unpackMetadata(raw: string | undefined): FormMetadata {
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (!parsed || typeof parsed !== "object") return {};
    const { s, c, r } = parsed as Record<string, unknown>;
    return {
      ...(typeof s === "string" ? { s } : {}),
      ...(typeof c === "string" ? { c } : {}),
      ...(typeof r === "string" ? { r } : {}),
    };
  } catch {
    return {};
  }
}

export function renderModal(form: Form, meta: Omit<FormMetadata, "s"> = {}): types.ModalView {
  const head: Block[] = form.intro ? sectionsFor(form.intro) : [];
  const actions: Block[] = form.actions?.length ? actionsBlocks(form.actions) : [];
  const room = L.viewBlocks - head.length - actions.length;
  const checks = form.checksEachField === true;
  const inputs = form.inputs.slice(0, Math.max(0, room)).map((input) => inputBlock(input, checks));
  return {
    type: "modal",
    callback_id: clip(form.formId, L.callbackId),
    title: plain(form.title, L.viewTitle),
    submit: plain(form.submitLabel, L.viewSubmit),
    close: plain(common.cancel, L.viewClose),
    private_metadata: packMetadata({ ...meta, ...(form.state === undefined ? {} : { s: form.state }) }),
    blocks: [...head, ...inputs, ...actions],
  };
}

/** A modal without inputs that only shows a message: what a closed form leaves behind when it was a click inside it. */
export function renderNoticeModal(elements: Element[], meta: Omit<FormMetadata, "s"> = {}): types.ModalView {
  return {
    type: "modal",
    title: plain(slackText.noticeTitle, L.viewTitle),
    close: plain(slackText.noticeClose, L.viewClose),
    private_metadata: packMetadata(meta),
    blocks: renderBlocks(elements, L.viewBlocks),
  };
}

export function renderHome(elements: Element[]): types.HomeView {
  return { type: "home", blocks: renderBlocks(elements, L.viewBlocks) };
}

/** Field errors keyed by block id (= input id), clipped. */
export function renderErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(errors).map(([k, v]) => [clip(k, L.blockId), clip(v, L.fieldError)]),
  );
}
