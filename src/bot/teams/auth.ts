// Who may call /api/messages: Bot Framework tokens with app credentials, else loopback clients only (local mode).
import type { NextFunction, Request, Response } from "express";
import type { Config } from "../../config.js";
import type { Logger } from "../../log.js";

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

/**
 * With MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD the Teams SDK validates every activity's token; the
 * app id alone would make the SDK use a managed identity instead, so both or neither.
 */
export function teamsAuth(config: Config): TeamsAuth | { misconfigured: string } {
  const appId = config.MICROSOFT_APP_ID;
  const password = config.MICROSOFT_APP_PASSWORD;
  if (!appId && !password) return { mode: "local" };
  if (!appId || !password)
    return { misconfigured: "MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD must be set together" };
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

/**
 * Local mode: no token can be checked, so only this machine may talk to the bot. The socket's peer address
 * is used, never X-Forwarded-For, which any client could set.
 */
export function loopbackOnly(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (isLoopback(req.socket.remoteAddress)) {
      next();
      return;
    }
    logger.warn({ path: req.path }, "teams local mode: rejected a request from a non-loopback address");
    res.status(403).json({ error: "local mode accepts requests from loopback addresses only" });
  };
}
