// The one guarded GET of the server, for links users type (the holiday calendar) and files the platforms hand
// over (the adapters' attachments): every URL, the first and each redirect's, is checked again; the socket
// connects only to the address its checked lookup judged (see public-url.ts); a time and a size limit.
import { get as httpGet, type IncomingMessage } from "node:http";
import { get as httpsGet } from "node:https";
import type { LookupFunction } from "node:net";
import {
  checkedLookup,
  isPublicAddress,
  literalAddress,
  PrivateAddressError,
  type Resolve,
} from "./public-url.js";

export interface GetGuard {
  /** The addresses a connection may reach: public ones unless the caller allows more (ALLOW_PRIVATE_URLS). */
  allowed?: (ip: string) => boolean;
  /** The resolver the lookup asks (the system's; tests pass their own). */
  resolve?: Resolve;
  /** A further rule for every URL requested (the adapters: only the platform's own file hosts). */
  accepts?: (url: URL) => boolean;
  /** Redirects followed, each one checked again; one more is refused. */
  maxRedirects: number;
  timeoutMs: number;
  maxBytes: number;
  /** Sent with the first request only, never along a redirect (Slack: the bot token). */
  headers?: Readonly<Record<string, string>>;
}

export type Fetched =
  | { kind: "body"; status: number; bytes: Buffer }
  /** The URL or an address it resolved to is not one the guard lets the server reach. */
  | { kind: "blocked" }
  | { kind: "too-large" }
  /** No whole answer: no URL, no connection, cut off (the time limit), or too many redirects. */
  | { kind: "unreachable" };

type Got =
  | { kind: "redirect"; location: string }
  | { kind: "body"; status: number; bytes: Buffer }
  | { kind: "too-large" };

function readBody(res: IncomingMessage, maxBytes: number): Promise<Got> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        res.destroy();
        resolve({ kind: "too-large" });
        return;
      }
      chunks.push(chunk);
    });
    res.on("end", () => resolve({ kind: "body", status: res.statusCode ?? 0, bytes: Buffer.concat(chunks) }));
    res.on("error", reject);
    // Cut off (the time limit) before the end: no half file is read.
    res.on("close", () => {
      if (!res.complete) reject(new Error("response cut off"));
    });
  });
}

function getOnce(
  url: URL,
  o: {
    lookup: LookupFunction;
    timeoutMs: number;
    maxBytes: number;
    headers: Readonly<Record<string, string>>;
  },
): Promise<Got> {
  const get = url.protocol === "https:" ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    // No pooled socket (agent: false): a kept-alive connection to the same host and port skips the lookup,
    // and one opened for an allowed private link must not serve a typed one.
    const options = {
      lookup: o.lookup,
      agent: false,
      headers: o.headers,
      signal: AbortSignal.timeout(o.timeoutMs),
    } as const;
    const req = get(url, options, (res) => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location) {
        res.resume();
        resolve({ kind: "redirect", location });
        return;
      }
      if (Number(res.headers["content-length"] ?? "0") > o.maxBytes) {
        res.destroy();
        resolve({ kind: "too-large" });
        return;
      }
      readBody(res, o.maxBytes).then(resolve, reject);
    });
    req.on("error", reject);
  });
}

/** Whether the guard lets the server request this URL at all, before any lookup. */
function passes(url: URL, guard: GetGuard, allowed: (ip: string) => boolean): boolean {
  if (!/^https?:$/.test(url.protocol) || url.username || url.password) return false;
  // An IP written into the URL makes the connection skip the lookup, so it is judged here.
  const literal = literalAddress(url);
  if (literal && !allowed(literal)) return false;
  return guard.accepts?.(url) ?? true;
}

/** GETs the URL under the guard, following at most `maxRedirects` redirects; never throws. */
export async function guardedGet(raw: string, guard: GetGuard): Promise<Fetched> {
  let target: URL;
  try {
    target = new URL(raw);
  } catch {
    return { kind: "unreachable" };
  }
  const allowed = guard.allowed ?? isPublicAddress;
  const lookup = checkedLookup(guard.resolve, allowed);
  try {
    for (let hop = 0; hop <= guard.maxRedirects; hop++) {
      if (!passes(target, guard, allowed)) return { kind: "blocked" };
      const headers = hop === 0 ? (guard.headers ?? {}) : {};
      const got = await getOnce(target, {
        lookup,
        timeoutMs: guard.timeoutMs,
        maxBytes: guard.maxBytes,
        headers,
      });
      if (got.kind !== "redirect") return got;
      target = new URL(got.location, target);
    }
  } catch (error) {
    return error instanceof PrivateAddressError ? { kind: "blocked" } : { kind: "unreachable" };
  }
  return { kind: "unreachable" };
}
