// Sealing platform secrets: the key formats SECRET_KEY accepts, and that a wrong key, row or bit fails closed.
import { describe, expect, it } from "vitest";
import { SecretError, secretBox, secretKeyBytes } from "../../src/store/secrets.js";

describe("secret box", () => {
  const box = secretBox("ab".repeat(32));

  it("opens what it sealed, and the sealed form does not contain the secret", () => {
    const sealed = box.seal('{"token":"xoxb-123"}', "row:1");
    expect(JSON.stringify(sealed)).not.toContain("xoxb");
    expect(box.open(sealed, "row:1")).toBe('{"token":"xoxb-123"}');
    expect(box.seal("x", "row:1").iv).not.toBe(box.seal("x", "row:1").iv);
  });

  it("refuses another key, another row and tampered data with a SecretError that names nothing", () => {
    const sealed = box.seal("xoxb-secret", "row:1");
    const attempts = [
      () => secretBox("cd".repeat(32)).open(sealed, "row:1"),
      () => box.open(sealed, "row:2"),
      () => box.open({ ...sealed, data: Buffer.from("tampered!!!").toString("base64") }, "row:1"),
      () => box.open({ ...sealed, tag: sealed.tag.slice(0, 8) }, "row:1"),
    ];
    for (const attempt of attempts) {
      expect(attempt).toThrow(SecretError);
      try {
        attempt();
      } catch (error) {
        expect(String((error as Error).message)).not.toContain("xoxb");
      }
    }
  });

  it("takes 32 bytes as hex or base64 as they are and stretches a passphrase", () => {
    const raw = Buffer.alloc(32, 9);
    expect(secretKeyBytes(raw.toString("hex"))).toEqual(raw);
    expect(secretKeyBytes(raw.toString("base64"))).toEqual(raw);
    expect(secretKeyBytes(raw.toString("base64url"))).toEqual(raw);
    const stretched = secretKeyBytes("correct horse battery staple");
    expect(stretched).toHaveLength(32);
    expect(stretched).toEqual(secretKeyBytes("correct horse battery staple"));
    expect(secretKeyBytes("too short")).toBeUndefined();
    expect(() => secretBox("too short")).toThrow(SecretError);
  });
});
