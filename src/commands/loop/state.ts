// Small confirmations carried in a button's value: JSON as base64url, read back through a zod schema, so a
// tampered or outdated value is refused instead of saved.
import type { z } from "zod";

export const packState = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString("base64url");

export function unpackState<S extends z.ZodType>(
  schema: S,
  value: string | undefined,
): z.infer<S> | undefined {
  if (!value || value.length > 1900) return undefined;
  try {
    const parsed = schema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
