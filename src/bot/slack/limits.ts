// Slack's documented Block Kit and API limits, as data; the renderer pages or truncates against them.
export const SLACK_LIMITS = {
  /** Blocks in one message (chat.postMessage, response_url). */
  messageBlocks: 50,
  /** Blocks in one modal or App Home view. */
  viewBlocks: 100,
  /** Top-level fallback `text` of a message. */
  messageText: 40_000,
  sectionText: 3_000,
  sectionFields: 10,
  fieldText: 2_000,
  headerText: 150,
  contextElements: 10,
  contextText: 2_000,
  buttonText: 75,
  buttonValue: 2_000,
  actionId: 255,
  blockId: 255,
  actionsElements: 25,
  selectOptions: 100,
  optionText: 75,
  optionValue: 150,
  inputLabel: 2_000,
  inputHint: 2_000,
  placeholder: 150,
  plainTextInputMax: 3_000,
  viewTitle: 24,
  viewSubmit: 24,
  viewClose: 24,
  callbackId: 255,
  privateMetadata: 3_000,
  /** Length of one field error in a `response_action: errors` answer (not documented; kept short). */
  fieldError: 2_000,
} as const;

/** Cuts `value` to `max` characters, marking the cut with an ellipsis. */
export function clip(value: string, max: number): string {
  if (value.length <= max) return value;
  return `${value.slice(0, Math.max(0, max - 1))}…`;
}
