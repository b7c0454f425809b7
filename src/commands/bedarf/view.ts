// How a need is shown: its card (with „Sehe ich auch“) and its list line.
import { button, type Element, type Reply, text } from "../../conversation/reply.js";
import type { District, Need, Offer } from "../../store/index.js";
import { NEED_STATUS_LABELS, bedarf as t } from "../messages/bedarf.js";

export const SEEN_ACTION = "bedarf:seen";
export const SAVE_ACTION = "bedarf:save";
export const CANCEL_ACTION = "bedarf:cancel";

export function needFields(need: Need, offers: readonly Offer[]): Element {
  return {
    type: "fields",
    fields: [
      { label: t.field.theme, value: need.theme || t.noTheme },
      { label: t.field.targetGroup, value: need.targetGroup || t.noTargetGroup },
      { label: t.field.seen, value: t.seen(need.seen) },
      { label: t.field.status, value: NEED_STATUS_LABELS[need.status] },
      ...(offers.length > 0 ? [{ label: t.field.offers, value: offers.map((o) => o.title).join(", ") }] : []),
    ],
  };
}

/** The card posted where the need was raised, so others in the channel can add theirs with one tap. */
export function needCard(need: Need, district: Pick<District, "name">, offers: readonly Offer[]): Reply {
  return {
    kind: "message",
    visibility: "public",
    elements: [
      text(t.heading(need.id, district.name), "heading"),
      text(need.description),
      needFields(need, offers),
      { type: "actions", buttons: [button(t.seenButton, SEEN_ACTION, String(need.id), "primary")] },
      text(offers.length === 0 ? t.offerHint(need.id) : t.recorded(need.id), "muted"),
    ],
  };
}
