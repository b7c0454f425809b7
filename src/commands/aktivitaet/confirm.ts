// The quick entry's confirmation card: one tap changes a guessed field (focus, level, district, a far date)
// and redraws the card in place, without opening the whole form.
import { type Button, button, type Element, errorReply, type Reply, text } from "../../conversation/reply.js";
import { FOCUSES, type Focus, type Level } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { common, labels, aktivitaet as t } from "../messages/index.js";
import { similarPartners } from "../partner/match.js";
import { ACTION, replacing } from "./actions.js";
import {
  type ConfirmView,
  completeDraft,
  type Draft,
  decodeDraft,
  encodeDraft,
  MAX_PARTNER_SUGGESTIONS,
  type StatusField,
} from "./draft.js";
import { type Known, loadKnown } from "./known.js";
import { addDays, germanDay } from "./parse/days.js";
import type { Notice, QuickEntry, Status } from "./parse/quick.js";
import { draftFields } from "./summary.js";

/** More districts than this are chosen in the form, not with buttons. */
export const MAX_DISTRICT_BUTTONS = 5;

/**
 * Bytes all one-tap buttons may carry together: each holds the whole draft, and a Teams card must stay below
 * ~28 KB with Speichern and Bearbeiten too. The date question comes first, so it is the last to be dropped.
 */
export const TAP_BUDGET = 10_000;

/**
 * For each new partner of the draft that looks like an existing (not archived) one: the existing ones to offer
 * first. A partner the entry already links is not offered again.
 */
export function partnerQuestions(
  draft: Draft,
  known: Pick<Known, "partners">,
): ConfirmView["partnerQuestions"] {
  return draft.newPartners.flatMap((p, index) => {
    const ids = similarPartners(p.name, known.partners, MAX_PARTNER_SUGGESTIONS)
      .map((k) => k.id)
      .filter((id) => !draft.partnerIds.includes(id));
    return ids.length ? [{ index, ids }] : [];
  });
}

/** True while the card still asks something that must be answered before Speichern. */
export const asksFirst = (view: ConfirmView | undefined): boolean =>
  view !== undefined && (view.dateQuestion || view.partnerQuestions.length > 0);

/**
 * The one-tap choices for a freshly parsed entry, or undefined when a problem remains that no tap can fix
 * (then the form is the way, and a tap must not turn a refused entry into a saveable one).
 */
export function initialView(q: QuickEntry, draft: Draft, known: Known): ConfirmView | undefined {
  // The parser's ranked alternatives; without them, a focus it only guessed (or could not find) may be any.
  const unsure = q.focus === undefined || q.focus.status === "guessed";
  const alternatives = q.focusAlternatives ?? (unsure ? FOCUSES : []);
  const focusChoices = alternatives.length
    ? [...new Set<Focus>([...(draft.focus ? [draft.focus] : []), ...alternatives])]
    : [];
  const districtOpen = q.districtId === undefined || q.districtId.status === "guessed";
  const count = known.districts.length;
  const view: ConfirmView = {
    statuses: {
      occurredOn: q.occurredOn.status,
      ...(q.minutes ? { minutes: q.minutes.status } : {}),
      ...(q.districtId ? { districtId: q.districtId.status } : {}),
      level: q.level.status,
      ...(q.focus ? { focus: q.focus.status } : {}),
      role: q.role.status,
    },
    focusChoices,
    levelToggle: q.level.status !== "given",
    districtChoices:
      districtOpen && count > 1 && count <= MAX_DISTRICT_BUTTONS ? known.districts.map((d) => d.id) : [],
    // The parser decides what is far (FAR_PAST_DAYS back, or ahead); the card only asks.
    dateQuestion: q.dateQuestion !== undefined,
    partnerQuestions: partnerQuestions(draft, known),
  };
  const fixable = (p: Notice) => {
    switch (p.code) {
      case "dateFuture":
        return view.dateQuestion;
      case "focusMissing":
        return focusChoices.length > 0;
      case "districtMissing":
      case "districtUnknown":
        return view.districtChoices.length > 0;
      default:
        return false;
    }
  };
  return q.problems.every(fixable) ? view : undefined;
}

function marked(line: string, status: Status | undefined): string {
  if (status === "guessed") return t.tap.guessed(line);
  if (status === "default") return t.tap.standard(line);
  return line;
}

const otherLevel = (l: Level): Level => (l === "case_specific" ? "case_independent" : "case_specific");

