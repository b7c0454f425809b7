// Test helpers for the kooperation dialog: answers for each step and small reply accessors.
import { expect } from "vitest";
import type { Form, Reply } from "../../../src/conversation/reply.js";
import type { commandLayerFor } from "../../support/commands.js";

export type Person = ReturnType<ReturnType<typeof commandLayerFor>["as"]>;

export const TEXTS: Record<number, string> = {
  1: "Frühe Hilfen: Eltern der Grundschule früher erreichen, bevor Probleme eskalieren.",
  2: "Elternberatung und ein Sozialkompetenztraining, das die EHS seit Jahren anbietet.",
  3: "Frühere Zugänge zu Familien und weniger akute Krisen in den Hilfen zur Erziehung.",
  4: "Die Schule stellt Raum und Zeit, die Klassenleitung informiert die Eltern.",
};
export const TIMELINE = { startsOn: "2026-12-01", endsOn: "2027-07-31", reviewOn: "2027-03-01" };
export const ROLES = "Schulsozialarbeit lädt ein, EHS moderiert den Elternabend, Schule stellt den Raum.";

export function valuesFor(step: number): Record<string, string | boolean> {
  if (step === 5) return { ...TIMELINE };
  if (step === 6) return { noCare: true, rolesAgreed: true, roles: ROLES };
  return { answer: TEXTS[step] ?? "" };
}

export function formOf(reply: Reply): Form {
  if (reply.kind !== "form") throw new Error(`expected a form, got ${JSON.stringify(reply).slice(0, 300)}`);
  return reply.form;
}

export function stepOf(reply: Reply): { id: number; step: number; form: Form } {
  const form = formOf(reply);
  expect(form.formId).toBe("kooperation:step");
  const [id, step] = (form.state ?? "").split(":").map(Number);
  return { id: id ?? 0, step: step ?? 0, form };
}

/** Submits `steps` in order from the form in `reply`, returning the last reply. */
export async function answer(person: Person, reply: Reply, steps: number[]): Promise<Reply> {
  let current = reply;
  for (const expected of steps) {
    const { step, form } = stepOf(current);
    expect(step).toBe(expected);
    current = await person.submit("kooperation:step", valuesFor(step), form.state);
  }
  return current;
}

/** "kooperation neu <name>" for an unknown partner: fills the partner form, returns step 1. */
export async function startNew(person: Person, name: string, type = "school"): Promise<Reply> {
  const partnerForm = formOf(await person.say("kooperation", `neu ${name}`));
  expect(partnerForm.formId).toBe("kooperation:partner");
  const district = partnerForm.inputs.find((i) => i.id === "district")?.initial;
  return person.submit("kooperation:partner", {
    name,
    type,
    ...(typeof district === "string" ? { district } : {}),
  });
}
