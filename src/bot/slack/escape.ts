// The one place Slack text is made inert: mentions, channel pings and links need `<`, `>` (and `&` entities).

/**
 * Slack's mrkdwn (and the top-level `text` of a message) turns `<!channel>`, `<@U123>` and
 * `<http://x|label>` into pings and disguised links; escaped, the same characters just show.
 * All Reply text is plain text by contract, so the renderer escapes every mrkdwn string it builds.
 */
export function escapeMrkdwn(value: string): string {
  return value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}
