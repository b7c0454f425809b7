// Which forms offer a check of each field as it is filled in: exactly those their family declares a check
// for. A form cannot switch field checks on (or off) by itself, so an adapter never offers a check nobody answers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../../src/clock.js";
import { createCommandLayer } from "../../src/commands/dispatch.js";
import { defineFamily } from "../../src/commands/family.js";
import { createRegistry } from "../../src/commands/registry.js";
import type { CommandLayer } from "../../src/conversation/layer.js";
import { closeFormWith, type Form, message, type Reply, text } from "../../src/conversation/reply.js";
import { openTestDatabase, type TestDatabase } from "../support/db.js";

const formNamed = (formId: string, claims: boolean): Form => ({
  formId,
  title: "Probe",
  submitLabel: "Speichern",
  inputs: [{ id: "name", kind: "text", label: "Name", required: true }],
  ...(claims ? { checksEachField: true } : {}),
});

const probe = defineFamily({
  name: "probe",
  title: "probe",
  summary: "Probe",
  slack: { slash: "/probe", description: "Probe" },
  subcommands: [],
  // "geprueft": a form with a declared check that does not claim one; "ungeprueft": the reverse.
  otherwise: async (line) =>
    line === "geprueft"
      ? { kind: "form", form: formNamed("probe:checked", false) }
      : line === "danach"
        ? closeFormWith({ kind: "form", form: formNamed("probe:checked", false) })
        : { kind: "form", form: formNamed("probe:plain", true) },
  forms: {
    "probe:checked": async () => message([text("gespeichert")]),
    "probe:plain": async () => message([text("gespeichert")]),
  },
  checks: { "probe:checked": async () => ({ kind: "formErrors", errors: {} }) },
});

let t: TestDatabase;
let layer: CommandLayer;
beforeAll(async () => {
  t = await openTestDatabase();
  layer = createCommandLayer({
    store: t.store,
    clock: fixedClock("2026-11-25T10:00:00Z"),
    defaultTimezone: "Europe/Berlin",
    registry: createRegistry([probe]),
  });
});
afterAll(async () => {
  await t.close();
});

const say = (line: string): Promise<Reply> =>
  layer.handle({
    who: { platform: "console", tenantExternalId: "T-fieldchecks", userId: "U1", displayName: "Anna" },
    where: { channelId: "C1", isDirect: false },
    input: { type: "command", family: "probe", text: line },
  });

const formOf = (reply: Reply): Form => {
  const shown = reply.kind === "closeForm" ? reply.then : reply;
  if (shown?.kind !== "form") throw new Error(`no form: ${reply.kind}`);
  return shown.form;
};

describe("field checks follow the family's declared checks", () => {
  it("offers them on a form the family checks, also when it follows a closed form", async () => {
    expect(formOf(await say("geprueft")).checksEachField).toBe(true);
    expect(formOf(await say("danach")).checksEachField).toBe(true);
  });

  it("does not offer them on a form the family has no check for, whatever the form says", async () => {
    expect(formOf(await say("ungeprueft")).checksEachField).toBeUndefined();
  });
});
