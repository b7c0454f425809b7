// Runs the personal-data guard over an answer's free text: anything that looks like client data is refused, not saved.
import type { Ctx } from "../context.js";
import { common, kooperation as t } from "../messages/index.js";
import { privacyErrors as fieldErrors } from "../privacy/fields.js";

/** German form errors keyed by input id; empty when the text looks clean. */
export const privacyErrors = (ctx: Ctx, fields: Record<string, string>): Record<string, string> =>
  fieldErrors(ctx, fields, { error: t.errors.privacy, kinds: common.privacyKinds });
