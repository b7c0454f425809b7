// A field of an open modal checked as it is filled in (Form.checksEachField): the block action Slack sends for
// it becomes the neutral check-only submission, and the command layer's verdict is drawn under the field.
import type { App, BlockAction, webApi } from "@slack/bolt";
import type { Invocation } from "../../conversation/input.js";
import type { CommandLayer } from "../../conversation/layer.js";
import { errorName, type Logger } from "../../log.js";
import { checkedView, type OpenView } from "./checked-view.js";
import { callerFrom, formValues, namedAs, whereFrom } from "./parse.js";
import { FIELD_INPUTS } from "./payload.js";
import { unpackMetadata } from "./render.js";

/** Input ids carry no "family:" prefix, so these never meet the buttons' actions (see listeners.ts). */
const FIELD_ACTION = /^[^:]+$/;

const isHashConflict = (error: unknown) =>
  (error as { data?: { error?: unknown } } | undefined)?.data?.error === "hash_conflict";

export function registerFieldChecks(
  app: App,
  deps: { commands: CommandLayer; logger: Logger; callbackIds: RegExp },
): void {
  const { commands, logger } = deps;
  app.action<BlockAction>(
    { type: "block_actions", action_id: FIELD_ACTION, callback_id: deps.callbackIds },
    async ({ action, body, ack, client, context }) => {
      // Ack at once and empty: the check and the redraw follow, within Slack's three seconds or not.
      await ack();
      const view = body.view as unknown as OpenView | undefined;
      // Over HTTP payload.ts has checked the shape; Socket Mode envelopes come unchecked.
      if (!view?.state?.values || !Array.isArray(view.blocks)) return;
      if (!FIELD_INPUTS.has(action.type) || !("block_id" in action)) return;
      const field = action.block_id;
      const meta = unpackMetadata(view.private_metadata);
      const invocation: Invocation = {
        who: { ...callerFrom(context, body.user.id, body.team?.id ?? undefined), ...namedAs(body.user) },
        where: whereFrom(meta.c),
        input: {
          type: "submit",
          formId: view.callback_id,
          values: formValues(view.state.values),
          ...(meta.s === undefined ? {} : { state: meta.s }),
          check: field,
        },
      };
      try {
        const reply = await commands.handle(invocation);
        if (reply.kind !== "formErrors") {
          logger.warn({ formId: view.callback_id, kind: reply.kind }, "slack field check without a verdict");
          return;
        }
        // The hash makes Slack refuse the redraw when the modal changed meanwhile (a later check, a next step).
        await (client as webApi.WebClient).views.update({
          view_id: view.id,
          hash: view.hash,
          view: checkedView(view, field, reply),
        });
      } catch (error) {
        if (isHashConflict(error)) logger.info({ formId: view.callback_id }, "slack field check outdated");
        else logger.error({ err: errorName(error), formId: view.callback_id }, "slack field check failed");
      }
    },
  );
}
