// The one place Teams text is made inert: Adaptive Card TextBlocks, Facts and message `text` are Markdown.

/**
 * Teams reads TextBlock.text, Fact.title/value and a message's `text` as Markdown (links `[x](url)`,
 * `**bold**`, `_italic_`, lists) and its clients turn the result into HTML, so `<a>` or `<at>` typed by
 * a user would be markup too. Without a raw `[` or `]` no link or image can form, without `<` no
 * autolink, HTML tag or mention; `*`, `_`, `~`, `` ` `` and `#` would restyle the text. Numeric
 * character references are literal text in CommonMark and in HTML alike, so every client shows the
 * characters themselves; backslash escapes are not used because Teams mobile shows the backslash. All Reply text is plain text by contract: the bot's own emphasis
 * comes from element styles (heading, warning), never from Markdown in the catalogue.
 */
const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "[": "&#91;",
  "]": "&#93;",
  "*": "&#42;",
  _: "&#95;",
  "`": "&#96;",
  "~": "&#126;",
  "\\": "&#92;",
  "#": "&#35;",
};

const SPECIAL = /[&<>[\]*_`~\\#]/g;

export function escapeMarkdown(value: string): string {
  return value.replace(SPECIAL, (c) => ENTITIES[c] ?? c);
}
