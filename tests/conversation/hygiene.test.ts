// Which characters the boundary removes from user input, and which it must leave alone.
import { describe, expect, it } from "vitest";
import { cleanDeep, cleanText } from "../../src/conversation/hygiene.js";
import { cleanInvocation, commandFromLine } from "../../src/conversation/input.js";

describe("cleanText", () => {
  it("removes C0 controls except tab and line feed, DEL and C1", () => {
    expect(cleanText("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Bg\u007Fh\u0085i\u009Fj")).toBe("abcdefghij");
    expect(cleanText("Zeile 1\tTab\nZeile 2")).toBe("Zeile 1\tTab\nZeile 2");
  });

  it("turns CR LF and lone CR into line feeds", () => {
    expect(cleanText("eins\r\nzwei\rdrei")).toBe("eins\nzwei\ndrei");
  });

  it("removes lone surrogates and noncharacters but keeps paired surrogates (emoji)", () => {
    expect(cleanText("a\uD800b\uDFFFc\uFFFEd\uFFFFe\uFDD0f")).toBe("abcdef");
    expect(cleanText("Fest 😀 👩‍👩‍👧")).toBe("Fest 😀 👩‍👩‍👧");
    expect(cleanText("\uDE00\uD83D")).toBe("");
  });

  it("removes bidi embeddings, overrides and isolates, keeps the direction marks and right-to-left text", () => {
    expect(cleanText("\u202Aa\u202Bb\u202Cc\u202Dd\u202Ee\u2066f\u2067g\u2068h\u2069")).toBe("abcdefgh");
    expect(cleanText("Treffen \u200Fمرحبا\u200E ok")).toBe("Treffen \u200Fمرحبا\u200E ok");
  });

  it("leaves German text as it is (the same string)", () => {
    const text = "Elterncafé an der Größe-Straße – „Übergabe“ 1,5 Std";
    expect(cleanText(text)).toBe(text);
  });
});

describe("cleaning inputs and payloads", () => {
  it("cleans command text, ids, form values and the caller's names", () => {
    const cleaned = cleanInvocation({
      who: {
        platform: "slack",
        tenantExternalId: "T\u00001",
        userId: "U\u00001",
        displayName: "Fach\u0000kraft",
      },
      where: { isDirect: false, channelId: "C\u00001" },
      input: {
        type: "submit",
        formId: "aktivitaet:form\u0000",
        state: "s\u0000",
        values: {
          "ti\u0000tle": "Eltern\u0000café",
          goals: ["prevention\u0000"],
          privacyOk: true,
          none: undefined,
        },
      },
    });
    expect(cleaned).toEqual({
      who: { platform: "slack", tenantExternalId: "T1", userId: "U1", displayName: "Fachkraft" },
      where: { isDirect: false, channelId: "C1" },
      input: {
        type: "submit",
        formId: "aktivitaet:form",
        state: "s",
        values: { title: "Elterncafé", goals: ["prevention"], privacyOk: true, none: undefined },
      },
    });
    expect(commandFromLine("/sozial\u0000raum neu Nord\u0000stadt")).toEqual({
      type: "command",
      family: "sozialraum",
      text: "neu Nordstadt",
    });
  });

  it("cleans every string of a JSON payload and keeps a __proto__ key a plain key", () => {
    const payload = JSON.parse(
      '{"a":"x\\u0000y","list":["\\u0085z"],"__proto__":{"polluted":"\\u0000yes"},"n":1}',
    );
    const cleaned = cleanDeep(payload) as Record<string, unknown>;
    expect(cleaned.a).toBe("xy");
    expect(cleaned.list).toEqual(["z"]);
    expect(Object.getPrototypeOf(cleaned)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(cleaned, "__proto__")?.value).toEqual({ polluted: "yes" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(cleaned.n).toBe(1);
  });
});