/** A text naming the field and one button per other choice; each button carries the draft as it would be. */
export function tapControls(draft: Draft, view: ConfirmView, known: Known): Element[] {
  const after = (changed: Draft, field: StatusField, change: Partial<ConfirmView> = {}) =>
    encodeDraft(changed, {
      view: { ...view, ...change, statuses: { ...view.statuses, [field]: "given" } },
    });
  const elements: Element[] = [];
  const offer = (line: string, buttons: (Button | undefined)[]) => {
    const shown = buttons.filter((b): b is Button => b !== undefined);
    if (shown.length === 0) return;
    elements.push(text(line, "muted"), { type: "actions", buttons: shown });
  };
  let room = TAP_BUDGET;
  const tap = (label: string, value: string | undefined) => {
    const bytes = value === undefined ? Number.POSITIVE_INFINITY : Buffer.byteLength(value, "utf8");
    if (value === undefined || bytes > room) return undefined;
    room -= bytes;
    return button(label, ACTION.pick, value);
  };

  if (view.dateQuestion && draft.occurredOn) {
    const day = germanDay(draft.occurredOn);
    const future = draft.occurredOn > known.today;
    const answered = { dateQuestion: false };
    offer(future ? t.tap.dateFuture(day) : t.tap.dateQuestion(day), [
      future ? undefined : tap(t.tap.dateYes, after(draft, "occurredOn", answered)),
      tap(t.tap.dateToday, after({ ...draft, occurredOn: known.today }, "occurredOn", answered)),
      tap(
        t.tap.dateYesterday,
        after({ ...draft, occurredOn: addDays(known.today, -1) }, "occurredOn", answered),
      ),
    ]);
  }
  for (const question of view.partnerQuestions) {
    const typed = draft.newPartners[question.index];
    if (!typed) continue;
    // Answering one question drops it; the later ones point one place further up once a new partner is gone.
    const rest = (dropped: boolean) =>
      view.partnerQuestions
        .filter((q) => q !== question)
        .map((q) => (dropped && q.index > question.index ? { ...q, index: q.index - 1 } : q));
    const existing = question.ids.flatMap((id) => {
      const name = known.names.partner(id);
      if (!name) return [];
      const chosen: Draft = {
        ...draft,
        partnerIds: [...draft.partnerIds, id],
        newPartners: draft.newPartners.filter((_, i) => i !== question.index),
      };
      return [tap(name, encodeDraft(chosen, { view: { ...view, partnerQuestions: rest(true) } }))];
    });
    offer(t.tap.partnerQuestion(typed.name), [
      ...existing,
      tap(
        t.tap.partnerCreate(typed.name),
        encodeDraft(draft, { view: { ...view, partnerQuestions: rest(false) } }),
      ),
    ]);
  }
  if (view.focusChoices.length > (draft.focus ? 1 : 0)) {
    const line = draft.focus
      ? marked(t.tap.line(t.field.focus, labels.focus[draft.focus]), view.statuses.focus)
      : t.tap.focusMissing;
    offer(
      line,
      view.focusChoices
        .filter((f) => f !== draft.focus)
        .map((f) => tap(labels.focus[f], after({ ...draft, focus: f }, "focus"))),
    );
  }
  if (view.levelToggle && draft.level) {
    const to = otherLevel(draft.level);
    // A case reference belongs to a case-specific activity only.
    const { caseRef: _dropped, ...withoutCase } = draft;
    const changed = to === "case_specific" ? { ...draft, level: to } : { ...withoutCase, level: to };
    offer(marked(t.tap.line(t.field.level, labels.level[draft.level]), view.statuses.level), [
      tap(t.tap.levelTo(labels.level[to]), after(changed, "level")),
    ]);
  }
  const current = draft.districtId === undefined ? undefined : known.names.district(draft.districtId);
  const districts = view.districtChoices.filter((id) => id !== draft.districtId && known.names.district(id));
  if (districts.length > 0) {
    const line = current
      ? marked(t.tap.line(t.field.district, current), view.statuses.districtId)
      : t.tap.districtMissing;
    offer(
      line,
      districts.map((id) =>
        tap(known.names.district(id) ?? "", after({ ...draft, districtId: id }, "districtId")),
      ),
    );
  }
  return elements;
}

/** A one-tap change: the confirmation again, with the changed draft, in place of the old one. */
export async function redrawConfirmation(ctx: Ctx, value: string | undefined): Promise<Reply> {
  const decoded = decodeDraft(value);
  if (!decoded?.view) return errorReply(t.staleDraft);
  const { draft, view } = decoded;
  const known = await loadKnown(ctx);
  const elements: Element[] = [
    text(t.confirmTitle, "heading"),
    text(t.confirmIntro, "muted"),
    draftFields(draft, known.names, view.statuses),
  ];
  const future = draft.occurredOn !== undefined && draft.occurredOn > known.today;
  const complete = !future && completeDraft.safeParse(draft).success;
  if (future && draft.occurredOn)
    elements.push(text(t.notice.dateFuture(germanDay(draft.occurredOn)), "warning"));
  else if (!complete) elements.push(text(t.draftIncomplete, "warning"));

  const plain = encodeDraft(draft);
  if (plain === undefined) return errorReply(t.stateTooLarge);
  const buttons: Button[] = [];
  if (complete && !asksFirst(view)) buttons.push(button(common.save, ACTION.save, plain, "primary"));
  buttons.push(button(common.edit, ACTION.editDraft, plain));
  buttons.push(button(common.discard, ACTION.discard, undefined, "danger"));
  elements.push({ type: "actions", buttons }, ...tapControls(draft, view, known));
  return replacing(elements);
}
