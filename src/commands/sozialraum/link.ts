// "sozialraum verbinden": one team on Slack and Teams — an admin issues a one-time code, an admin on the other platform redeems it.
import { createHash, randomInt } from "node:crypto";
import { TZDate } from "@date-fns/tz";
import { addMinutes, format } from "date-fns";
import { z } from "zod";
import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { JoinRefusal } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { isAdmin } from "../context.js";
import { common, sozialraum as t } from "../messages/index.js";

export const CODE_VALID_MINUTES = 15;
/** No 0/O, 1/I/L: easy to read aloud and to type on a phone. */
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LENGTH = 8;

/** "abcd-efgh", "ABCD EFGH" -> "ABCDEFGH"; undefined when it cannot be a code. */
const codeShape = z
  .string()
  .transform((v) => v.toUpperCase().replace(/[\s-]/g, ""))
  .pipe(z.string().regex(new RegExp(`^[${ALPHABET}]{${CODE_LENGTH}}$`)));

export function hashCode(normalised: string): string {
  return createHash("sha256").update(`sozialraum-link:${normalised}`).digest("hex");
}

function newCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

const REFUSALS: Record<JoinRefusal, string> = {
  unknown: t.link.unknown,
  expired: t.link.expired,
  ownCode: t.link.ownCode,
  samePlatform: t.link.samePlatform,
  platformTaken: t.link.platformTaken,
  hasLinks: t.link.hasLinks,
  hasData: t.link.hasData,
  memberClash: t.link.memberClash,
};

export async function link(ctx: Ctx, rest: string): Promise<Reply> {
  if (!isAdmin(ctx)) return errorReply(common.adminsOnly);
  return rest.trim() === "" ? issueCode(ctx) : redeemCode(ctx, rest);
}

/** Issues a code of this tenant; only its hash is stored. */
async function issueCode(ctx: Ctx): Promise<Reply> {
  const code = newCode();
  const now = ctx.clock.now();
  const expiresAt = addMinutes(now, CODE_VALID_MINUTES);
  await ctx.store.createLinkCode(hashCode(code), ctx.caller.id, expiresAt);
  await ctx.store.audit("tenant.link_code", ctx.caller.id, `tenant:${ctx.tenant.id}`, {}, now);
  const shown = `${code.slice(0, 4)}-${code.slice(4)}`;
  return message([
    text(t.link.codeTitle, "heading"),
    text(t.link.code(shown, format(new TZDate(expiresAt, ctx.timezone), "HH:mm"), CODE_VALID_MINUTES)),
  ]);
}

/** Joins this (still empty) workspace/tenant to the tenant that issued the code. */
async function redeemCode(ctx: Ctx, raw: string): Promise<Reply> {
  const parsed = codeShape.safeParse(raw);
  if (!parsed.success) return errorReply(t.link.usage);
  const result = await ctx.store.joinByCode(hashCode(parsed.data), ctx.clock.now(), ctx.caller.id);
  if (!result.ok) return errorReply(REFUSALS[result.reason]);
  return message([text(t.link.linked(result.tenant.name))]);
}
