// Talks to the neutral command layer as a given person, and flattens replies to text for assertions.
import { fixedClock } from "../../src/clock.js";
import { createCommandLayer } from "../../src/commands/dispatch.js";
import type { CommandInput, Where } from "../../src/conversation/input.js";
import type { Reply } from "../../src/conversation/reply.js";
import type { Platform, Store } from "../../src/store/index.js";

export function commandLayerFor(store: Store, now = "2026-11-25T10:00:00Z") {
  const clock = fixedClock(now);
  const layer = createCommandLayer({ store, clock, defaultTimezone: "Europe/Berlin" });
  function as(
    userId: string,
    opts: { tenant?: string; platform?: Platform; where?: Where; name?: string } = {},
  ) {
    const who = {
      platform: opts.platform ?? "console",
      tenantExternalId: opts.tenant ?? "T1",
      userId,
      displayName: opts.name ?? userId,
    };
    const where = opts.where ?? { channelId: "C-general", isDirect: false };
    const send = (input: CommandInput) => layer.handle({ who, where, input });
    return {
      say: (family: string, text = "") => send({ type: "command", family, text }),
      click: (actionId: string, value?: string) =>
        send({ type: "action", actionId, ...(value === undefined ? {} : { value }) }),
      submit: (
        formId: string,
        values: Record<string, string | string[] | boolean | undefined>,
        state?: string,
      ) => send({ type: "submit", formId, values, ...(state === undefined ? {} : { state }) }),
      send,
    };
  }
  return { layer, clock, as };
}

/** Every human-readable string in a reply, one per line. */
export function replyText(reply: Reply): string {
  switch (reply.kind) {
    case "message":
      return reply.elements
        .flatMap((e) => {
          switch (e.type) {
            case "text":
              return [e.text];
            case "fields":
              return e.fields.map((f) => `${f.label}: ${f.value}`);
            case "list":
              return e.items.flatMap((i) => [i.title, ...(i.detail ? [i.detail] : [])]);
            case "actions":
              return e.buttons.map((b) => `[${b.label}]`);
            case "image":
              return [e.alt];
            case "divider":
              return [];
          }
          return [];
        })
        .join("\n");
    case "form":
      return [reply.form.title, ...reply.form.inputs.map((i) => i.label)].join("\n");
    case "formErrors":
      return Object.values(reply.errors).join("\n");
    case "file":
      return reply.comment;
    case "closeForm":
      return reply.then ? replyText(reply.then) : "";
  }
}
