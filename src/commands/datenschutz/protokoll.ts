// "datenschutz protokoll": the latest audit entries for leads, with what changed where it matters to a
// works council (whose role, from what to what; per-person figures on or off, asked and approved by whom).
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { AuditEntry, MemberRole } from "../../store/index.js";
import { MEMBER_ROLES } from "../../store/index.js";
import { type Ctx, isLead } from "../context.js";
import { common, labels, datenschutz as t } from "../messages/index.js";

const SHOWN = 30;

const isRole = (v: unknown): v is MemberRole => (MEMBER_ROLES as readonly unknown[]).includes(v);

/** What changed, in German, from the entry's ids (details hold ids, never names or client text). */
function detailOf(e: AuditEntry, nameOf: (id: unknown) => string): string | undefined {
  const d = e.details;
  switch (e.action) {
    case "member.role": {
      const whose = d.memberId ?? e.subject.replace(/^member:/, "");
      if (!isRole(d.to)) return undefined;
      return t.auditRole(
        nameOf(Number(whose)),
        isRole(d.from) ? labels.memberRole[d.from] : "?",
        labels.memberRole[d.to],
      );
    }
    case "per_person.on":
      return t.auditPerPersonOn(nameOf(d.requestedBy), nameOf(d.approvedBy));
    case "per_person.rejected":
    case "per_person.lapsed":
      return t.auditAskedBy(nameOf(d.requestedBy));
    case "tenant.per_person_figures":
      return typeof d.enabled === "boolean" ? t.auditSwitched(d.enabled) : undefined;
    default:
      return undefined;
  }
}

export async function auditTrail(ctx: Ctx): Promise<Reply> {
  if (!isLead(ctx)) return errorReply(common.leadsOnly);
  const entries = await ctx.store.auditTrail(SHOWN);
  if (entries.length === 0) return message([text(t.auditEmpty)]);
  const names = new Map(
    (await ctx.store.listMembers()).map((m) => [m.id, m.displayName || m.platformUserId]),
  );
  const nameOf = (id: unknown) => (typeof id === "number" && names.get(id)) || t.unknownPerson;
  return message([
    text(t.auditTitle, "heading"),
    {
      type: "list",
      items: entries.map((e) => {
        const detail = detailOf(e, nameOf);
        return {
          title: t.auditLine(
            format(new TZDate(e.at, ctx.timezone), "dd.MM.yyyy HH:mm"),
            t.actions[e.action] ?? e.action,
            e.actorId === null ? t.bySystem : nameOf(e.actorId),
          ),
          ...(detail ? { detail } : {}),
        };
      }),
    },
  ]);
}
