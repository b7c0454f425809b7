// „bedarf <Beschreibung> @Sozialraum #Thema“: what was seen, where, about what and for whom.
import type { District } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { districtOf, readLine, targetGroupOf } from "../loop/line.js";
import { bedarf as t } from "../messages/index.js";

export interface NeedDraft {
  description: string;
  districtId: number;
  theme: string;
  targetGroup: string;
}

/** "#Nachmittags_betreuung" -> "Nachmittags betreuung"; several tags are joined. */
const themeOf = (tags: string[]) => tags.map((tag) => tag.replaceAll("_", " ")).join(", ");

export async function readNeed(ctx: Ctx, line: string): Promise<{ draft: NeedDraft } | { error: string }> {
  const [districts, channelDistrict] = await Promise.all([
    ctx.store.listDistricts(),
    ctx.where.channelId ? ctx.store.districtForChannel(ctx.where.channelId) : Promise.resolve(undefined),
  ]);
  if (districts.length === 0) return { error: t.noDistricts };
  // No partners: a need names what is missing, and a „+“ stays in the description as typed.
  const parts = readLine(line, districts);
  const description = parts.rest;
  if (description.length < 8) return { error: t.tooShort };
  if (description.length > 300) return { error: t.tooLong };
  const names = districts.map((d: District) => d.name).join(", ");
  const district = districtOf(parts, districts, channelDistrict);
  if (!district)
    return {
      error: parts.districtTyped ? t.unknownDistrict(parts.districtTyped, names) : t.whichDistrict(names),
    };
  return {
    draft: {
      description,
      districtId: district.id,
      theme: themeOf(parts.tags),
      targetGroup: targetGroupOf(description),
    },
  };
}
