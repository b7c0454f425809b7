// Which Bot Framework service URLs the bot may talk to: loopback in local mode, Microsoft's Teams hosts otherwise.
import type { StoredReference } from "./activity.js";

/**
 * The Teams connector hosts of Microsoft's clouds (public, GCC, GCC High, DoD, 21Vianet), as the Teams SDKs
 * for C# and Python allow them by default. The bot's token goes only to these.
 */
export const TEAMS_SERVICE_HOSTS: ReadonlySet<string> = new Set([
  "smba.trafficmanager.net",
  "smba.onyx.prod.teams.trafficmanager.net",
  "smba.infra.gcc.teams.microsoft.com",
  "smba.infra.gov.teams.microsoft.us",
  "smba.infra.dod.teams.microsoft.us",
  "frontend.botapi.msg.infra.teams.microsoftonline.cn",
]);

function parse(raw: unknown): URL | undefined {
  if (typeof raw !== "string" || raw.length > 2_000) return undefined;
  try {
    const url = new URL(raw);
    // user:pass@host is never a connector, and confuses humans reading the URL.
    return url.username || url.password ? undefined : url;
  } catch {
    return undefined;
  }
}

/** http(s) on 127.0.0.0/8, localhost or [::1]: the Agents Playground or a test connector on this machine. */
export function isLoopbackServiceUrl(raw: unknown): boolean {
  const url = parse(raw);
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) return false;
  const host = url.hostname.toLowerCase();
  return host === "localhost" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host);
}

/** https on one of Microsoft's Teams connector hosts (default port). */
export function isTeamsServiceUrl(raw: unknown): boolean {
  const url = parse(raw);
  return url?.protocol === "https:" && url.port === "" && TEAMS_SERVICE_HOSTS.has(url.hostname.toLowerCase());
}

/** The SDK's comparison of service URLs: case-insensitive, a trailing slash does not count. */
export const sameServiceUrl = (a: string, b: string) =>
  a.replace(/\/$/, "").toLowerCase() === b.replace(/\/$/, "").toLowerCase();

/**
 * May this stored reference be used? With credentials only references stored with credentials and pointing
 * at a Teams host, so the bot's token never reaches a URL someone planted; in local mode only loopback.
 */
export function usableReference(reference: StoredReference, localMode: boolean): boolean {
  if (localMode) return isLoopbackServiceUrl(reference.serviceUrl);
  return reference.origin !== "local" && isTeamsServiceUrl(reference.serviceUrl);
}
