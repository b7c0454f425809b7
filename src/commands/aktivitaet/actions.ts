// Action ids of the aktivitaet family (namespaced "aktivitaet:<name>" so adapters route clicks back) and reply helpers.
import type { Element, Reply } from "../../conversation/reply.js";

export const ACTION = {
  save: "aktivitaet:save",
  editDraft: "aktivitaet:edit-draft",
  discard: "aktivitaet:discard",
  edit: "aktivitaet:edit",
  delete: "aktivitaet:delete",
  deleteConfirm: "aktivitaet:delete-confirm",
  deleteCancel: "aktivitaet:delete-cancel",
  list: "aktivitaet:list",
  /** A one-tap change on the quick-entry confirmation (focus, level, district, date); redraws it. */
  pick: "aktivitaet:pick",
  /** Opens the empty form (e.g. from an App Home button). */
  open: "aktivitaet:open",
} as const;

/** A private message that replaces the one whose button was clicked. */
export function replacing(elements: Element[]): Reply {
  return { kind: "message", elements, visibility: "private", replaceOriginal: true };
}
