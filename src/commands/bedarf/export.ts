// „bedarf export [Sozialraum]“: the needs as a CSV for the Sozialraum-Konferenz.
import { errorReply, file, type Reply } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { toCsv } from "../csv.js";
import { todayIn } from "../days.js";
import { NEED_STATUS_LABELS, bedarf as t } from "../messages/bedarf.js";
import { germanDayAt } from "../messages/format.js";
import { needsInScope } from "./list.js";

export async function exportNeeds(rest: string, ctx: Ctx): Promise<Reply> {
  const found = await needsInScope(ctx, rest);
  if ("error" in found) return errorReply(found.error);
  const { name, needs, offers } = found;
  const rows = needs.map((n) => [
    n.id,
    name.get(n.districtId),
    n.description,
    n.theme,
    n.targetGroup,
    n.seen,
    NEED_STATUS_LABELS[n.status],
    germanDayAt(n.createdAt, ctx.timezone),
    offers
      .filter((o) => o.needId === n.id)
      .map((o) => o.title)
      .join(", "),
  ]);
  const day = todayIn(ctx.clock.now(), ctx.timezone);
  return file(
    `bedarfe-${day}.csv`,
    "text/csv",
    toCsv([...t.exportHeader], rows),
    t.exportComment(rows.length),
  );
}
