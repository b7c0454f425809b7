// Registers the Bolt listeners: slash commands, block actions, view submissions, App Home and uninstall events.
import type { App, BlockAction, ButtonAction, Context, webApi } from "@slack/bolt";
import type { CommandInput, Invocation } from "../../conversation/input.js";
import { type CommandLayer, idPattern } from "../../conversation/layer.js";
import type { Reply } from "../../conversation/reply.js";
import { errorName, type Logger } from "../../log.js";
import type { HostAllowList } from "../download.js";
import { registerFieldChecks } from "./field-check.js";
import { fileShareInvocation, readFileShare } from "./files-in.js";
import { callerFrom, formValues, namedAs, type SlackInputState, tenantKey, whereFrom } from "./parse.js";
import { present, type ReplyTarget } from "./present.js";
import { baseActionId, renderErrors, renderHome, renderModal, unpackMetadata } from "./render.js";
import { firstEverywhere } from "./replay-gate.js";

/** Bot events the app listens to (and the manifest must subscribe); "message" only in the bot's DM (message.im). */
export const BOT_EVENTS = ["app_home_opened", "app_uninstalled", "tokens_revoked", "message"] as const;
/** Action ids: every family's "family:..." plus the generic command buttons ("command:run"). */
export const actionIdPattern = (commands: CommandLayer) => idPattern(commands.entries, ["command"]);
/** Slash commands: exactly the families' own. */
const slashPattern = (commands: CommandLayer) =>
  new RegExp(`^(${commands.entries.map((e) => e.slash.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})$`);
/** Modal callback ids: every family's form ids. */
export const callbackIdPattern = (commands: CommandLayer) => idPattern(commands.entries);

export interface ListenerDeps {
  commands: CommandLayer;
  logger: Logger;
  /** Where shared files may be downloaded from with the bot token (see files-in.ts). */
  fileHosts: HostAllowList;
  /** Removes the stored installation of a workspace or enterprise (OAuth mode). */
  uninstall?(query: { teamId?: string; enterpriseId?: string; isEnterpriseInstall: boolean }): Promise<void>;
}

