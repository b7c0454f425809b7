// The privacy guard for minutes: a strong hit blocks; a weak one (a name that may be a colleague's or an
// institution's) passes once the author confirms it, and is then hidden from everything shared (export, digest).
import type { FormValue } from "../../conversation/input.js";
import type { Ctx } from "../context.js";
import { common, protokoll } from "../messages/index.js";
import { errorsOf, privacyHits } from "../privacy/fields.js";
import { findPersonalData } from "../privacy/index.js";

/** The checkbox that confirms weak hits are no client data. */
export const CONFIRM_INPUT = "privacyConfirmed";

const confirmed = (v: FormValue) => v === true || v === "true";

/** Form errors for the minutes' texts; empty when they may be saved. */
export function minutesPrivacyErrors(
  ctx: Ctx,
  texts: Record<string, string>,
  confirmation: FormValue,
): Record<string, string> {
  const hits = privacyHits(ctx, texts);
  const strong = Object.fromEntries(
    Object.entries(hits).filter(([, h]) => h.some((x) => x.strength === "strong")),
  );
  if (Object.keys(strong).length) return errorsOf(strong);
  if (Object.keys(hits).length === 0 || confirmed(confirmation)) return {};
  return {
    ...errorsOf(hits, { error: protokoll.weakHit, kinds: common.privacyKinds }),
    [CONFIRM_INPUT]: protokoll.confirmNeeded,
  };
}

/**
 * A text as shared with others: anything the guard flags (confirmed weak hits) is hidden. `colleagues`: the team's
 * display names, as the guard had them when the minutes were saved (Ctx.colleagues).
 */
export const shared = (text: string, colleagues?: readonly string[]) =>
  findPersonalData(text, { colleagues }).length ? common.hiddenText : text;
