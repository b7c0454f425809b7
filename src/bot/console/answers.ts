// Turns what the user typed at a form prompt into the value the form expects.
import type { FormInput } from "../../conversation/reply.js";

export type Answer =
  | { kind: "keep" }
  | { kind: "set"; value: string | string[] | undefined }
  | { kind: "invalid" }
  | { kind: "submit" }
  | { kind: "cancel" };

const SUBMIT = new Set(["fertig", "senden", "absenden"]);
const CANCEL = new Set(["abbrechen", "abbruch"]);
const YES = new Set(["j", "ja", "y", "yes", "1", "x"]);
const NO = new Set(["n", "nein", "no", "0"]);

/** "3.11.2026" -> "2026-11-03"; anything else unchanged (the command layer validates). */
function isoIfGerman(raw: string): string {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw);
  return m ? `${m[3]}-${(m[2] ?? "").padStart(2, "0")}-${(m[1] ?? "").padStart(2, "0")}` : raw;
}

function option(input: FormInput, raw: string): string | undefined {
  const options = input.options ?? [];
  if (/^\d+$/.test(raw)) return options[Number(raw) - 1]?.value;
  const lower = raw.toLowerCase();
  return options.find((o) => o.label.toLowerCase() === lower || o.value.toLowerCase() === lower)?.value;
}

export function readAnswer(input: FormInput, typed: string): Answer {
  const raw = typed.trim();
  const lower = raw.toLowerCase();
  if (raw === "") return { kind: "keep" };
  if (SUBMIT.has(lower)) return { kind: "submit" };
  if (CANCEL.has(lower)) return { kind: "cancel" };
  if (raw === "-") return { kind: "set", value: input.kind === "multiselect" ? [] : undefined };
  switch (input.kind) {
    case "select": {
      const value = option(input, raw);
      return value === undefined ? { kind: "invalid" } : { kind: "set", value };
    }
    case "multiselect": {
      const values = raw
        .split(/\s*[,;]\s*/)
        .filter(Boolean)
        .map((part) => option(input, part));
      if (values.some((v) => v === undefined)) return { kind: "invalid" };
      return { kind: "set", value: [...new Set(values as string[])] };
    }
    case "checkbox":
      if (YES.has(lower)) return { kind: "set", value: "true" };
      if (NO.has(lower)) return { kind: "set", value: "false" };
      return { kind: "invalid" };
    case "date":
      return { kind: "set", value: isoIfGerman(raw) };
    default:
      return { kind: "set", value: raw };
  }
}
