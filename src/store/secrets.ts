// Platform secrets at rest (Slack installation tokens): AES-256-GCM with the key from SECRET_KEY.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from "node:crypto";

/** What a sealed value looks like in a jsonb column; `v` names the scheme, so a key rotation can add v2. */
export interface Sealed {
  sealed: "aes-256-gcm.v1";
  iv: string;
  tag: string;
  data: string;
}

export interface SecretBox {
  /** Encrypts `plain`, bound to `context` (e.g. the row's key): a sealed value moved to another row fails to open. */
  seal(plain: string, context: string): Sealed;
  /** Decrypts; throws SecretError on a wrong key, another context or tampered data. */
  open(sealed: Sealed, context: string): string;
}

/** Names no secret and quotes no data, so it is safe to log. */
export class SecretError extends Error {
  override name = "SecretError";
}

export const MIN_PASSPHRASE_LENGTH = 16;
/** Fixed, public salt: the passphrase is the secret; the salt only separates this use from others. */
const PASSPHRASE_SALT = "sozialraum-assistent/SECRET_KEY/v1";

/**
 * SECRET_KEY as 32 key bytes: 64 hex digits, or base64 of exactly 32 bytes, taken as they are; anything else
 * of at least 16 characters is a passphrase, stretched with scrypt. Undefined when it is none of these.
 */
export function secretKeyBytes(value: string): Buffer | undefined {
  const v = value.trim();
  if (/^[0-9a-fA-F]{64}$/.test(v)) return Buffer.from(v, "hex");
  if (/^[A-Za-z0-9+/_-]{43}={0,1}$/.test(v)) {
    const bytes = Buffer.from(v.replaceAll("-", "+").replaceAll("_", "/"), "base64");
    if (bytes.length === 32) return bytes;
  }
  if (v.length >= MIN_PASSPHRASE_LENGTH) return scryptSync(v, PASSPHRASE_SALT, 32);
  return undefined;
}

export function isSealed(value: unknown): value is Sealed {
  const s = value as Partial<Sealed> | null;
  return (
    typeof s === "object" &&
    s !== null &&
    s.sealed === "aes-256-gcm.v1" &&
    typeof s.iv === "string" &&
    typeof s.tag === "string" &&
    typeof s.data === "string"
  );
}

export function secretBox(secretKey: string): SecretBox {
  const key = secretKeyBytes(secretKey);
  if (!key) throw new SecretError("SECRET_KEY is neither a 32-byte key nor a long enough passphrase");
  return {
    seal(plain, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", key, iv, { authTagLength: 16 });
      cipher.setAAD(Buffer.from(context, "utf8"));
      const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
      return {
        sealed: "aes-256-gcm.v1",
        iv: iv.toString("base64"),
        tag: cipher.getAuthTag().toString("base64"),
        data: data.toString("base64"),
      };
    },
    open(sealed, context) {
      try {
        const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(sealed.iv, "base64"), {
          authTagLength: 16,
        });
        decipher.setAAD(Buffer.from(context, "utf8"));
        decipher.setAuthTag(Buffer.from(sealed.tag, "base64"));
        return Buffer.concat([
          decipher.update(Buffer.from(sealed.data, "base64")),
          decipher.final(),
        ]).toString("utf8");
      } catch {
        throw new SecretError("a stored secret does not open with this SECRET_KEY");
      }
    },
  };
}
