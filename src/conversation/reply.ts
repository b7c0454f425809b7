// The neutral reply model: what a command answers, rendered by each adapter (Block Kit, Adaptive Card, text).
// Every string in it is plain text, whether from the catalogue or typed by a user: no mrkdwn, Markdown or
// HTML. Each platform's renderer makes it inert (src/bot/slack/escape.ts, src/bot/teams/escape.ts); the
// bot's own emphasis comes from element styles (heading, muted, warning) and field labels.
export interface Button {
  label: string;
  /** Namespaced "family:action", so adapters can route a click back without knowing the family. */
  actionId: string;
  value?: string;
  style?: "primary" | "danger";
}

export interface Choice {
  value: string;
  label: string;
}

export type InputKind =
  | "text"
  | "textarea"
  | "number"
  | "date"
  | "time"
  | "select"
  | "multiselect"
  | "checkbox";

export interface FormInput {
  id: string;
  kind: InputKind;
  label: string;
  required?: boolean;
  /** Pre-filled value; arrays for multiselect, "true"/"false" for checkbox. */
  initial?: string | string[];
  placeholder?: string;
  /** A short German explanation shown under the input. */
  hint?: string;
  options?: Choice[];
  min?: number;
  max?: number;
  maxLength?: number;
}

export interface Form {
  /** Namespaced "family:form", routes the submission back. */
  formId: string;
  title: string;
  submitLabel: string;
  inputs: FormInput[];
  /** Small opaque state carried with the form (ids only, never client data). */
  state?: string;
  /** Extra buttons shown with the form (e.g. "Zurück", "Später fortsetzen"). */
  actions?: Button[];
  /** Introductory text above the inputs. */
  intro?: string;
  /**
   * The command layer checks one field on its own (a submission with `check` set answers formErrors for it
   * or none), so an adapter that asks field by field can refuse a bad answer at once. Set by the command
   * layer from the family's declared checks (FamilyDeclaration.checks), not by the form.
   */
  checksEachField?: boolean;
}

export type Element =
  | { type: "text"; text: string; style?: "plain" | "heading" | "muted" | "warning" }
  | { type: "fields"; fields: { label: string; value: string; flagged?: boolean }[] }
  | { type: "list"; items: { title: string; detail?: string; actions?: Button[] }[] }
  | { type: "actions"; buttons: Button[] }
  | { type: "divider" }
  | { type: "image"; alt: string; png: Uint8Array; title?: string };

export type Reply =
  | {
      kind: "message";
      elements: Element[];
      /** private: only the caller sees it (ephemeral / personal chat). */
      visibility: "private" | "public";
      /** Replace the message that carried the clicked button instead of adding a new one. */
      replaceOriginal?: boolean;
    }
  | { kind: "form"; form: Form }
  /**
   * Errors to show on the submitted form's fields (the form stays open). A field check (see
   * Form.checksEachField) may add notes: what a field that is fine will mean, in words (a rhythm with its next
   * dates), shown under that field. A check answers for the checked field and for any field it names here
   * (a changed time says the rhythm's dates again), so an adapter replaces what it showed under those.
   */
  | { kind: "formErrors"; errors: Record<string, string>; notes?: Record<string, string> }
  | { kind: "file"; filename: string; mimeType: string; content: Uint8Array; comment: string }
  /** Close the open form and show a message. */
  | { kind: "closeForm"; then?: Reply };

export const text = (value: string, style?: "plain" | "heading" | "muted" | "warning"): Element => ({
  type: "text",
  text: value,
  ...(style ? { style } : {}),
});

export function message(elements: Element[], visibility: "private" | "public" = "private"): Reply {
  return { kind: "message", elements, visibility };
}

/** Closes the open form and shows `reply`. */
export function closeFormWith(reply: Reply): Reply {
  // biome-ignore lint/suspicious/noThenProperty: the neutral Reply model names this field `then`.
  return { kind: "closeForm", then: reply };
}

/** A German error for the caller only. */
export function errorReply(messageText: string): Reply {
  return message([text(messageText, "warning")]);
}

export function button(label: string, actionId: string, value?: string, style?: Button["style"]): Button {
  return { label, actionId, ...(value === undefined ? {} : { value }), ...(style ? { style } : {}) };
}

/** A button that runs a typed command line ("<family> <text>"); the command layer handles it for every platform. */
export const RUN_COMMAND = "command:run";

export function commandButton(label: string, line: string, style?: Button["style"]): Button {
  return button(label, RUN_COMMAND, line, style);
}

/** A file for the caller (an export, an access report). */
export function file(filename: string, mimeType: string, content: Uint8Array, comment: string): Reply {
  return { kind: "file", filename, mimeType, content, comment };
}
