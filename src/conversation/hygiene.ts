// Input hygiene: characters that carry no meaning for a user but break storage or mislead readers are removed.
//
// Removed, silently (they are invisible, so a message about them would only confuse):
// - C0 controls except tab and line feed (NUL makes PostgreSQL reject the whole query); a carriage return
//   becomes a line feed, since Windows clients end lines with CR LF;
// - DEL and the C1 controls (U+007F–U+009F), which no keyboard types and terminals interpret;
// - lone UTF-16 surrogates (not text at all; PostgreSQL cannot store them) and the noncharacters
//   U+FFFE/U+FFFF and U+FDD0–U+FDEF;
// - the bidirectional embedding, override and isolate controls U+202A–U+202E and U+2066–U+2069: they can
//   make a stored title read differently from what it is ("Trojan Source" spoofing of colleagues), and
//   German, Turkish or Arabic text displays correctly without them. The marks U+200E/U+200F stay.

/** Removed wherever they appear (as a character class, \u escapes). */
const UNWANTED_CLASS =
  "\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069\\uFDD0-\\uFDEF\\uFFFE\\uFFFF";
const UNWANTED = new RegExp(`[${UNWANTED_CLASS}]`, "g");
/** Anything cleanText might change: the above, carriage returns and every surrogate (paired ones stay). */
const SUSPECT = new RegExp(`[${UNWANTED_CLASS}\\r\\uD800-\\uDFFF]`);
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters above; text without them is returned unchanged (the same string). */
export function cleanText(value: string): string {
  if (!SUSPECT.test(value)) return value;
  return value.replace(/\r\n?/g, "\n").replace(UNWANTED, "").replace(LONE_SURROGATE, "");
}

/** Cleans every string in a parsed JSON value (keys included), for platform payloads that are stored as they are. */
export function cleanDeep<T>(value: T): T {
  if (typeof value === "string") return cleanText(value) as T;
  if (Array.isArray(value)) return value.map((v) => cleanDeep(v)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    // defineProperty, so a "__proto__" key stays a plain key instead of replacing the prototype.
    for (const [k, v] of Object.entries(value))
      Object.defineProperty(out, cleanText(k), {
        value: cleanDeep(v),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out as T;
  }
  return value;
}
