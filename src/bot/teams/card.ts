// Adaptive Card types we produce and the data our card buttons carry back (Action.Submit / Action.Execute).
import type { Form, InputKind } from "../../conversation/reply.js";

export const ADAPTIVE_CARD = "application/vnd.microsoft.card.adaptive";
export const FILE_CONSENT_CARD = "application/vnd.microsoft.teams.card.file.consent";
export const FILE_INFO_CARD = "application/vnd.microsoft.teams.card.file.info";

/** Cards are built with the Teams SDK's typed builders (@microsoft/teams.cards); these are their shapes. */
export type { CardElement, IAdaptiveCard as AdaptiveCard } from "@microsoft/teams.cards";

/** Inputs are prefixed so their ids never collide with the keys of our submit data. */
export const INPUT_PREFIX = "in_";

/** Kinds whose submitted string needs converting back (multiselect "a,b", checkbox "true"). */
export type KindHints = Record<string, "multiselect" | "checkbox">;

/** The form as carried in the submit data, so a submit with errors can re-render it in place. */
export type CarriedForm = Omit<Form, "inputs"> & { inputs: Omit<Form["inputs"][number], "initial">[] };

export type SubmitData =
  | { sra: "action"; actionId: string; value?: string }
  | {
      sra: "submit";
      formId: string;
      state?: string;
      kinds?: KindHints;
      form?: CarriedForm;
      /** Only check this field (Form.checksEachField); nothing is saved. */
      check?: string;
    };

export const kindHint = (kind: InputKind): "multiselect" | "checkbox" | undefined =>
  kind === "multiselect" || kind === "checkbox" ? kind : undefined;
