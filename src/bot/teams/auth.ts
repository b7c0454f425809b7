// Who may call /api/messages: Bot Framework tokens with app credentials, or, in the explicit local mode, this machine.
import type { NextFunction, Request, Response } from "express";
import type { Config } from "../../config.js";
import type { Logger } from "../../log.js";
import { isLoopbackServiceUrl, sameServiceUrl } from "./service-url.js";

export type TeamsAuth =
  | {
      mode: "authenticated";
      appId: string;
      password: string;
      tenantId?: string;
      /** Where the token signing keys are published; Bot Framework's public cloud when absent. */
      openIdMetadataUrl?: string;
    }
  | { mode: "local" };

export const TEAMS_OFF =
  "teams adapter off: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD, or TEAMS_LOCAL_MODE=true for development with the Microsoft 365 Agents Playground";

/**
 * With MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD the Teams SDK validates every activity's token; the
 * app id alone would make the SDK use a managed identity instead, so both or neither. Without them Teams
 * is off unless TEAMS_LOCAL_MODE asks for the unauthenticated development mode (loadConfig refuses both).
 */
export function teamsAuth(config: Config): TeamsAuth | { disabled: string } {
  const appId = config.MICROSOFT_APP_ID;
  const password = config.MICROSOFT_APP_PASSWORD;
  if (!appId && !password) return config.TEAMS_LOCAL_MODE ? { mode: "local" } : { disabled: TEAMS_OFF };
  if (!appId || !password)
    return { disabled: "MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD must be set together" };
  const tenantId = config.MICROSOFT_APP_TENANT_ID;
  const openIdMetadataUrl = config.MICROSOFT_OPENID_METADATA_URL;
  return {
    mode: "authenticated",
    appId,
    password,
    ...(tenantId ? { tenantId } : {}),
    ...(openIdMetadataUrl ? { openIdMetadataUrl } : {}),
  };
}

/** 127.0.0.0/8, ::1 and IPv4-mapped loopback; anything else (or unknown) is not loopback. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith("::ffff:") ? address.slice(7) : address;
  return v4 === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** Headers a reverse proxy adds; the Agents Playground never sends them. */
const FORWARDED = ["x-forwarded-for", "x-forwarded-host", "forwarded", "x-real-ip"] as const;

/**
 * Local mode: no token can be checked, so only this machine may talk to the bot. The socket's peer address
 * decides, but a reverse proxy on the same host makes every peer loopback: a request that passed a proxy
 * (it names the real client in a forwarding header) is refused outright.
 */
export function loopbackOnly(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (FORWARDED.some((h) => req.headers[h] !== undefined)) {
      logger.warn({ path: req.path }, "teams local mode: rejected a forwarded request");
      res.status(403).json({ error: "local mode does not accept forwarded requests" });
      return;
    }
    if (isLoopback(req.socket.remoteAddress)) {
      next();
      return;
    }
    logger.warn({ path: req.path }, "teams local mode: rejected a request from a non-loopback address");
    res.status(403).json({ error: "local mode accepts requests from loopback addresses only" });
  };
}

/** The serviceurl claim of a JWT, without verifying it (the SDK verifies the same token afterwards). */
export function serviceUrlClaim(authorization: string | undefined): string | undefined {
  const token = authorization?.startsWith("Bearer ") ? authorization.slice(7) : authorization;
  const payload = token?.split(".")[1];
  if (!payload) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    const claim = (claims as { serviceurl?: unknown } | null)?.serviceurl;
    return typeof claim === "string" ? claim : undefined;
  } catch {
    return undefined;
  }
}

export interface Rejection {
  status: 400 | 401;
  error: string;
}

/**
 * Where the bot will answer (and what it stores) is the activity's serviceUrl, so that URL must be vouched
 * for before the SDK runs. In local mode it must be this machine. With credentials it must be the token's
 * serviceurl claim: the SDK compares the two for Bot Connector tokens only and not at all for Entra tokens,
 * which carry no such claim, so those are refused here (the bot does not serve agentic identities).
 */
export function serviceUrlRejection(
  auth: TeamsAuth,
  serviceUrl: unknown,
  authorization: string | undefined,
): Rejection | undefined {
  if (auth.mode === "local")
    return isLoopbackServiceUrl(serviceUrl)
      ? undefined
      : { status: 400, error: "local mode answers loopback service URLs only" };
  const claim = serviceUrlClaim(authorization);
  if (typeof serviceUrl === "string" && claim !== undefined && sameServiceUrl(claim, serviceUrl))
    return undefined;
  return { status: 401, error: "the token does not vouch for the activity's serviceUrl" };
}
