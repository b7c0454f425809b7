// One GET of a link, connecting only to the address its checked lookup hands over (see public-url.ts), with
// a time limit and a size limit; redirects are the caller's to follow, each one checked again.
import { get as httpGet, type IncomingMessage } from "node:http";
import { get as httpsGet } from "node:https";
import type { LookupFunction } from "node:net";

export type Got =
  | { kind: "redirect"; status: number; location: string }
  | { kind: "body"; status: number; text: string }
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
    res.on("end", () =>
      resolve({ kind: "body", status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString("utf8") }),
    );
    res.on("error", reject);
    // Cut off (the time limit) before the end: no half calendar is read.
    res.on("close", () => {
      if (!res.complete) reject(new Error("response cut off"));
    });
  });
}

export function getOnce(
  url: URL,
  o: { lookup: LookupFunction; timeoutMs: number; maxBytes: number },
): Promise<Got> {
  const get = url.protocol === "https:" ? httpsGet : httpGet;
  return new Promise((resolve, reject) => {
    // No pooled socket (agent: false): a kept-alive connection to the same host and port skips the lookup,
    // and one opened for an allowed private link must not serve a typed one.
    const options = { lookup: o.lookup, agent: false, signal: AbortSignal.timeout(o.timeoutMs) } as const;
    const req = get(url, options, (res) => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && location) {
        res.resume();
        resolve({ kind: "redirect", status, location });
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
