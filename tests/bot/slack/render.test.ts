// The Block Kit renderer against the neutral model: every element type, and oversized replies stay within limits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SLACK_LIMITS as L } from "../../../src/bot/slack/limits.js";
import {
  baseActionId,
  packMetadata,
  renderErrors,
  renderHome,
  renderMessage,
  renderModal,
  unpackMetadata,
} from "../../../src/bot/slack/render.js";
import { button, type Element, type Form } from "../../../src/conversation/reply.js";

type AnyBlock = Record<string, unknown> & { type: string };

/** Walks every text object and element and checks it against Slack's limits. */
function assertWithinLimits(blocks: AnyBlock[], maxBlocks: number): void {
  expect(blocks.length).toBeLessThanOrEqual(maxBlocks);
  for (const b of blocks) {
    const text = (b.text as { text?: string } | undefined)?.text ?? "";
    if (b.type === "header") expect(text.length).toBeLessThanOrEqual(L.headerText);
    if (b.type === "section") {
      expect(text.length).toBeLessThanOrEqual(L.sectionText);
      const fields = (b.fields as { text: string }[] | undefined) ?? [];
      expect(fields.length).toBeLessThanOrEqual(L.sectionFields);
      for (const f of fields) expect(f.text.length).toBeLessThanOrEqual(L.fieldText);
    }
    if (b.type === "actions") {
      const elements = b.elements as { text: { text: string }; action_id: string; value?: string }[];
      expect(elements.length).toBeLessThanOrEqual(L.actionsElements);
      const ids = elements.map((e) => e.action_id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const e of elements) {
        expect(e.text.text.length).toBeLessThanOrEqual(L.buttonText);
        expect(e.action_id.length).toBeLessThanOrEqual(L.actionId);
        expect((e.value ?? "").length).toBeLessThanOrEqual(L.buttonValue);
      }
    }
    if (b.type === "input") {
      const element = b.element as { options?: { text: { text: string }; value: string }[] };
      expect((element.options ?? []).length).toBeLessThanOrEqual(L.selectOptions);
      for (const o of element.options ?? []) {
        expect(o.text.text.length).toBeLessThanOrEqual(L.optionText);
        expect(o.value.length).toBeLessThanOrEqual(L.optionValue);
      }
      expect((b.label as { text: string }).text.length).toBeLessThanOrEqual(L.inputLabel);
    }
  }
}

describe("renderMessage", () => {
  it("renders every element type", () => {
    const elements: Element[] = [
      { type: "text", text: "Aktivität gespeichert", style: "heading" },
      { type: "text", text: "Elterncafé <b>&", style: "plain" },
      { type: "text", text: "nur Hinweis", style: "muted" },
      { type: "text", text: "Achtung", style: "warning" },
      {
        type: "fields",
        fields: [
          { label: "Dauer", value: "2 Std." },
          { label: "Notiz", value: "Tel. 0171", flagged: true },
        ],
      },
      {
        type: "list",
        items: [{ title: "A", detail: "d", actions: [button("Öffnen", "aktivitaet:open", "1")] }],
      },
      {
        type: "actions",
        buttons: [
          button("Speichern", "aktivitaet:save", "1", "primary"),
          button("Verwerfen", "aktivitaet:discard"),
        ],
      },
      { type: "divider" },
      { type: "image", alt: "Balken je Ansatzpunkt", png: new Uint8Array([1]) },
    ];
    const { text, blocks } = renderMessage(elements);
    expect(blocks.map((b) => b.type)).toEqual([
      "header",
      "section",
      "context",
      "section",
      "section",
      "section",
      "actions",
      "divider",
      "context",
    ]);
    const json = JSON.stringify(blocks);
    expect(json).toContain("Elterncafé &lt;b&gt;&amp;");
    expect(json).toContain("⚠️ Achtung");
    expect(json).toContain('"style":"primary"');
    expect(json).toContain('"accessory"');
    expect(json).toContain("Grafik: Balken je Ansatzpunkt");
    expect(text).toContain("Aktivität gespeichert");
  });

  it("truncates visibly when a reply has more blocks than a message may hold", () => {
    const items = Array.from({ length: 120 }, (_, i) => ({ title: `Eintrag ${i}` }));
    const { blocks } = renderMessage([{ type: "list", items }]);
    expect(blocks).toHaveLength(L.messageBlocks);
    expect(JSON.stringify(blocks.at(-1))).toContain("71 weitere nicht angezeigt");
  });

  it("stays within every limit for arbitrary oversized replies", () => {
    const str = fc.string({ maxLength: 9_000 });
    const btn = fc.record({
      label: str,
      actionId: fc.constantFrom("aktivitaet:save", "gremium:go", `x:${"y".repeat(400)}`),
      value: fc.option(fc.string({ maxLength: 5_000 }), { nil: undefined }),
    });
    const element: fc.Arbitrary<Element> = fc.oneof(
      fc.record({
        type: fc.constant("text" as const),
        text: str,
        style: fc.constantFrom("plain", "heading", "muted", "warning") as fc.Arbitrary<"plain">,
      }),
      fc.record({
        type: fc.constant("fields" as const),
        fields: fc.array(fc.record({ label: str, value: str }), { maxLength: 30 }),
      }),
      fc.record({ type: fc.constant("actions" as const), buttons: fc.array(btn, { maxLength: 60 }) }),
      fc.record({
        type: fc.constant("list" as const),
        items: fc.array(fc.record({ title: str, actions: fc.array(btn, { maxLength: 3 }) }), {
          maxLength: 40,
        }),
      }),
    );
    fc.assert(
      fc.property(fc.array(element, { maxLength: 30 }), (elements) => {
        const { text, blocks } = renderMessage(elements);
        expect(text.length).toBeLessThanOrEqual(L.messageText);
        assertWithinLimits(blocks as AnyBlock[], L.messageBlocks);
        assertWithinLimits(renderHome(elements).blocks as AnyBlock[], L.viewBlocks);
      }),
      { numRuns: 60 },
    );
  });
});

