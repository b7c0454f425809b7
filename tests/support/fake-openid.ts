// A local HTTP server playing Bot Framework's OpenID metadata and key set, and a signer for test tokens.
import { createSign, generateKeyPairSync, type KeyObject } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** The issuer Bot Framework puts into connector tokens (and the Teams SDK expects). */
export const BOT_FRAMEWORK_ISSUER = "https://api.botframework.com";
/** The key id the fake key set publishes. */
export const PUBLISHED_KID = "fake-bf-key-1";

export interface FakeOpenId {
  /** For MICROSOFT_OPENID_METADATA_URL; the SDK derives ".../keys" from it. */
  metadataUrl: string;
  /** How often the key set was fetched (a test can tell the SDK really asked). */
  keyFetches: number;
  /** Signs a token as the published key does (RS256, kid = PUBLISHED_KID unless the header says otherwise). */
  sign(claims: Record<string, unknown>, header?: Record<string, unknown>): string;
  /** Signs with a key that is not published, while claiming the published kid. */
  forge(claims: Record<string, unknown>, header?: Record<string, unknown>): string;
  close(): Promise<void>;
}

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

function rs256(key: KeyObject, claims: Record<string, unknown>, header: Record<string, unknown>): string {
  const data = `${b64({ alg: "RS256", typ: "JWT", kid: PUBLISHED_KID, ...header })}.${b64(claims)}`;
  return `${data}.${createSign("RSA-SHA256").update(data).sign(key).toString("base64url")}`;
}

export async function startFakeOpenId(): Promise<FakeOpenId> {
  const published = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const foreign = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const jwk = {
    ...published.publicKey.export({ format: "jwk" }),
    kid: PUBLISHED_KID,
    use: "sig",
    alg: "RS256",
  };
  const state = { keyFetches: 0 };
  let base = "";
  const server: Server = createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    if (req.url === "/v1/.well-known/keys") {
      state.keyFetches++;
      res.end(JSON.stringify({ keys: [jwk] }));
    } else if (req.url === "/v1/.well-known/openidconfiguration") {
      res.end(
        JSON.stringify({
          issuer: BOT_FRAMEWORK_ISSUER,
          jwks_uri: `${base}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ["RS256"],
        }),
      );
    } else {
      res.statusCode = 404;
      res.end("{}");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    metadataUrl: `${base}/v1/.well-known/openidconfiguration`,
    get keyFetches() {
      return state.keyFetches;
    },
    sign: (claims, header = {}) => rs256(published.privateKey, claims, header),
    forge: (claims, header = {}) => rs256(foreign.privateKey, claims, header),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
