// Wraps a rendered Adaptive Card into the message activity Teams receives.
import type { Activity } from "botbuilder";
import type { Reply } from "../../conversation/reply.js";
import { ADAPTIVE_CARD } from "./card.js";
import { type FormRetry, renderCard, summaryOf } from "./render.js";

export function cardActivity(reply: Reply, retry?: FormRetry): Partial<Activity> {
  const summary = summaryOf(reply);
  return {
    type: "message",
    ...(summary ? { summary } : {}),
    attachments: [{ contentType: ADAPTIVE_CARD, content: renderCard(reply, retry) }],
  };
}
