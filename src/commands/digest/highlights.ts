// The week's highlights: the longest activities, new partners, cooperations agreed or coming up for review.
import type { Focus, PartnerType } from "../../store/index.js";
import { common } from "../messages/index.js";
import type { NamedCooperations } from "./cooperations.js";
import { addDays, type WeekWindow } from "./week.js";

export const LARGEST_COUNT = 3;
export const REVIEW_AHEAD_DAYS = 14;

export interface Highlights {
  largest: { id: number; title: string; minutes: number; focus: Focus }[];
  newPartners: { id: number; name: string; type: PartnerType }[];
  agreed: { cooperationId: number; partner: string }[];
  reviewDue: { cooperationId: number; partner: string; reviewOn: string }[];
}

/** From what the digest read: the week's longest activities and its new partners. */
export function highlightsFrom(
  largest: { id: number; title: string | null; minutes: number; focus: Focus }[],
  newPartners: { id: number; name: string; type: PartnerType }[],
  week: WeekWindow,
  today: string,
  { cooperations, partner }: NamedCooperations,
): Highlights {
  const until = addDays(today, REVIEW_AHEAD_DAYS);
  return {
    largest: largest.map(({ id, title, minutes, focus }) => ({
      id,
      title: title ?? common.hiddenText,
      minutes,
      focus,
    })),
    newPartners: newPartners.map(({ id, name, type }) => ({ id, name, type })),
    // No agreement timestamp is stored: a cooperation whose status is "agreed" and that changed in the week.
    agreed: cooperations
      .filter((c) => c.status === "agreed" && c.updatedAt >= week.from && c.updatedAt < week.to)
      .map((c) => ({ cooperationId: c.id, partner: partner(c.partnerId) })),
    reviewDue: cooperations
      .filter(
        (c) => c.status !== "ended" && c.reviewOn !== null && c.reviewOn >= today && c.reviewOn <= until,
      )
      .map((c) => ({ cooperationId: c.id, partner: partner(c.partnerId), reviewOn: c.reviewOn as string }))
      .sort((a, b) => a.reviewOn.localeCompare(b.reviewOn)),
  };
}
