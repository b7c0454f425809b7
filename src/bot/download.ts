// Downloads a file a user sent to the bot, for the adapters: only from the platform's own file hosts,
// never following redirects, and never more than the attachment limit (the GET itself: net/guarded-get.ts).
//
// The URL comes inside the platform's payload. Slack's is signed with the signing secret, but a Teams
// attachment's URL is whatever the activity says; without the allow-list the bot could be made to fetch
// internal addresses (server-side request forgery) and, on Slack, to hand its bot token to any host.
import { type InputAttachment, MAX_ATTACHMENT_BYTES } from "../conversation/input.js";
import { guardedGet } from "../net/guarded-get.js";

const TIMEOUT_MS = 10_000;

/** Host patterns: "files.slack.com", "*.sharepoint.com" (any sub-domain), or a full origin "http://127.0.0.1:4000". */
export type HostAllowList = readonly string[];

/** True when the URL is https on an allowed host, or exactly on an allowed origin (tests: a local http one). */
export function allowedUrl(raw: string, allow: HostAllowList): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return allow.some((entry) => {
    if (/^https?:\/\//i.test(entry)) {
      try {
        return new URL(entry).origin === url.origin;
      } catch {
        return false;
      }
    }
    if (url.protocol !== "https:") return false;
    const host = url.hostname.toLowerCase();
    const pattern = entry.toLowerCase();
    return pattern.startsWith("*.") ? host.endsWith(pattern.slice(1)) : host === pattern;
  });
}

export interface DownloadRequest {
  url: string;
  name: string;
  mediaType: string;
  /** The size the platform announced, when it did (Slack); larger files are not fetched at all. */
  size?: number;
  allow: HostAllowList;
  /** Sent with the request (Slack: the bot token); only ever to an allowed host. */
  headers?: Record<string, string>;
}

/** The file as the neutral attachment: its text, or the problem that kept it from being read. */
export async function downloadAttachment(req: DownloadRequest): Promise<InputAttachment> {
  const base = { name: req.name, mediaType: req.mediaType };
  if (req.size !== undefined && req.size > MAX_ATTACHMENT_BYTES) return { ...base, problem: "too-large" };
  // The allow-list is the guard here: the platform's own file hosts, whatever addresses they resolve to.
  const got = await guardedGet(req.url, {
    allowed: () => true,
    accepts: (url) => allowedUrl(url.href, req.allow),
    maxRedirects: 0,
    timeoutMs: TIMEOUT_MS,
    maxBytes: MAX_ATTACHMENT_BYTES,
    ...(req.headers ? { headers: req.headers } : {}),
  });
  if (got.kind === "too-large") return { ...base, problem: "too-large" };
  if (got.kind !== "body" || got.status < 200 || got.status >= 300) return { ...base, problem: "unreadable" };
  return { ...base, text: new TextDecoder("utf-8").decode(got.bytes) };
}
