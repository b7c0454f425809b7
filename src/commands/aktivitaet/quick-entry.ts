// "aktivitaet <Freitext>": parses the line and shows it back for confirmation (Speichern / Bearbeiten / Verwerfen).
import { randomBytes } from "node:crypto";
import {
  type Button,
  button,
  type Element,
  errorReply,
  message,
  type Reply,
  text,
} from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { common, aktivitaet as t } from "../messages/index.js";
import { findPersonalData, onlyWeak } from "../privacy/index.js";
import { ACTION } from "./actions.js";
import { asksFirst, initialView, partnerQuestions, tapControls } from "./confirm.js";
import { type Draft, encodeDraft, fromQuickEntry } from "./draft.js";
import { guardDraft, kindsOf, withoutFlaggedText, withTypedHits } from "./guard.js";
import { districtList, type Known, loadHistory, loadKnown, noDistrictReply } from "./known.js";
import { parts } from "./parse/days.js";
import { MAX_QUICK_LENGTH, type Notice, parseQuickEntry } from "./parse/quick.js";
import { draftFields } from "./summary.js";

export function noticeText(n: Notice, known: Known): string {
  const all = districtList(known);
  switch (n.code) {
    case "tooLong":
      return t.tooLong(MAX_QUICK_LENGTH);
    case "durationImplausible":
      return t.notice.durationImplausible(n.minutes);
    case "dateInvalid":
      return t.notice.dateInvalid(n.raw);
    case "dateFuture":
      return t.notice.dateFuture(n.day.split("-").reverse().join("."));
    case "districtUnknown":
      return t.notice.districtUnknown(n.typed, all);
    case "districtMissing":
      return t.notice.districtMissing(all);
    case "tagUnknown":
      return t.notice.tagUnknown(n.tag);
    case "partnerGuessed":
      return t.notice.partnerGuessed(n.typed, n.name);
    case "partnerNew":
      return t.notice.partnerNew(n.name);
    default:
      return t.notice[n.code];
  }
}

export async function quickEntry(ctx: Ctx, line: string): Promise<Reply> {
  const known = await loadKnown(ctx);
  if (known.districts.length === 0) return noDistrictReply(ctx);
  if (line.length > MAX_QUICK_LENGTH) return errorReply(t.tooLong(MAX_QUICK_LENGTH));

  // The guard reads the line as typed, before the parser takes dates, durations or names out of it:
  // a date of birth must never become the activity's date. Strong hits stop here, without echoing.
  const year = parts(known.today).year;
  const typed = findPersonalData(line, { referenceYear: year, colleagues: ctx.colleagues });
  if (typed.length > 0 && !onlyWeak(typed)) {
    return message([
      text(t.privacy.refused(kindsOf(typed)), "warning"),
      text(t.privacy.retype, "muted"),
      { type: "actions", buttons: [button(t.privacy.openForm, ACTION.open)] },
    ]);
  }

  const q = parseQuickEntry(line, { ...known, history: await loadHistory(ctx) });
  const draft: Draft = { ...fromQuickEntry(q), entryKey: randomBytes(12).toString("base64url") };
  const guard = withTypedHits(guardDraft(draft, year, ctx.colleagues), typed);
  const strong = guard.any && !guard.weakOnly;

  const elements: Element[] = [
    text(t.confirmTitle, "heading"),
    text(t.confirmIntro, "muted"),
    draftFields(draft, known.names, {
      occurredOn: q.occurredOn.status,
      ...(q.minutes ? { minutes: q.minutes.status } : {}),
      ...(q.districtId ? { districtId: q.districtId.status } : {}),
      level: q.level.status,
      ...(q.focus ? { focus: q.focus.status } : {}),
      role: q.role.status,
      guessedPartners: q.partners.filter((p) => p.status === "guessed").map((p) => p.id),
      hideText: strong,
    }),
  ];
  if (q.problems.length > 0) {
    elements.push(text(t.cannotSaveYet, "warning"));
    elements.push({ type: "list", items: q.problems.map((p) => ({ title: noticeText(p, known) })) });
  }
  // One-tap changes only for a clean text: a redrawn card would show flagged text again and skip the guard's
  // "Trotzdem speichern".
  const view = guard.any ? undefined : initialView(q, draft, known);
  // A new name close to an existing partner is asked about below (one tap), or, without taps, named here.
  const similar = view ? [] : partnerQuestions(draft, known);
  const asked = new Set(
    [...(view?.partnerQuestions ?? []), ...similar].map((p) => draft.newPartners[p.index]?.name),
  );
  const notices = q.notices
    .filter((n) => !(n.code === "partnerNew" && asked.has(n.name)))
    .map((n) => ({ title: noticeText(n, known) }));
  for (const p of strong ? [] : similar) {
    const names = p.ids.map((id) => `„${known.names.partner(id) ?? ""}“`).join(` ${t.or} `);
    notices.push({ title: t.notice.partnerSimilar(draft.newPartners[p.index]?.name ?? "", names) });
  }
  if (notices.length > 0) elements.push({ type: "list", items: notices });
  if (guard.any) {
    const kinds = kindsOf(Object.values(guard.byField).flat());
    elements.push(text(t.privacy.warning(kinds), "warning"));
    if (guard.weakOnly) elements.push(text(t.privacy.weakHint, "muted"));
  }

  const full = encodeDraft(draft);
  const editable = encodeDraft(strong ? withoutFlaggedText(draft, guard) : draft);
  if (full === undefined || editable === undefined) return errorReply(t.stateTooLarge);
  const buttons: Button[] = [];
  // A far date is confirmed (or changed) first: „Stimmt das Datum …?“ stands in for Speichern; so does the
  // question whether a new partner is an existing one.
  if (q.problems.length === 0 && !guard.any && !asksFirst(view))
    buttons.push(button(common.save, ACTION.save, full, "primary"));
  if (q.problems.length === 0 && guard.any && guard.weakOnly) {
    const acknowledged = encodeDraft(draft, true);
    if (acknowledged === undefined) return errorReply(t.stateTooLarge);
    buttons.push(button(t.saveAnyway, ACTION.save, acknowledged));
  }
  buttons.push(button(common.edit, ACTION.editDraft, editable));
  buttons.push(button(common.discard, ACTION.discard, undefined, "danger"));
  elements.push({ type: "actions", buttons });
  // Below the main buttons, so Speichern keeps its place (and its number in the console).
  if (view) elements.push(...tapControls(draft, view, known));
  return message(elements);
}
