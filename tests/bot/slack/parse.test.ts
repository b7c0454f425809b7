// Slack payload -> neutral input: tenant key (workspace or enterprise), where, and form values.
import { describe, expect, it } from "vitest";
import { callerFrom, formValues, tenantKey, whereFrom } from "../../../src/bot/slack/parse.js";

describe("tenant and place", () => {
  it("uses the enterprise for org-wide installs and the workspace otherwise", () => {
    expect(tenantKey({ isEnterpriseInstall: true, enterpriseId: "E1", teamId: "T1" })).toBe("E1");
    expect(tenantKey({ isEnterpriseInstall: false, enterpriseId: "E1", teamId: "T1" })).toBe("T1");
    expect(tenantKey({}, "T9")).toBe("T9");
    expect(callerFrom({ teamId: "T1" }, "U1")).toEqual({
      platform: "slack",
      tenantExternalId: "T1",
      userId: "U1",
    });
  });

  it("treats D… channels and missing channels as direct", () => {
    expect(whereFrom("D123")).toEqual({ channelId: "D123", isDirect: true });
    expect(whereFrom("C123")).toEqual({ channelId: "C123", isDirect: false });
    expect(whereFrom(undefined)).toEqual({ isDirect: true });
  });
});

describe("formValues", () => {
  it("reads every element type and ignores non-string junk", () => {
    expect(
      formValues({
        a: { a: { type: "plain_text_input", value: "x" } },
        b: { b: { type: "static_select", selected_option: null } },
        c: { c: { type: "multi_static_select", selected_options: [{ value: "1" }, {}] } },
        d: { d: { type: "checkboxes", selected_options: [] } },
        e: { e: { type: "timepicker", selected_time: "18:30" } },
        f: { f: { type: "plain_text_input", value: 5 as unknown as string } },
      }),
    ).toEqual({ a: "x", b: undefined, c: ["1"], d: false, e: "18:30", f: undefined });
  });
});
