// "datenschutz auskunft": everything stored about the caller, as a file (GDPR Art. 15), and audited.
import { file, type Reply } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { datenschutz as t } from "../messages/index.js";

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);

/** Readable JSON with German section names: what a person can check and keep. */
export async function subjectAccess(ctx: Ctx): Promise<Reply> {
  const data = await ctx.store.subjectAccess(ctx.caller.id);
  if (!data)
    return { kind: "message", visibility: "private", elements: [{ type: "text", text: t.accessNone }] };
  const { member } = data;
  const report = {
    [t.accessSections.about]: t.accessAbout,
    [t.accessSections.created]: ctx.clock.now().toISOString(),
    [t.accessSections.member]: {
      plattform: member.platform ?? ctx.tenant.platform,
      plattformKennung: member.platformUserId,
      anzeigename: member.displayName,
      rolle: member.role,
      zeitzone: member.timezone,
      angelegtAm: iso(member.createdAt),
    },
    [t.accessSections.activities]: data.authored.map((a) => ({
      nr: a.id,
      datum: a.occurredOn,
      minuten: a.minutes,
      titel: a.title,
      notizen: a.notes,
      ebene: a.level,
      ansatzpunkt: a.focus,
      rolle: a.role,
      zeitraum: a.periodStart ? `${a.periodStart} bis ${a.periodEnd}` : null,
      ziele: a.goals,
      zielgruppen: a.targetGroups,
      teilnehmende: a.participants,
      fallkuerzel: a.caseRef,
      geloeschtAm: iso(a.deletedAt),
    })),
    [t.accessSections.attendance]: data.attendance.map((a) => ({
      gremium: a.committee,
      sitzung: iso(a.startsAt),
      antwort: a.status,
      am: iso(a.updatedAt),
    })),
    [t.accessSections.usual]: data.usual.map((u) => u.committee),
    [t.accessSections.answers]: data.answers.map((a) => ({
      kooperation: a.cooperationId,
      schritt: a.step,
      antwort: a.answer,
      am: iso(a.answeredAt),
    })),
    [t.accessSections.audit]: data.audit.map((a) => ({
      aktion: a.action,
      gegenstand: a.subject,
      am: iso(a.at),
    })),
    [t.accessSections.calendar]: data.tokens.map((c) => ({
      angelegt: iso(c.createdAt),
      widerrufen: iso(c.revokedAt),
    })),
    [t.accessSections.chats]: data.chats.map((c) => ({ art: c.scope, zuletzt: iso(c.updatedAt) })),
  };
  await ctx.store.audit("privacy.access", ctx.caller.id, `member:${member.id}`, {}, ctx.clock.now());
  return file(
    `auskunft-${ctx.clock.now().toISOString().slice(0, 10)}.json`,
    "application/json",
    new TextEncoder().encode(`${JSON.stringify(report, null, 2)}\n`),
    t.accessComment(data.authored.length),
  );
}
