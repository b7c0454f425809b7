// Wraps a rendered Adaptive Card into the message activity Teams receives.
import type { IMessageActivityInput } from "@microsoft/teams.api";
import type { Reply } from "../../conversation/reply.js";
import { ADAPTIVE_CARD } from "./card.js";
import { escapeMarkdown } from "./escape.js";
import { type FormRetry, renderCard, summaryOf } from "./render.js";

/** An outgoing message; plain data, so tests and the connector see the same JSON. */
export type OutgoingActivity = IMessageActivityInput;

export function cardActivity(reply: Reply, retry?: FormRetry): OutgoingActivity {
  const summary = summaryOf(reply);
  return {
    type: "message",
    ...(summary ? { summary } : {}),
    attachments: [{ contentType: ADAPTIVE_CARD, content: renderCard(reply, retry) }],
  } as OutgoingActivity;
}

/** A plain text message (file notices); Teams reads `text` as Markdown, so it is made inert here. */
export const textActivity = (text: string): OutgoingActivity =>
  ({ type: "message", text: escapeMarkdown(text) }) as OutgoingActivity;
