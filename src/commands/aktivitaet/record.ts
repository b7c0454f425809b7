// The one writer of activities: every new activity (quick entry, form, a logged meeting) is created here,
// after the privacy guard and the rules, and at most once per entry key.
import { createHash } from "node:crypto";
import type { Activity } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { aktivitaet as t } from "../messages/index.js";
import type { Draft } from "./draft.js";
import { kindsOf } from "./guard.js";
import { type Prepared, prepare } from "./save.js";

export type Refused = Exclude<Prepared, { ok: true }>;
export type Recorded = { ok: true; activity: Activity; repeated: boolean } | Refused;

/** Saves the draft, or says why not; a draft whose entry key was saved before returns that activity. */
export async function recordDraft(ctx: Ctx, draft: Draft, acknowledged: boolean): Promise<Recorded> {
  if (draft.entryKey) {
    const earlier = await ctx.store.findActivityByEntryKey(draft.entryKey);
    if (earlier) return { ok: true, activity: earlier, repeated: true };
  }
  const prepared = await prepare(ctx, draft, acknowledged);
  if (!prepared.ok) return prepared;
  return { ok: true, activity: await ctx.store.recordActivity(prepared.input), repeated: false };
}

/**
 * The entry key of a draft made from one platform request (a submitted form): the same request delivered
 * twice saves once. Bound to the caller, so nobody else's request can claim it; hashed, so any platform id
 * fits the key's alphabet and length.
 */
export function requestEntryKey(ctx: Ctx, requestKey: string): string {
  const digest = createHash("sha256").update(`${ctx.caller.id}\n${requestKey}`).digest("base64url");
  return `rq:${digest.slice(0, 40)}`;
}

/** Why a draft was not saved, in German; never quotes the text the guard flagged. */
export function refusal(p: Refused): string {
  switch (p.reason) {
    case "incomplete":
      return t.draftIncomplete;
    case "future":
      return t.formError.dateFuture;
    case "districtGone":
      return t.districtGone;
    case "partnerGone":
      return t.partnerGone;
    case "privacy":
      return t.privacy.warning(kindsOf(Object.values(p.guard.byField).flat()));
  }
}

/** The form field a refusal belongs to. */
export function refusedField(p: Refused): "partners" | "date" | "title" | "district" {
  switch (p.reason) {
    case "partnerGone":
      return "partners";
    case "future":
      return "date";
    case "privacy":
      return "title";
    default:
      return "district";
  }
}