/**
 * Waits for the next turn of the event loop: requests that arrived meanwhile are read and acknowledged first,
 * so one entry's work after its ack does not hold up the next entry's ack for all of its length.
 */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function registerListeners(app: App, deps: ListenerDeps): void {
  const { commands, logger } = deps;

  async function run(invocation: Invocation, target: ReplyTarget, context: Context): Promise<void> {
    let reply: Reply;
    try {
      if (!(await firstEverywhere(context, logger))) return;
      await nextTurn();
      reply = await commands.handle(invocation);
      await nextTurn();
      await present(reply, target, logger);
    } catch (error) {
      logger.error({ err: errorName(error), input: invocation.input.type }, "slack reply failed");
    }
  }

  // Every declared family's slash command, as the manifest declares them, in one listener: Bolt runs every
  // listener's middleware for every request, and one per family was most of its work on an entry.
  const familyOf = new Map(commands.entries.map((e) => [e.slash, e.family]));
  app.command(slashPattern(commands), async ({ command, ack, client, context }) => {
    // Ack first and empty: nothing before it touches the database.
    await ack();
    const family = familyOf.get(command.command);
    if (!family) return;
    const where = whereFrom(command.channel_id);
    await run(
      {
        who: { ...callerFrom(context, command.user_id, command.team_id), displayName: command.user_name },
        where,
        input: {
          type: "command",
          family,
          text: command.text ?? "",
          ...(command.trigger_id ? { requestKey: `trigger:${command.trigger_id}` } : {}),
        },
      },
      {
        client,
        userId: command.user_id,
        ...(where.channelId ? { channelId: where.channelId } : {}),
        isDirect: where.isDirect,
        responseUrl: command.response_url,
        triggerId: command.trigger_id,
      },
      context,
    );
  });

  app.action<BlockAction<ButtonAction>>(
    actionIdPattern(commands),
    async ({ action, body, ack, client, context }) => {
      await ack();
      if (action.type !== "button") return;
      const actionId = baseActionId(action.action_id);
      const meta = unpackMetadata(body.view?.private_metadata);
      // One click = its action_ts in its container (a message in a channel, or a view).
      const c = body.container;
      const container = c?.message_ts
        ? `${c.channel_id ?? ""}:${c.message_ts}`
        : (c?.view_id ?? body.view?.id ?? "");
      const input: CommandInput = {
        type: "action",
        actionId,
        ...(action.value === undefined ? {} : { value: action.value }),
        requestKey: `action:${action.action_ts}:${container}`,
      };
      const channelId = body.channel?.id ?? meta.c;
      const responseUrl = body.response_url ?? (body.view ? undefined : meta.r);
      const where = whereFrom(channelId);
      await run(
        {
          who: { ...callerFrom(context, body.user.id, body.team?.id ?? undefined), ...namedAs(body.user) },
          where,
          input,
        },
        {
          client,
          userId: body.user.id,
          ...(channelId ? { channelId } : {}),
          isDirect: where.isDirect,
          ...(responseUrl ? { responseUrl } : {}),
          triggerId: body.trigger_id,
          // A click inside a modal (not the App Home) updates that modal in place.
          ...(body.view && body.view.type === "modal" ? { viewId: body.view.id } : {}),
        },
        context,
      );
    },
  );

  // A field of an open modal answered (Enter, a choice): checked on its own, the verdict drawn under it.
  registerFieldChecks(app, { commands, logger, callbackIds: callbackIdPattern(commands) });

  app.view(callbackIdPattern(commands), async ({ view, body, ack, client, context }) => {
    const meta = unpackMetadata(view.private_metadata);
    const where = whereFrom(meta.c);
    const invocation: Invocation = {
      who: { ...callerFrom(context, body.user.id, body.team?.id ?? undefined), ...namedAs(body.user) },
      where,
      input: {
        type: "submit",
        formId: view.callback_id,
        values: formValues(view.state.values as unknown as Record<string, Record<string, SlackInputState>>),
        ...(meta.s === undefined ? {} : { state: meta.s }),
        // The view id stays across the steps of one modal; its hash changes with every step.
        requestKey: `view:${[view.id, view.hash].filter((p) => typeof p === "string" && p).join(":")}`,
      },
    };
    // The answer decides the ack (errors / next step / close), so the command runs before it here.
    if (!(await firstEverywhere(context, logger))) {
      await ack();
      return;
    }
    const reply = await commands.handle(invocation);
    const target: ReplyTarget = {
      client,
      userId: body.user.id,
      ...(meta.c ? { channelId: meta.c } : {}),
      isDirect: where.isDirect,
      ...(meta.r ? { responseUrl: meta.r } : {}),
    };
    try {
      if (reply.kind === "formErrors") {
        await ack({ response_action: "errors", errors: renderErrors(reply.errors) });
      } else if (reply.kind === "form") {
        await ack({ response_action: "update", view: renderModal(reply.form, { c: meta.c, r: meta.r }) });
      } else if (reply.kind === "closeForm") {
        await ack({ response_action: "clear" });
        if (reply.then) await present(reply.then, target, logger);
      } else {
        await ack();
        await present(reply, target, logger);
      }
    } catch (error) {
      logger.error({ err: errorName(error), formId: view.callback_id }, "slack view reply failed");
    }
  });

  // A file shared in the DM with a command as its comment; other messages are not commands (slash commands are).
  app.event("message", async ({ event, client, context }) => {
    const share = readFileShare(event);
    // Checked before the download too: a replay must not even fetch the file again.
    if (!share || !(await firstEverywhere(context, logger))) return;
    const invocation = await fileShareInvocation(share, context, deps.fileHosts);
    await run(invocation, { client, userId: share.user, channelId: share.channel, isDirect: true }, context);
  });

  app.event("app_home_opened", async ({ event, client, context, body }) => {
    if (event.tab !== "home") return;
    try {
      const reply = await deps.commands.handle({
        who: callerFrom(context, event.user, (body as { team_id?: string }).team_id),
        where: { isDirect: true },
        input: { type: "command", family: "hilfe", text: "start" },
      });
      await (client as webApi.WebClient).views.publish({
        user_id: event.user,
        view: renderHome(reply.kind === "message" ? reply.elements : []),
      });
    } catch (error) {
      logger.error({ err: errorName(error) }, "slack app home failed");
    }
  });

  const removeInstallation = async (body: {
    team_id?: string;
    enterprise_id?: string;
    authorizations?: { is_enterprise_install?: boolean }[];
  }) => {
    const isEnterpriseInstall = Boolean(body.authorizations?.[0]?.is_enterprise_install);
    const query = {
      isEnterpriseInstall,
      ...(body.team_id ? { teamId: body.team_id } : {}),
      ...(body.enterprise_id ? { enterpriseId: body.enterprise_id } : {}),
    };
    await deps.uninstall?.(query);
    logger.info(
      { tenant: tenantKey({ ...query }, body.team_id), stored: Boolean(deps.uninstall) },
      "slack app uninstalled; tokens removed",
    );
  };

  app.event("app_uninstalled", async ({ body }) => {
    await removeInstallation(body as Parameters<typeof removeInstallation>[0]);
  });

  app.event("tokens_revoked", async ({ event, body }) => {
    // Only the bot token matters to us; user tokens are never requested.
    if ((event.tokens.bot ?? []).length === 0) return;
    await removeInstallation(body as Parameters<typeof removeInstallation>[0]);
  });

  app.error(async (error) => {
    logger.error({ err: errorName(error) }, "slack listener error");
  });
}
