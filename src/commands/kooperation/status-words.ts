// German (and English) status words as typed in "kooperation status <Partner> <Status>".
import type { CooperationStatus } from "../../store/index.js";
import { own } from "../text.js";

const WORDS: Record<string, CooperationStatus> = {
  entwurf: "draft",
  draft: "draft",
  "in arbeit": "in_progress",
  inarbeit: "in_progress",
  in_progress: "in_progress",
  laufend: "in_progress",
  vereinbart: "agreed",
  agreed: "agreed",
  beendet: "ended",
  ended: "ended",
};

const normal = (s: string) => s.trim().toLowerCase().replace(/\s+/g, " ");

export function statusFromWords(words: string): CooperationStatus | undefined {
  return own(WORDS, normal(words));
}

/** "Grundschule am Park in Arbeit" -> partner "Grundschule am Park", status in_progress. */
export function splitStatus(text: string): { partner: string; status?: CooperationStatus; word: string } {
  const tokens = text.trim().split(/\s+/);
  for (const take of [2, 1]) {
    if (tokens.length <= take) continue;
    const word = tokens.slice(-take).join(" ");
    const status = statusFromWords(word);
    if (status) return { partner: tokens.slice(0, -take).join(" "), status, word };
  }
  return { partner: tokens.slice(0, -1).join(" "), word: tokens.at(-1) ?? "" };
}
