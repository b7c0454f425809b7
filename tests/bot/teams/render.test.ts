// The Adaptive Card renderer against the neutral reply model: every element type, and every limit held.

import { describe, expect, it } from "vitest";
import type { TeamsActivity as Activity } from "../../../src/bot/teams/activity.js";
import { INPUT_PREFIX } from "../../../src/bot/teams/card.js";
import { readSubmittedValues } from "../../../src/bot/teams/form.js";
import { parseCommandText, submitInput, toInbound } from "../../../src/bot/teams/inbound.js";
import { TEAMS_LIMITS } from "../../../src/bot/teams/limits.js";
import { cardBytes, renderCard } from "../../../src/bot/teams/render.js";
import { common, teams } from "../../../src/commands/messages/index.js";
import { button, type Element, message, type Reply, text } from "../../../src/conversation/reply.js";
import { textsOf } from "./activities.js";

type Node = Record<string, unknown>;
const all = (node: unknown, out: Node[] = []): Node[] => {
  if (Array.isArray(node)) for (const n of node) all(n, out);
  else if (node && typeof node === "object") {
    out.push(node as Node);
    for (const v of Object.values(node)) if (typeof v === "object") all(v, out);
  }
  return out;
};
const ofType = (card: unknown, type: string) => all(card).filter((n) => n.type === type);

describe("renderCard: elements", () => {
  it("renders text styles, facts, lists with buttons, dividers and images as Adaptive Card 1.5", () => {
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);
    const card = renderCard(
      message([
        text("Wochenrückblick", "heading"),
        text("Stand Montag", "muted"),
        text("Zwei Wochen keine Öffentlichkeitsarbeit", "warning"),
        {
          type: "fields",
          fields: [
            { label: "Dauer", value: "2 Std." },
            { label: "Notiz", value: "x", flagged: true },
          ],
        },
        { type: "divider" },
        {
          type: "list",
          items: [
            { title: "Elterncafé", detail: "Nordstadt", actions: [button("Ändern", "aktivitaet:edit", "7")] },
          ],
        },
        {
          type: "actions",
          buttons: [
            button("Speichern", "aktivitaet:save", "1", "primary"),
            button("Verwerfen", "aktivitaet:discard", "1", "danger"),
          ],
        },
        { type: "image", alt: "Balkendiagramm", png },
      ]),
    );
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    const blocks = ofType(card, "TextBlock");
    expect(blocks.find((b) => b.text === "Wochenrückblick")).toMatchObject({ style: "heading" });
    expect(blocks.find((b) => b.text === "Stand Montag")).toMatchObject({ isSubtle: true });
    expect(blocks.find((b) => String(b.text).startsWith("Zwei"))).toMatchObject({ color: "Attention" });
    expect(ofType(card, "FactSet")[0]?.facts).toEqual([
      { title: "Dauer", value: "2 Std." },
      { title: "⚠ Notiz", value: "x" },
    ]);
    const list = card.body.find((e) => e.type === "Container");
    expect(list?.separator).toBe(true);
    const submits = ofType(card, "Action.Submit");
    expect(submits.map((s) => s.data)).toEqual([
      { sra: "action", actionId: "aktivitaet:edit", value: "7" },
      { sra: "action", actionId: "aktivitaet:save", value: "1" },
      { sra: "action", actionId: "aktivitaet:discard", value: "1" },
    ]);
    expect(submits.map((s) => s.style)).toEqual([undefined, "positive", "destructive"]);
    expect(ofType(card, "Image")[0]?.url).toBe(
      `data:image/png;base64,${Buffer.from(png).toString("base64")}`,
    );
  });

  it("renders a closed form's follow-up, or a short 'done' when there is none", () => {
    // biome-ignore lint/suspicious/noThenProperty: the neutral model names a closed form's follow-up "then"
    expect(textsOf(renderCard({ kind: "closeForm", then: message([text("Gespeichert")]) }))).toEqual([
      "Gespeichert",
    ]);
    expect(textsOf(renderCard({ kind: "closeForm" }))).toEqual([teams.formClosed]);
    expect(textsOf(renderCard({ kind: "formErrors", errors: { a: "Fehlt" } }))).toEqual([
      teams.formHasErrors,
      "Fehlt",
    ]);
  });

  it("renders every input kind, with required inputs validated by the client", () => {
    const reply: Reply = {
      kind: "form",
      form: {
        formId: "x:y",
        title: "T",
        submitLabel: "OK",
        inputs: [
          { id: "a", kind: "text", label: "A", required: true, maxLength: 80, initial: "vorher" },
          { id: "b", kind: "textarea", label: "B" },
          { id: "c", kind: "number", label: "C", min: 1, initial: "3" },
          { id: "d", kind: "date", label: "D", initial: "2026-11-24" },
          { id: "e", kind: "time", label: "E", initial: "09:30" },
          { id: "f", kind: "select", label: "F", options: [{ value: "1", label: "Eins" }], initial: "1" },
          {
            id: "g",
            kind: "multiselect",
            label: "G",
            options: [{ value: "1", label: "Eins" }],
            initial: ["1"],
          },
          {
            id: "h",
            kind: "checkbox",
            label: "H",
            initial: "true",
            hint: "Nur wenn ein Fall betroffen ist.",
          },
        ],
        actions: [button("Später fortsetzen", "x:later")],
      },
    };
    const card = renderCard(reply);
    const byId = Object.fromEntries(
      all(card)
        .filter((n) => typeof n.id === "string")
        .map((n) => [n.id, n]),
    );
    expect(byId[`${INPUT_PREFIX}a`]).toMatchObject({
      type: "Input.Text",
      isRequired: true,
      maxLength: 80,
      value: "vorher",
    });
    expect(byId[`${INPUT_PREFIX}b`]).toMatchObject({ type: "Input.Text", isMultiline: true });
    expect(byId[`${INPUT_PREFIX}c`]).toMatchObject({ type: "Input.Number", min: 1, value: 3 });
    expect(byId[`${INPUT_PREFIX}d`]).toMatchObject({ type: "Input.Date", value: "2026-11-24" });
    expect(byId[`${INPUT_PREFIX}e`]).toMatchObject({ type: "Input.Time", value: "09:30" });
    expect(byId[`${INPUT_PREFIX}f`]).toMatchObject({
      type: "Input.ChoiceSet",
      isMultiSelect: false,
      value: "1",
    });
    expect(byId[`${INPUT_PREFIX}g`]).toMatchObject({
      type: "Input.ChoiceSet",
      isMultiSelect: true,
      value: "1",
    });
    expect(byId[`${INPUT_PREFIX}h`]).toMatchObject({ type: "Input.Toggle", value: "true" });
    expect(textsOf(card)).toContain("Nur wenn ein Fall betroffen ist.");
    const [submit, later] = ofType(card, "Action.Submit");
    expect(submit?.data).toMatchObject({
      sra: "submit",
      formId: "x:y",
      kinds: { g: "multiselect", h: "checkbox" },
    });
    expect(later).toMatchObject({ associatedInputs: "none", data: { sra: "action", actionId: "x:later" } });
  });
});

