// The one writer of activities: every new activity (quick entry, form, a logged meeting) is created here,
// after the privacy guard and the rules, and at most once per entry key.
import { createHash } from "node:crypto";
import { type Activity, type ActivityInput, databaseFailure } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { aktivitaet as t } from "../messages/index.js";
import type { Draft } from "./draft.js";
import { kindsOf } from "./guard.js";
import { type Prepared, prepare } from "./save.js";

/**
 * Why nothing was recorded: a rule (from `prepare`), the database certainly refused or never got the
 * write (`notSaved`), or the connection ended while writing and it is not known whether it landed (`unknown`).
 */
export type Refused = Exclude<Prepared, { ok: true }> | { ok: false; reason: "notSaved" | "unknown" };
export type Recorded = { ok: true; activity: Activity; repeated: boolean } | Refused;

/** Saves the draft, or says why not; a draft whose entry key was saved before returns that activity. */
export async function recordDraft(ctx: Ctx, draft: Draft, acknowledged: boolean): Promise<Recorded> {
  if (draft.entryKey) {
    const earlier = await ctx.store.findActivityByEntryKey(draft.entryKey);
    if (earlier) return { ok: true, activity: earlier, repeated: true };
  }
  const prepared = await prepare(ctx, draft, acknowledged);
  if (!prepared.ok) return prepared;
  return write(ctx, prepared.input);
}

/** The one write; a failure is answered only with what is known about it. */
async function write(ctx: Ctx, input: ActivityInput): Promise<Recorded> {
  try {
    return { ok: true, activity: await ctx.store.recordActivity(input), repeated: false };
  } catch (error) {
    const failure = databaseFailure(error);
    if (failure === "unreachable" || failure === "rejected") return { ok: false, reason: "notSaved" };
    if (failure !== "interrupted") throw error;
    // The COMMIT may have landed before the connection ended: the entry key tells, if the database
    // answers again. Without a key, or without an answer, the outcome stays unknown.
    if (input.entryKey) {
      const landed = await ctx.store.findActivityByEntryKey(input.entryKey).catch(() => undefined);
      if (landed) return { ok: true, activity: landed, repeated: false };
    }
    return { ok: false, reason: "unknown" };
  }
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
    case "notSaved":
      return t.notSaved;
    case "unknown":
      return t.saveUnknown;
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
