// A first look at the bearer token of an inbound activity, before the Teams SDK verifies its signature.
//
// Teams delivers activities with Bot Framework connector tokens only: RS256, a key id, issuer
// https://api.botframework.com (per cloud). Anything else is refused here with 401, whatever the SDK would
// do with it. In particular the SDK would take a token claiming an Entra issuer as an "agentic" token and
// fetch signing keys for whatever tenant id the (unverified) token names: one outbound request per forged
// token. The signature, audience, expiry and service URL are still the SDK's to check.

/** Real connector tokens are about 1–2 KB; anything far larger is not one. */
const MAX_TOKEN_CHARS = 8_192;

export type BearerProblem = "missing" | "scheme" | "size" | "shape" | "algorithm" | "key id" | "issuer";

function decodePart(part: string): Record<string, unknown> | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(part)) return undefined;
  try {
    const value = JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as unknown;
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Why the Authorization header cannot carry a connector token from `issuer`, or undefined if it may. */
export function bearerProblem(
  header: string | string[] | undefined,
  issuer: string,
): BearerProblem | undefined {
  const value = Array.isArray(header) ? (header.length === 1 ? header[0] : undefined) : header;
  if (!value) return "missing";
  const match = /^Bearer ([^\s]+)$/.exec(value);
  if (!match?.[1]) return "scheme";
  const token = match[1];
  if (token.length > MAX_TOKEN_CHARS) return "size";
  const parts = token.split(".");
  if (parts.length !== 3 || !parts[2]) return "shape";
  const head = decodePart(parts[0] ?? "");
  const claims = decodePart(parts[1] ?? "");
  if (!head || !claims) return "shape";
  if (head.alg !== "RS256") return "algorithm";
  if (typeof head.kid !== "string" || head.kid === "" || head.kid.length > 200) return "key id";
  if (claims.iss !== issuer) return "issuer";
  return undefined;
}
