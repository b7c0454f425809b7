// Which district a digest or report command means: a named one, the channel's, or all.
import type { District } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { digest as t } from "../messages/index.js";

export type DistrictChoice = { district: District } | { all: District[] } | { error: string };

/** A name wins; without one the channel's district; without that all active districts. */
export async function chooseDistrict(ctx: Ctx, name: string): Promise<DistrictChoice> {
  const trimmed = name.trim();
  const all = await ctx.store.listDistricts();
  if (all.length === 0) return { error: t.noDistricts };
  if (trimmed.toLowerCase() === "alle") return { all };
  if (trimmed) {
    const found = all.find((d) => d.name.toLowerCase() === trimmed.toLowerCase());
    return found
      ? { district: found }
      : { error: t.unknownDistrict(trimmed, all.map((d) => d.name).join(", ")) };
  }
  const own = ctx.where.channelId ? await ctx.store.districtForChannel(ctx.where.channelId) : undefined;
  if (own) return { district: own };
  if (all.length === 1 && all[0]) return { district: all[0] };
  return { all };
}
