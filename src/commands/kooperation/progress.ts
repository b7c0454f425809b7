// What is answered and what is missing in a cooperation's checklist.
import type { CooperationAnswer } from "../../store/index.js";
import { kooperation as t } from "../messages/index.js";
import { isComplete, STEPS } from "./steps.js";

export type Answers = Map<number, Pick<CooperationAnswer, "answer">>;

export function missingSteps(answers: Answers): number[] {
  return STEPS.filter((s) => !isComplete(s, answers.get(s)?.answer));
}

/** "Schritt 2 (Kompetenz der EHS), Schritt 4 (Beitrag der Einrichtung)". */
export function missingText(missing: number[]): string {
  return missing.map((s) => t.stepRef(s, t.steps[s]?.label ?? "")).join(", ");
}
