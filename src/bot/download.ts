// Downloads a file a user sent to the bot, for the adapters: only from the platform's own file hosts,
// never following redirects, and never more than the attachment limit.
//
// The URL comes inside the platform's payload. Slack's is signed with the signing secret, but a Teams
// attachment's URL is whatever the activity says; without the allow-list the bot could be made to fetch
// internal addresses (server-side request forgery) and, on Slack, to hand its bot token to any host.
import { type InputAttachment, MAX_ATTACHMENT_BYTES } from "../conversation/input.js";

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

/** Reads the body up to `max` bytes; undefined once it grows larger (the rest is not downloaded). */
async function readCapped(res: Response, max: number): Promise<Uint8Array | undefined> {
  const declared = Number(res.headers.get("content-length") ?? "0");
  if (declared > max) {
    await res.body?.cancel();
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
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
  if (!allowedUrl(req.url, req.allow)) return { ...base, problem: "unreadable" };
  try {
    const res = await fetch(req.url, {
      headers: req.headers ?? {},
      redirect: "error",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!res.ok) {
      await res.body?.cancel();
      return { ...base, problem: "unreadable" };
    }
    const bytes = await readCapped(res, MAX_ATTACHMENT_BYTES);
    if (!bytes) return { ...base, problem: "too-large" };
    return { ...base, text: new TextDecoder("utf-8").decode(bytes) };
  } catch {
    return { ...base, problem: "unreadable" };
  }
}
