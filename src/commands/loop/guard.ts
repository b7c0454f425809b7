// The privacy guard for needs and offers: a strong hit refuses, a weak one asks before anything is saved.
import type { Ctx } from "../context.js";
import { common } from "../messages/index.js";
import { privacyHits } from "../privacy/fields.js";

export type GuardVerdict =
  | { kind: "clean" }
  | { kind: "weak"; kinds: string }
  | { kind: "strong"; kinds: string };

export function guardText(ctx: Ctx, value: string): GuardVerdict {
  const hits = privacyHits(ctx, { value }).value ?? [];
  if (hits.length === 0) return { kind: "clean" };
  const strong = hits.filter((h) => h.strength === "strong");
  const shown = strong.length > 0 ? strong : hits;
  const kinds = [...new Set(shown.map((h) => common.privacyKinds[h.kind]))].join(", ");
  return strong.length > 0 ? { kind: "strong", kinds } : { kind: "weak", kinds };
}
