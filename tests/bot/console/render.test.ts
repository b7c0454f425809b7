// The console renderer and answer reader: every reply kind as readable text, numbered buttons, typed answers.
import { describe, expect, it } from "vitest";
import { readAnswer } from "../../../src/bot/console/answers.js";
import { fieldPrompt, render } from "../../../src/bot/console/render.js";
import { commandOf } from "../../../src/bot/console/session.js";
import type { FormInput, Reply } from "../../../src/conversation/reply.js";

describe("render", () => {
  it("renders every element type and numbers buttons across the reply", () => {
    const reply: Reply = {
      kind: "message",
      visibility: "private",
      elements: [
        { type: "text", text: "Stimmt das so?", style: "heading" },
        { type: "text", text: "Achtung", style: "warning" },
        { type: "text", text: "leise", style: "muted" },
        {
          type: "fields",
          fields: [
            { label: "Dauer", value: "2 Std." },
            { label: "Ansatzpunkt", value: "Projekte", flagged: true },
          ],
        },
        {
          type: "list",
          items: [
            {
              title: "Nr. 1 · Elterncafé",
              detail: "heute",
              actions: [{ label: "Bearbeiten", actionId: "aktivitaet:edit", value: "1" }],
            },
          ],
        },
        { type: "divider" },
        { type: "image", alt: "Diagramm", png: new Uint8Array() },
        {
          type: "actions",
          buttons: [
            { label: "Speichern", actionId: "aktivitaet:save" },
            { label: "Verwerfen", actionId: "aktivitaet:discard" },
          ],
        },
      ],
    };
    const { text, buttons } = render(reply);
    expect(text.split("\n")).toEqual([
      "== Stimmt das so? ==",
      "! Achtung",
      "  leise",
      "  Dauer:       2 Std.",
      "? Ansatzpunkt: Projekte  (bitte prüfen)",
      "  • Nr. 1 · Elterncafé",
      "    heute",
      "    [1] Bearbeiten",
      "----------------------------------------",
      "[Grafik: Diagramm]",
      "[2] Speichern  [3] Verwerfen",
    ]);
    expect(buttons.map((b) => b.actionId)).toEqual([
      "aktivitaet:edit",
      "aktivitaet:save",
      "aktivitaet:discard",
    ]);
  });

  it("renders form errors, files and closeForm", () => {
    expect(render({ kind: "formErrors", errors: { title: "Bitte ausfüllen." } }).text).toBe(
      "! Bitte korrigieren:\n  • title: Bitte ausfüllen.",
    );
    expect(
      render({
        kind: "file",
        filename: "a.csv",
        mimeType: "text/csv",
        content: new Uint8Array(),
        comment: "Export",
      }).text,
    ).toBe("Export");
    expect(render({ kind: "closeForm" }).text).toBe("");
    expect(
      render({
        kind: "closeForm",
        // biome-ignore lint/suspicious/noThenProperty: the neutral Reply model names this field `then`.
        then: { kind: "message", visibility: "private", elements: [{ type: "text", text: "Gespeichert" }] },
      }).text,
    ).toBe("Gespeichert");
  });

  it("prompts a field with its options, hint and preset", () => {
    const input: FormInput = {
      id: "focus",
      kind: "select",
      label: "Ansatzpunkt",
      required: true,
      hint: "Worum ging es?",
      options: [
        { value: "networks", label: "Vernetzte Strukturen" },
        { value: "projects", label: "Projekte" },
      ],
      initial: "projects",
    };
    expect(fieldPrompt(input, "projects")).toBe(
      "Ansatzpunkt (Pflichtfeld)\n  Worum ging es?\n  1) Vernetzte Strukturen\n  2) Projekte\n  Nummer oder Text eingeben\n  Vorgabe: Projekte",
    );
    expect(fieldPrompt({ id: "d", kind: "date", label: "Datum" }, "2026-11-03")).toBe(
      "Datum\n  Vorgabe: 03.11.2026",
    );
  });
});

describe("readAnswer", () => {
  const select: FormInput = {
    id: "s",
    kind: "select",
    label: "S",
    options: [
      { value: "a", label: "Alpha" },
      { value: "b", label: "Beta" },
    ],
  };
  const multi: FormInput = { ...select, kind: "multiselect" };
  it("reads choices by number or label, and rejects others", () => {
    expect(readAnswer(select, "2")).toEqual({ kind: "set", value: "b" });
    expect(readAnswer(select, "alpha")).toEqual({ kind: "set", value: "a" });
    expect(readAnswer(select, "3")).toEqual({ kind: "invalid" });
    expect(readAnswer(multi, "1, 2,1")).toEqual({ kind: "set", value: ["a", "b"] });
    expect(readAnswer(multi, "1,9")).toEqual({ kind: "invalid" });
    expect(readAnswer(multi, "-")).toEqual({ kind: "set", value: [] });
  });

  it("knows keep, clear, submit, cancel, yes/no and German dates", () => {
    const text: FormInput = { id: "t", kind: "text", label: "T" };
    expect(readAnswer(text, "")).toEqual({ kind: "keep" });
    expect(readAnswer(text, "-")).toEqual({ kind: "set", value: undefined });
    expect(readAnswer(text, "Fertig")).toEqual({ kind: "submit" });
    expect(readAnswer(text, "abbrechen")).toEqual({ kind: "cancel" });
    expect(readAnswer({ id: "c", kind: "checkbox", label: "C" }, "j")).toEqual({
      kind: "set",
      value: "true",
    });
    expect(readAnswer({ id: "c", kind: "checkbox", label: "C" }, "vielleicht")).toEqual({ kind: "invalid" });
    expect(readAnswer({ id: "d", kind: "date", label: "D" }, "3.11.2026")).toEqual({
      kind: "set",
      value: "2026-11-03",
    });
    expect(readAnswer({ id: "d", kind: "date", label: "D" }, "gestern")).toEqual({
      kind: "set",
      value: "gestern",
    });
  });
});

describe("commandOf", () => {
  it("splits the family from its text, with or without a slash", () => {
    expect(commandOf("/aktivitaet 2h Elterncafé")).toEqual({
      type: "command",
      family: "aktivitaet",
      text: "2h Elterncafé",
    });
    expect(commandOf("hilfe")).toEqual({ type: "command", family: "hilfe", text: "" });
  });
});
