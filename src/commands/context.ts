// What every handler gets: the tenant's store, the clock, the caller and where they are.
import type { Clock } from "../clock.js";
import type { InputAttachment, Where } from "../conversation/input.js";
import type { Member, Tenant, TenantStore } from "../store/index.js";

export interface Ctx {
  store: TenantStore;
  clock: Clock;
  tenant: Tenant;
  caller: Member;
  where: Where;
  /**
   * The team's display names (store.teamDisplayNames): the privacy guard takes a name that is a colleague's, with
   * no client cue, for no client data. Absent: the guard knows no colleagues.
   */
  colleagues?: readonly string[];
  /** The caller's time zone (member, else tenant, else the configured default). */
  timezone: string;
  /** The assistant's public base URL (config PUBLIC_URL), for links such as the calendar feed. */
  publicUrl?: string;
  /** A file sent along with the typed command (see InputAttachment), for commands that read one. */
  attachment?: InputAttachment;
  /** Development and tests (config ALLOW_PRIVATE_URLS): typed links may lead to private addresses. */
  allowPrivateUrls?: boolean;
}

export const isLead = (ctx: Ctx) => ctx.caller.role === "lead" || ctx.caller.role === "admin";
export const isAdmin = (ctx: Ctx) => ctx.caller.role === "admin";
