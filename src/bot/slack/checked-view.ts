// The open modal redrawn after one field was checked: the verdict as a line directly under each field it names
// (an error, or a note such as a rhythm's next dates), earlier lines there removed, the typed values kept.
import type { types } from "@slack/bolt";
import { escapeMrkdwn } from "./escape.js";
import { clip, SLACK_LIMITS as L } from "./limits.js";
import type { SlackInputState } from "./parse.js";

type Block = types.KnownBlock;

/** The modal as a block action from inside it carries it (checked in payload.ts). */
export interface OpenView {
  id: string;
  hash: string;
  callback_id: string;
  title: types.PlainTextElement;
  submit?: types.PlainTextElement;
  close?: types.PlainTextElement;
  private_metadata?: string;
  clear_on_close?: boolean;
  notify_on_close?: boolean;
  blocks: Block[];
  state: { values: Record<string, Record<string, SlackInputState>> };
}

export interface Verdict {
  errors: Record<string, string>;
  notes?: Record<string, string>;
}

/** The block id of the line under a field; "~" never occurs in an input id, so it cannot collide with one. */
export const verdictBlockId = (field: string): string => clip(`${field}~check`, L.blockId);

function verdictLine(field: string, text: string): types.ContextBlock {
  return {
    type: "context",
    block_id: verdictBlockId(field),
    elements: [{ type: "mrkdwn", text: clip(escapeMrkdwn(text), L.contextText) }],
  };
}

type Element = Record<string, unknown> & { type?: string; options?: { value?: string }[] };

/**
 * The element with the value the user gave as its initial one. Slack keeps what was typed across
 * views.update while the block and action ids stay; this says the same in the view itself, so a client that
 * redraws from it shows the answer too.
 */
function withTyped(element: Element, state: SlackInputState | undefined): Element {
  if (!state) return element;
  const out: Element = { ...element };
  const pick = (value: string | undefined) => element.options?.find((o) => o.value === value);
  switch (state.type) {
    case "plain_text_input":
    case "number_input":
      delete out.initial_value;
      if (typeof state.value === "string" && state.value) out.initial_value = state.value;
      return out;
    case "datepicker":
      delete out.initial_date;
      if (state.selected_date) out.initial_date = state.selected_date;
      return out;
    case "timepicker":
      delete out.initial_time;
      if (state.selected_time) out.initial_time = state.selected_time;
      return out;
    case "static_select": {
      delete out.initial_option;
      const chosen = pick(state.selected_option?.value);
      if (chosen) out.initial_option = chosen;
      return out;
    }
    case "multi_static_select":
    case "checkboxes": {
      delete out.initial_options;
      const chosen = (state.selected_options ?? []).map((o) => pick(o.value)).filter(Boolean);
      if (chosen.length > 0) out.initial_options = chosen;
      return out;
    }
    default:
      return element;
  }
}

/** The modal for views.update: `checked` and every field the verdict names get their new line, or none. */
export function checkedView(view: OpenView, checked: string, verdict: Verdict): types.ModalView {
  const notes = verdict.notes ?? {};
  const named = new Set([checked, ...Object.keys(verdict.errors), ...Object.keys(notes)]);
  const stale = new Set([...named].map(verdictBlockId));
  const kept = view.blocks.filter((b) => !(b.block_id && stale.has(b.block_id)));
  let room = L.viewBlocks - kept.length;
  const blocks: Block[] = [];
  for (const block of kept) {
    if (block.type !== "input" || !block.block_id) {
      blocks.push(block);
      continue;
    }
    const element = block.element as unknown as Element & { action_id?: string };
    const state = view.state.values[block.block_id]?.[element.action_id ?? ""];
    blocks.push({ ...block, element: withTyped(element, state) } as unknown as Block);
    const field = block.block_id;
    if (!named.has(field) || room <= 0) continue;
    const error = verdict.errors[field];
    const line = error ? `⚠️ ${error}` : notes[field];
    if (line) {
      blocks.push(verdictLine(field, line));
      room -= 1;
    }
  }
  return {
    type: "modal",
    callback_id: view.callback_id,
    title: view.title,
    ...(view.submit ? { submit: view.submit } : {}),
    ...(view.close ? { close: view.close } : {}),
    ...(view.private_metadata === undefined ? {} : { private_metadata: view.private_metadata }),
    ...(view.clear_on_close === undefined ? {} : { clear_on_close: view.clear_on_close }),
    ...(view.notify_on_close === undefined ? {} : { notify_on_close: view.notify_on_close }),
    blocks,
  };
}
