// Runs the personal-data guard over an answer's free text. Client data is refused; what may just as well be
// the partner's own contact (a name, an address, a phone number, an e-mail) can pass with a stated reason.
import type { Ctx } from "../context.js";
import { common, kooperation as t } from "../messages/index.js";
import { errorsOf, privacyErrors as fieldErrors, privacyHits } from "../privacy/fields.js";
import type { PersonalDataHit, PersonalDataKind } from "../privacy/index.js";
import { hasClientCue } from "../privacy/numbers.js";

/** The input that carries the reason for letting a false alarm through. */
export const OVERRIDE_REASON = "privacyReason";
const REASON_MIN = 10;

/**
 * What may be a false alarm: a weak hit (a name or address that may be an institution's), or the phone
 * number or e-mail of a person at the partner when nothing in the text points to a client's private life.
 * A date of birth, a bank or insurance number, kinship or a family name never passes.
 */
const mayBeFalseAlarm = (hit: PersonalDataHit, text: string) =>
  hit.strength === "weak" || ((hit.kind === "phone" || hit.kind === "email") && !hasClientCue(text));

const WORDING = { error: t.errors.privacy, kinds: common.privacyKinds };

/** German form errors keyed by input id; empty when the text looks clean. */
export const privacyErrors = (ctx: Ctx, fields: Record<string, string>): Record<string, string> =>
  fieldErrors(ctx, fields, WORDING);

export type AnswerCheck =
  | { ok: true; override?: { reason: string; kinds: PersonalDataKind[] } }
  | { ok: false; errors: Record<string, string> }
  /** Only overridable kinds: ask for a reason (the form comes back with a reason field). */
  | { ok: false; askReason: string[] };

/** Checks an answer's free text, taking a reason given for a false alarm into account. */
export function checkAnswer(ctx: Ctx, fields: Record<string, string>, rawReason: unknown): AnswerCheck {
  const hitsByField = privacyHits(ctx, fields);
  const flagged = Object.entries(hitsByField);
  if (flagged.length === 0) return { ok: true };
  if (!flagged.every(([id, hits]) => hits.every((h) => mayBeFalseAlarm(h, fields[id] ?? ""))))
    return { ok: false, errors: errorsOf(hitsByField, WORDING) };
  const kinds = [...new Set(flagged.flatMap(([, hits]) => hits.map((h) => h.kind)))];
  const reason = typeof rawReason === "string" ? rawReason.trim() : "";
  if (reason === "") return { ok: false, askReason: kinds.map((k) => common.privacyKinds[k]) };
  if (reason.length < REASON_MIN)
    return { ok: false, errors: { [OVERRIDE_REASON]: t.errors.reasonTooShort } };
  const inReason = privacyErrors(ctx, { [OVERRIDE_REASON]: reason });
  if (Object.keys(inReason).length > 0) return { ok: false, errors: inReason };
  return { ok: true, override: { reason, kinds } };
}
