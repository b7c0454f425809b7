// The guard for form fields: German errors keyed by input id, naming the kind of data, never the text.
import type { Ctx } from "../context.js";
import { common } from "../messages/index.js";
import { findPersonalDataIn, type PersonalDataHit, type PersonalDataKind } from "./index.js";

export interface Wording {
  error: (what: string) => string;
  kinds: Record<PersonalDataKind, string>;
}

const referenceYear = (ctx: Ctx) =>
  Number(new Intl.DateTimeFormat("en", { year: "numeric", timeZone: ctx.timezone }).format(ctx.clock.now()));

/** The hits per field, for callers that decide by kind (a checklist may let a false alarm through). */
export const privacyHits = (ctx: Ctx, fields: Record<string, string>): Record<string, PersonalDataHit[]> =>
  findPersonalDataIn(fields, { referenceYear: referenceYear(ctx), colleagues: ctx.colleagues });

const DEFAULT_WORDING: Wording = { error: common.privacyField, kinds: common.privacyKinds };

/** The German error per field for hits already found, naming their kinds. */
export function errorsOf(
  hitsByField: Record<string, PersonalDataHit[]>,
  wording: Wording = DEFAULT_WORDING,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [id, hits] of Object.entries(hitsByField)) {
    errors[id] = wording.error([...new Set(hits.map((h) => wording.kinds[h.kind]))].join(", "));
  }
  return errors;
}

/** Errors for the fields whose text looks like client data; empty when all look clean. */
export const privacyErrors = (
  ctx: Ctx,
  fields: Record<string, string>,
  wording: Wording = DEFAULT_WORDING,
): Record<string, string> => errorsOf(privacyHits(ctx, fields), wording);
