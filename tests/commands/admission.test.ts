// The admission gate: a bounded number of commands at once; typed commands that wait too long are turned away.
import { describe, expect, it } from "vitest";
import { withAdmission } from "../../src/commands/admission.js";
import { common } from "../../src/commands/messages/index.js";
import type { Invocation } from "../../src/conversation/input.js";
import type { CommandLayer } from "../../src/conversation/layer.js";
import { message, type Reply, text } from "../../src/conversation/reply.js";

/** A layer whose every call waits until the test releases it; it answers with the typed text or the action. */
function heldLayer() {
  const started: string[] = [];
  const releases: (() => void)[] = [];
  const layer: CommandLayer = {
    entries: [],
    handle(invocation: Invocation): Promise<Reply> {
      const name =
        invocation.input.type === "command"
          ? invocation.input.text
          : invocation.input.type === "action"
            ? invocation.input.actionId
            : invocation.input.formId;
      started.push(name);
      return new Promise((resolve) => releases.push(() => resolve(message([text(name)]))));
    },
  };
  return { layer, started, releaseNext: () => releases.shift()?.() };
}

const who = { platform: "console" as const, tenantExternalId: "T", userId: "u" };
const typed = (line: string): Invocation => ({
  who,
  where: { isDirect: true },
  input: { type: "command", family: "aktivitaet", text: line },
});
const click = (actionId: string): Invocation => ({
  who,
  where: { isDirect: true },
  input: { type: "action", actionId },
});
const textOf = (reply: Reply) =>
  reply.kind === "message" ? reply.elements.map((e) => ("text" in e ? e.text : "")).join() : "";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("admission gate", () => {
  it("runs up to the limit at once and starts the next as one finishes", async () => {
    const held = heldLayer();
    const gate = withAdmission(held.layer, { maxInFlight: 2, maxWaitMs: 10_000 });
    const replies = ["a", "b", "c"].map((l) => gate.handle(typed(l)));
    await sleep(5);
    expect(held.started).toEqual(["a", "b"]);
    expect(gate.stats()).toMatchObject({ inFlight: 2, waiting: 1 });
    held.releaseNext();
    await sleep(5);
    expect(held.started).toEqual(["a", "b", "c"]);
    held.releaseNext();
    held.releaseNext();
    expect((await Promise.all(replies)).map(textOf)).toEqual(["a", "b", "c"]);
    expect(gate.stats()).toMatchObject({ inFlight: 0, waiting: 0, turnedAway: 0, admitted: 3 });
  });

  it("answers a typed command that waited too long with the busy message, without running it", async () => {
    const held = heldLayer();
    const gate = withAdmission(held.layer, { maxInFlight: 1, maxWaitMs: 30 });
    const first = gate.handle(typed("erste"));
    const late = gate.handle(typed("zweite"));
    expect(textOf(await late)).toBe(common.busy);
    held.releaseNext();
    expect(textOf(await first)).toBe("erste");
    await sleep(5);
    expect(held.started).toEqual(["erste"]);
    expect(gate.stats()).toMatchObject({ turnedAway: 1, admitted: 1, waiting: 0 });
  });

  it("never turns a click away, however long it waited", async () => {
    const held = heldLayer();
    const gate = withAdmission(held.layer, { maxInFlight: 1, maxWaitMs: 30 });
    const first = gate.handle(typed("erste"));
    const save = gate.handle(click("aktivitaet:save"));
    await sleep(80);
    held.releaseNext();
    await sleep(5);
    held.releaseNext();
    expect((await Promise.all([first, save])).map(textOf)).toEqual(["erste", "aktivitaet:save"]);
    expect(gate.stats().turnedAway).toBe(0);
  });

  it("lets a click go before typed commands that came earlier", async () => {
    const held = heldLayer();
    const gate = withAdmission(held.layer, { maxInFlight: 1, maxWaitMs: 10_000 });
    const replies = [
      gate.handle(typed("erste")),
      gate.handle(typed("getippt")),
      gate.handle(click("aktivitaet:save")),
    ];
    held.releaseNext();
    await sleep(5);
    held.releaseNext();
    await sleep(5);
    held.releaseNext();
    await Promise.all(replies);
    expect(held.started).toEqual(["erste", "aktivitaet:save", "getippt"]);
  });
});
