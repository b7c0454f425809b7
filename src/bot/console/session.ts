// One interactive console session: reads commands, clicks numbered buttons, asks forms field by field.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { konsole as t } from "../../commands/messages/index.js";
import {
  type Caller,
  type CommandInput,
  commandFromLine,
  type FormValue,
  type Where,
} from "../../conversation/input.js";
import type { CommandLayer } from "../../conversation/layer.js";
import type { Button, Form, Reply } from "../../conversation/reply.js";
import { readAnswer } from "./answers.js";
import type { LineSource } from "./lines.js";
import { fieldPrompt, formHeader, render } from "./render.js";

export interface SessionOptions {
  commands: CommandLayer;
  who: Caller;
  where: Where;
  lines: LineSource;
  write: (text: string) => void;
  /** Where file replies (CSV exports) are written. */
  exportDir: string;
  /** Print a prompt before each line (interactive terminals only). */
  prompt?: boolean;
}

const EXIT = new Set(["ende", "beenden", "exit", "quit", "tschüss", "bye"]);

/** How the console reads a typed line: the same as every platform. */
export const commandOf = commandFromLine;

export async function runSession(o: SessionOptions): Promise<void> {
  let buttons: Button[] = [];
  const ask = async (promptText: string): Promise<string | undefined> => {
    o.write(`${promptText}\n${o.prompt ? "> " : ""}`);
    return o.lines.next();
  };
  const handle = (input: CommandInput) => o.commands.handle({ who: o.who, where: o.where, input });

  async function show(reply: Reply): Promise<void> {
    if (reply.kind === "form") {
      await show(await runForm(reply.form));
      return;
    }
    if (reply.kind === "file") {
      mkdirSync(o.exportDir, { recursive: true });
      const path = join(o.exportDir, reply.filename.replace(/[^\w.-]/g, "_"));
      writeFileSync(path, reply.content);
      o.write(`${reply.comment}\n${t.fileSaved(path)}\n`);
      return;
    }
    const rendered = render(reply);
    if (reply.kind === "message" || reply.kind === "closeForm") buttons = rendered.buttons;
    if (rendered.text) o.write(`${rendered.text}\n`);
  }

  /** Asks every input, submits, and re-asks only the fields the command layer rejected. */
  async function runForm(form: Form): Promise<Reply> {
    o.write(`${formHeader(form).join("\n")}\n`);
    const values: Record<string, FormValue> = {};
    for (const input of form.inputs) {
      if (input.initial !== undefined) values[input.id] = input.initial;
    }
    let pending = form.inputs;
    for (;;) {
      for (const input of pending) {
        const outcome = await askField(form, input, values);
        if (outcome === "cancel")
          return {
            kind: "message",
            elements: [{ type: "text", text: t.formCancelled }],
            visibility: "private",
          };
        if (outcome === "submit") break;
      }
      const reply = await handle({
        type: "submit",
        formId: form.formId,
        values,
        ...(form.state ? { state: form.state } : {}),
      });
      if (reply.kind !== "formErrors") return reply;
      o.write(`${render(reply).text}\n`);
      pending = form.inputs.filter((i) => i.id in reply.errors);
      if (pending.length === 0) return reply;
    }
  }

  /** The command layer's verdict on one answer, so a bad one is asked again at once; its notes are shown. */
  async function checkField(form: Form, id: string, values: Record<string, FormValue>) {
    const reply = await handle({
      type: "submit",
      formId: form.formId,
      values,
      check: id,
      ...(form.state ? { state: form.state } : {}),
    });
    if (reply.kind !== "formErrors") return undefined;
    // What a fine answer will mean (a rhythm's next dates), said before the next question.
    for (const note of Object.values(reply.notes ?? {})) o.write(`  ${note}\n`);
    return reply.errors[id];
  }

  async function askField(
    form: Form,
    input: Form["inputs"][number],
    values: Record<string, FormValue>,
  ): Promise<"ok" | "submit" | "cancel"> {
    // A choice without options (e.g. no partners yet) has nothing to ask.
    if ((input.kind === "select" || input.kind === "multiselect") && !input.options?.length) return "ok";
    for (;;) {
      const current = values[input.id];
      const typed = await ask(fieldPrompt(input, typeof current === "boolean" ? String(current) : current));
      if (typed === undefined) return "cancel";
      const answer = readAnswer(input, typed);
      switch (answer.kind) {
        case "keep":
          return "ok";
        case "submit":
          return "submit";
        case "cancel":
          return "cancel";
        case "invalid":
          o.write(`! ${t.invalidChoice}\n`);
          continue;
        case "set": {
          if (answer.value === undefined) delete values[input.id];
          else values[input.id] = input.kind === "checkbox" ? answer.value === "true" : answer.value;
          const refused = form.checksEachField ? await checkField(form, input.id, values) : undefined;
          if (refused) {
            o.write(`! ${refused}\n`);
            continue;
          }
          return "ok";
        }
      }
    }
  }

  for (;;) {
    if (o.prompt) o.write("> ");
    const line = await o.lines.next();
    if (line === undefined) break;
    const trimmed = line.trim();
    if (trimmed === "") continue;
    if (EXIT.has(trimmed.toLowerCase())) break;
    if (/^\d{1,3}$/.test(trimmed)) {
      const n = Number(trimmed);
      const b = buttons[n - 1];
      if (!b) {
        o.write(`! ${t.noSuchButton(n)}\n`);
        continue;
      }
      await show(
        await handle({
          type: "action",
          actionId: b.actionId,
          ...(b.value === undefined ? {} : { value: b.value }),
        }),
      );
      continue;
    }
    await show(await handle(commandOf(trimmed)));
  }
  o.write(`${t.bye}\n`);
}