describe("renderModal", () => {
  const form: Form = {
    formId: "aktivitaet:quick",
    title: "Aktivität erfassen – mit einem viel zu langen Titel",
    submitLabel: "Speichern und schließen, bitte",
    state: "draft:12",
    inputs: Array.from({ length: 130 }, (_, i) => ({
      id: `f${i}`,
      kind: "select" as const,
      label: "x".repeat(3_000),
      options: Array.from({ length: 150 }, (_, j) => ({ value: `v${j}`.repeat(40), label: "o".repeat(100) })),
    })),
  };

  it("keeps titles, blocks, options and metadata within the modal limits", () => {
    const view = renderModal(form, { c: "C1", r: "https://hooks.example/r" });
    expect(view.title.text.length).toBeLessThanOrEqual(L.viewTitle);
    expect(view.submit?.text.length).toBeLessThanOrEqual(L.viewSubmit);
    expect(view.close?.text).toBe("Abbrechen");
    expect(view.callback_id).toBe("aktivitaet:quick");
    assertWithinLimits(view.blocks as AnyBlock[], L.viewBlocks);
    expect(unpackMetadata(view.private_metadata)).toEqual({
      s: "draft:12",
      c: "C1",
      r: "https://hooks.example/r",
    });
  });

  it("drops the optional metadata before the form state when private_metadata would overflow", () => {
    const packed = packMetadata({ s: "s", c: "C1", r: `https://x/${"r".repeat(3_000)}` });
    expect(packed.length).toBeLessThanOrEqual(L.privateMetadata);
    expect(unpackMetadata(packed)).toEqual({ s: "s", c: "C1" });
    expect(unpackMetadata("not json")).toEqual({});
  });

  it("renders every input kind with its initial value", () => {
    const view = renderModal({
      formId: "gremium:new",
      title: "Gremium",
      submitLabel: "OK",
      inputs: [
        { id: "a", kind: "text", label: "A", initial: "x", maxLength: 9_999 },
        { id: "b", kind: "textarea", label: "B", required: true },
        { id: "c", kind: "number", label: "C", min: 1, max: 9, initial: "3" },
        { id: "d", kind: "date", label: "D", initial: "2026-03-29" },
        { id: "e", kind: "time", label: "E", initial: "18:30" },
        { id: "f", kind: "select", label: "F", options: [{ value: "1", label: "eins" }], initial: "1" },
        {
          id: "g",
          kind: "multiselect",
          label: "G",
          options: [{ value: "1", label: "eins" }],
          initial: ["1"],
        },
        { id: "h", kind: "checkbox", label: "H", initial: "true" },
      ],
    });
    const byId = Object.fromEntries(
      (view.blocks as AnyBlock[]).map((b) => [
        b.block_id,
        b as AnyBlock & { element: Record<string, unknown>; optional: boolean },
      ]),
    );
    expect(byId.a?.element).toMatchObject({
      type: "plain_text_input",
      initial_value: "x",
      max_length: 3_000,
    });
    expect(byId.b?.element).toMatchObject({ type: "plain_text_input", multiline: true });
    expect(byId.b?.optional).toBe(false);
    expect(byId.c?.element).toMatchObject({
      type: "number_input",
      min_value: "1",
      max_value: "9",
      initial_value: "3",
    });
    expect(byId.d?.element).toMatchObject({ type: "datepicker", initial_date: "2026-03-29" });
    expect(byId.e?.element).toMatchObject({ type: "timepicker", initial_time: "18:30" });
    expect(byId.f?.element).toMatchObject({ type: "static_select", initial_option: { value: "1" } });
    expect(byId.g?.element).toMatchObject({ type: "multi_static_select", initial_options: [{ value: "1" }] });
    expect(byId.h?.element).toMatchObject({ type: "checkboxes", initial_options: [{ value: "true" }] });
  });
});

describe("small helpers", () => {
  it("strips the uniqueness suffix of an action id", () => {
    expect(baseActionId("aktivitaet:save~3")).toBe("aktivitaet:save");
    expect(baseActionId("aktivitaet:save")).toBe("aktivitaet:save");
  });

  it("clips field errors", () => {
    expect(renderErrors({ a: "x".repeat(5_000) }).a?.length).toBe(L.fieldError);
  });
});
