// The district's cooperations with their partners' names, read once for the digest's highlights and blind spots.
import type { Cooperation } from "../../store/index.js";

export interface NamedCooperations {
  cooperations: Cooperation[];
  /** The partner's name, "?" for one that is gone. */
  partner(id: number): string;
}

/** `names`: only the partners these cooperations name (the tenant's whole register can run to thousands). */
export const namedCooperations = (
  cooperations: Cooperation[],
  names: ReadonlyMap<number, string>,
): NamedCooperations => ({ cooperations, partner: (id) => names.get(id) ?? "?" });