describe("renderCard: limits", () => {
  const long = "ä".repeat(10_000);

  it("keeps an oversized reply within the card size and every per-element limit", () => {
    const elements: Element[] = [
      text(long),
      {
        type: "fields",
        fields: Array.from({ length: 200 }, (_, i) => ({ label: `${long}${i}`, value: long })),
      },
      {
        type: "list",
        items: Array.from({ length: 300 }, (_, i) => ({
          title: `Eintrag ${i} ${long}`,
          detail: long,
          actions: [button(long, "aktivitaet:edit", long)],
        })),
      },
      { type: "actions", buttons: Array.from({ length: 23 }, (_, i) => button(`B${i}`, `aktivitaet:b${i}`)) },
      { type: "image", alt: "groß", png: new Uint8Array(100_000) },
    ];
    const card = renderCard(message(elements));
    expect(cardBytes(card)).toBeLessThanOrEqual(TEAMS_LIMITS.cardBytes);
    for (const set of ofType(card, "ActionSet"))
      expect((set.actions as unknown[]).length).toBeLessThanOrEqual(TEAMS_LIMITS.actionsPerSet);
    for (const block of ofType(card, "TextBlock"))
      expect(String(block.text).length).toBeLessThanOrEqual(TEAMS_LIMITS.text);
    for (const fact of ofType(card, "FactSet").flatMap(
      (f) => f.facts as Array<{ title: string; value: string }>,
    )) {
      expect(fact.title.length).toBeLessThanOrEqual(TEAMS_LIMITS.factTitle);
      expect(fact.value.length).toBeLessThanOrEqual(TEAMS_LIMITS.factValue);
    }
    expect(textsOf(card)).toContain(teams.cardTooLarge);
    expect(ofType(card, "Image")).toHaveLength(0);
  });

  it("splits many buttons into sets Teams can show, and says how many list items were left out", () => {
    const card = renderCard(
      message([
        { type: "actions", buttons: Array.from({ length: 12 }, (_, i) => button(`B${i}`, `x:${i}`)) },
        { type: "list", items: Array.from({ length: 55 }, (_, i) => ({ title: `E${i}` })) },
      ]),
    );
    expect(ofType(card, "ActionSet").map((s) => (s.actions as unknown[]).length)).toEqual([5, 5, 2]);
    expect(textsOf(card)).toContain(common.truncated(TEAMS_LIMITS.listItems, 55));
  });

  it("caps select options and tells the user", () => {
    const options = Array.from({ length: 150 }, (_, i) => ({ value: String(i), label: `Option ${i}` }));
    const card = renderCard({
      kind: "form",
      form: {
        formId: "x:y",
        title: "T",
        submitLabel: "OK",
        inputs: [{ id: "s", kind: "select", label: "S", options }],
      },
    });
    expect(((ofType(card, "Input.ChoiceSet")[0]?.choices ?? []) as unknown[]).length).toBe(
      TEAMS_LIMITS.choices,
    );
    expect(textsOf(card)).toContain(teams.optionsCut(100, 150));
  });
});

