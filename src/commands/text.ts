// Text helpers shared by command families: German umlauts spelled out, file-name slugs, word-table lookups.

/** "Aktivität Süß" -> "aktivitaet suess": how people type German words without umlauts. */
export function spellOutUmlauts(value: string): string {
  return value
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss");
}

/** "Grundschule Süd-Ost" -> "grundschule-sued-ost": safe in a file name on every platform. */
export function slugify(value: string, maxLength = 60): string {
  return spellOutUmlauts(value)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, maxLength);
}

/** A lookup that only sees the record's own keys ("constructor" or "__proto__" typed by a user find nothing). */
export function own<V>(record: Record<string, V>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
