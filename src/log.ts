// Structured JSON logs. Callers log ids and counts only; the redaction list is a second line of defence.
import { pino } from "pino";

export type Logger = pino.Logger;

const REDACT = [
  "text",
  "*.text",
  "title",
  "*.title",
  "notes",
  "*.notes",
  "caseRef",
  "*.caseRef",
  "displayName",
  "*.displayName",
  "token",
  "*.token",
  "*.authorization",
  "*.headers.authorization",
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    { level, base: { app: "sozialraum-assistent" }, redact: { paths: REDACT, censor: "[redacted]" } },
    destination,
  );
}

/**
 * What may be logged of an error: its class (or platform error code), never its message, which can
 * echo user input and so personal data.
 */
export function errorName(error: unknown): string {
  // A wrapper (drizzle's DrizzleQueryError) carries the driver's error, with its code, as `cause`.
  let e: unknown = error;
  for (let depth = 0; depth < 5 && e && typeof e === "object"; depth++) {
    if ("code" in e) return String((e as { code: unknown }).code);
    e = (e as { cause?: unknown }).cause;
  }
  return error instanceof Error ? error.name : "unknown";
}
