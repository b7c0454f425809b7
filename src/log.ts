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
