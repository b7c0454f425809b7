// Renders the neutral reply model as plain text for the terminal; buttons get numbers the user types to click.

import { konsole as t } from "../../commands/messages/index.js";
import type { Button, Element, Form, FormInput, Reply } from "../../conversation/reply.js";

export interface Rendered {
  text: string;
  /** Buttons in the order of their numbers (1-based on screen). */
  buttons: Button[];
}

function buttonRow(buttons: Button[], numbered: Button[]): string {
  return buttons
    .map((b) => {
      numbered.push(b);
      return `[${numbered.length}] ${b.label}`;
    })
    .join("  ");
}

function element(e: Element, numbered: Button[]): string[] {
  switch (e.type) {
    case "text":
      if (e.style === "heading") return [`== ${e.text} ==`];
      if (e.style === "warning") return [`! ${e.text}`];
      if (e.style === "muted") return [`  ${e.text}`];
      return [e.text];
    case "fields": {
      const width = Math.min(28, Math.max(0, ...e.fields.map((f) => f.label.length)));
      return e.fields.map(
        (f) =>
          `${f.flagged ? "?" : " "} ${`${f.label}:`.padEnd(width + 1)} ${f.value}${f.flagged && !f.value.includes(t.flagged) ? `  (${t.flagged})` : ""}`,
      );
    }
    case "list":
      return e.items.flatMap((item) => [
        `  • ${item.title}`,
        ...(item.detail ? [`    ${item.detail}`] : []),
        ...(item.actions?.length ? [`    ${buttonRow(item.actions, numbered)}`] : []),
      ]);
    case "actions":
      return e.buttons.length ? [buttonRow(e.buttons, numbered)] : [];
    case "divider":
      return ["----------------------------------------"];
    case "image":
      return [t.image(e.alt)];
  }
}

/** Text for every reply kind except forms, which the session asks field by field. */
export function render(reply: Reply): Rendered {
  const numbered: Button[] = [];
  const lines: string[] = [];
  switch (reply.kind) {
    case "message":
      for (const e of reply.elements) lines.push(...element(e, numbered));
      break;
    case "formErrors":
      lines.push(`! ${t.formErrors}`);
      for (const [field, error] of Object.entries(reply.errors)) lines.push(`  • ${field}: ${error}`);
      break;
    case "file":
      lines.push(reply.comment);
      break;
    case "closeForm":
      return reply.then ? render(reply.then) : { text: "", buttons: [] };
    case "form":
      lines.push(...formHeader(reply.form));
      break;
  }
  return { text: lines.join("\n"), buttons: numbered };
}

export function formHeader(form: Form): string[] {
  return [`== ${form.title} ==`, ...(form.intro ? [`  ${form.intro}`] : []), `  ${t.formHelp}`];
}

/** The label of a value for display: the option's label for choices, German dates for ISO days. */
export function displayValue(input: FormInput, value: string | string[] | undefined): string {
  if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return t.empty;
  const values = Array.isArray(value) ? value : [value];
  if (input.kind === "checkbox") return values.includes("true") ? t.yes : t.no;
  return values
    .map((v) => {
      const option = input.options?.find((o) => o.value === v);
      if (option) return option.label;
      const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      return iso ? `${iso[3]}.${iso[2]}.${iso[1]}` : v;
    })
    .join(", ");
}

/** The prompt line of one form input, with its options numbered. */
export function fieldPrompt(input: FormInput, current: string | string[] | undefined): string {
  const lines = [`${input.label}${input.required ? ` (${t.required})` : ""}`];
  if (input.hint) lines.push(`  ${input.hint}`);
  if (input.options && input.kind !== "checkbox") {
    input.options.forEach((o, i) => {
      lines.push(`  ${i + 1}) ${o.label}`);
    });
    lines.push(`  ${input.kind === "multiselect" ? t.chooseMany : t.chooseOne}`);
  }
  if (input.kind === "checkbox") lines.push(`  ${t.yesNo}`);
  if (current !== undefined && current !== "" && !(Array.isArray(current) && current.length === 0)) {
    lines.push(`  ${t.preset(displayValue(input, current))}`);
  }
  return lines.join("\n");
}
