// Finds a tenant's cooperation with its partner: by id (buttons, form state) or by the partner's name (commands).

import { errorReply, type Reply } from "../../conversation/reply.js";
import type { Cooperation, Partner } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { common, kooperation as t } from "../messages/index.js";

export interface Loaded {
  coop: Cooperation;
  partner: Partner;
}

/** Form state: "<cooperation id>:<step>" — ids only, the dialog's real state lives in the database. */
export function encodeState(cooperationId: number, step: number): string {
  return `${cooperationId}:${step}`;
}

export function decodeState(state: string | undefined): { cooperationId: number; step: number } | undefined {
  const m = /^(\d{1,12}):([1-6])$/.exec(state ?? "");
  if (!m) return undefined;
  return { cooperationId: Number(m[1]), step: Number(m[2]) };
}

export function parseId(value: string | undefined): number | undefined {
  return value && /^\d{1,12}$/.test(value) ? Number(value) : undefined;
}

/** Only this tenant's cooperations are found; anything else reads as an outdated button. */
export async function loadById(ctx: Ctx, id: number | undefined): Promise<Loaded | { error: Reply }> {
  const coop = id === undefined ? undefined : await ctx.store.findCooperation(id);
  const partner = coop ? await ctx.store.findPartner(coop.partnerId) : undefined;
  if (!coop || !partner) return { error: errorReply(common.unknownAction) };
  return { coop, partner };
}

/** For changing a cooperation: refuses ended ones. */
export async function loadEditable(ctx: Ctx, id: number | undefined): Promise<Loaded | { error: Reply }> {
  const found = await loadById(ctx, id);
  if ("error" in found) return found;
  if (found.coop.status === "ended") return { error: errorReply(t.ended(found.partner.name)) };
  return found;
}

/** By partner name: the open cooperation (`open`) or the newest one of any status (`latest`). */
export async function loadByPartner(
  ctx: Ctx,
  name: string,
  which: "open" | "latest",
): Promise<Loaded | { error: Reply }> {
  const partner = await ctx.store.findPartnerByName(name.trim());
  if (!partner) return { error: errorReply(t.unknownPartner(name.trim())) };
  const coop =
    which === "open"
      ? await ctx.store.openCooperationWith(partner.id)
      : await ctx.store.latestCooperationWith(partner.id);
  if (!coop) {
    return {
      error: errorReply(
        which === "open" ? t.noCooperation(partner.name) : t.noCooperationAtAll(partner.name),
      ),
    };
  }
  return { coop, partner };
}

/** Closes the open form and shows `reply` (the neutral model calls the follow-up `then`). */
export function closeFormWith(reply: Reply): Reply {
  // biome-ignore lint/suspicious/noThenProperty: the neutral Reply model names this field `then`.
  return { kind: "closeForm", then: reply };
}
