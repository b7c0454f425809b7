// What every partner command checks first: the caller leads the team, and the typed line holds no personal data.
import { errorReply, type Reply } from "../../conversation/reply.js";
import { type Ctx, isLead } from "../context.js";
import { common, partner as t } from "../messages/index.js";
import { privacyHits } from "../privacy/fields.js";
import type { PersonalDataHit } from "../privacy/index.js";

const kinds = (hits: PersonalDataHit[]) =>
  [...new Set(hits.map((h) => common.privacyKinds[h.kind]))].join(", ");

/**
 * Undefined when the command may go on. The line is guarded before it is parsed: a strong hit (a person's full
 * name, a birth date) stops every command; `strict` (a name that will be saved) stops at a weak hit too, since a
 * partner's name is shown in channels and reports and a person is never a partner.
 */
export function refuse(ctx: Ctx, line: string, strict = false): Reply | undefined {
  if (!isLead(ctx)) return errorReply(common.leadsOnly);
  const hits = privacyHits(ctx, { line }).line ?? [];
  const blocking = strict ? hits : hits.filter((h) => h.strength === "strong");
  return blocking.length > 0 ? errorReply(t.privacy(kinds(blocking))) : undefined;
}