describe("inbound parsing", () => {
  it("reads typed commands: slash optional, mention stripped, empty means help", () => {
    expect(parseCommandText("aktivitaet 2h Elterncafé @Nordstadt")).toEqual({
      type: "command",
      family: "aktivitaet",
      text: "2h Elterncafé @Nordstadt",
    });
    expect(parseCommandText("<at>Sozialraum-Assistent</at>&nbsp;/aktivitaet  liste")).toEqual({
      type: "command",
      family: "aktivitaet",
      text: "liste",
    });
    expect(parseCommandText("hilfe")).toEqual({ type: "command", family: "hilfe", text: "" });
    expect(parseCommandText("   ")).toEqual({ type: "command", family: "hilfe", text: "" });
  });

  it("ignores card data that is not ours and values of foreign keys", () => {
    expect(submitInput({ verb: "other" })).toBeUndefined();
    expect(submitInput({ sra: "action" })).toBeUndefined();
    expect(submitInput("x")).toBeUndefined();
    expect(readSubmittedValues({ sra: "submit", formId: "a", in_x: "", in_y: "v", other: "z" })).toEqual({
      x: undefined,
      y: "v",
    });
  });

  it("uses the AAD object id and Teams tenant; without a tenant only local mode falls back", () => {
    const activity = {
      type: "message",
      text: "hilfe",
      from: { id: "29:x", aadObjectId: "aad-x", name: "X" },
      conversation: { id: "a:1", conversationType: "personal" },
      channelData: { tenant: { id: "tenant-x" } },
    } as unknown as Partial<Activity>;
    expect(toInbound(activity, false)?.invocation.who).toMatchObject({
      platform: "teams",
      tenantExternalId: "tenant-x",
      userId: "aad-x",
    });
    const noTenant: Partial<Activity> = { ...activity, channelData: {} };
    expect(toInbound(noTenant, false)).toBeUndefined();
    expect(toInbound(noTenant, true)?.invocation.who.tenantExternalId).toBe("local");
  });
});

describe("renderCard: fields with long German words", () => {
  it("stacks label over value when a label word is too long for the FactSet title column", () => {
    const card = renderCard(
      message([
        {
          type: "fields",
          fields: [
            { label: "Infrastrukturentwicklung", value: "2 Aktivitäten, 3 Std. (Ø 2,6 Std. pro Woche)" },
            { label: "Öffentlichkeitsarbeit", value: "0 Aktivitäten, 0 Std.", flagged: true },
          ],
        },
        { type: "fields", fields: [{ label: "Dauer", value: "2 Std." }] },
      ]),
    );
    const facts = ofType(card, "FactSet").flatMap((f) => f.facts as { title: string }[]);
    expect(facts.map((f) => f.title)).toEqual(["Dauer"]);
    const blocks = ofType(card, "TextBlock");
    const label = blocks.findIndex((b) => b.text === "Infrastrukturentwicklung");
    expect(blocks[label]).toMatchObject({ wrap: true, weight: "Bolder" });
    expect(blocks[label + 1]).toMatchObject({
      text: "2 Aktivitäten, 3 Std. (Ø 2,6 Std. pro Woche)",
      wrap: true,
    });
    expect(blocks.some((b) => b.text === "⚠ Öffentlichkeitsarbeit")).toBe(true);
  });
});
