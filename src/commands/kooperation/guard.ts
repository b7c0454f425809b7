// Runs the personal-data guard over an answer's free text: anything that looks like client data is refused, not saved.
import type { Ctx } from "../context.js";
import { kooperation as t } from "../messages/index.js";
import { findPersonalDataIn } from "../privacy/index.js";

/** German form errors keyed by input id; empty when the text looks clean. */
export function privacyErrors(ctx: Ctx, fields: Record<string, string>): Record<string, string> {
  const referenceYear = Number(
    new Intl.DateTimeFormat("en", { year: "numeric", timeZone: ctx.timezone }).format(ctx.clock.now()),
  );
  const errors: Record<string, string> = {};
  for (const [id, hits] of Object.entries(findPersonalDataIn(fields, { referenceYear }))) {
    errors[id] = t.errors.privacy(hits.map((h) => t.errors.privacyKinds[h.kind] ?? h.kind).join(", "));
  }
  return errors;
}
