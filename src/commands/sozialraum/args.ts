// Splits "sozialraum <sub> <rest>" and normalises the sub-command word.
export function splitSub(text: string): { sub: string; rest: string } {
  const trimmed = text.trim();
  const space = trimmed.search(/\s/);
  const first = space < 0 ? trimmed : trimmed.slice(0, space);
  return {
    sub: first.toLowerCase().replaceAll("ü", "ue").replaceAll("ä", "ae").replaceAll("ö", "oe"),
    rest: space < 0 ? "" : trimmed.slice(space + 1).trim(),
  };
}

/** `<@U123|anna>` (Slack), `<@U123>`, `@Anna Muster` or a bare id. */
export function parseMemberRef(ref: string): { platformUserId?: string; name?: string } {
  const slack = ref.match(/^<@([A-Z0-9]+)(?:\|[^>]*)?>$/i);
  if (slack) return { platformUserId: slack[1] };
  if (ref.startsWith("@")) return { name: ref.slice(1).trim() };
  return { platformUserId: ref, name: ref };
}
