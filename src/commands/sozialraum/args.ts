// Reading the arguments of the sozialraum commands: member references as Slack, Teams and the console write them.
/** `<@U123|anna>` (Slack), `<@U123>`, `@Anna Muster` or a bare id. */
export function parseMemberRef(ref: string): { platformUserId?: string; name?: string } {
  const slack = ref.match(/^<@([A-Z0-9]+)(?:\|[^>]*)?>$/i);
  if (slack) return { platformUserId: slack[1] };
  if (ref.startsWith("@")) return { name: ref.slice(1).trim() };
  return { platformUserId: ref, name: ref };
}
