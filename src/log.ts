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
  if (error && typeof error === "object" && "code" in error) return String((error as { code: unknown }).code);
  return error instanceof Error ? error.name : "unknown";
}
