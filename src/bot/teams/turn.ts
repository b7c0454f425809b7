// One Teams turn: the activity to the command layer, the neutral reply back as a new or updated card.
import { teams } from "../../commands/messages/index.js";
import type { CommandLayer } from "../../conversation/layer.js";
import { message, type Reply, text } from "../../conversation/reply.js";
import type { Logger } from "../../log.js";
import type { Store } from "../../store/index.js";
import type { HostAllowList } from "../download.js";
import type { TeamsActivity } from "./activity.js";
import { withSentFile } from "./attachments.js";
import type { AdaptiveCard } from "./card.js";
import { refreshConversation } from "./conversations.js";
import { offerFile, type PendingFiles } from "./files.js";
import { type Inbound, toInbound } from "./inbound.js";
import { cardActivity, type OutgoingActivity } from "./outbound.js";
import { type FormRetry, renderCard } from "./render.js";
import type { TeamsSdk } from "./sdk.js";

export interface TurnDeps {
  commands: CommandLayer;
  store: Store;
  logger: Logger;
  localMode: boolean;
  files: PendingFiles;
  sdk: Pick<TeamsSdk, "send" | "teamChannels">;
  /** Hosts a message's file may be downloaded from (see attachments.ts). */
  fileHosts: HostAllowList;
}

/** What a handler may do within the turn: answer in the conversation, or replace one of the bot's messages. */
export interface Turn {
  activity: TeamsActivity;
  /** Answers as a reply to the incoming activity (in its thread, in a channel). */
  answer(activity: OutgoingActivity): Promise<void>;
  /** Replaces the bot's message `id` in this conversation. */
  replace(id: string, activity: OutgoingActivity): Promise<void>;
}

async function invoke(deps: TurnDeps, turn: Turn): Promise<{ inbound: Inbound; reply: Reply } | undefined> {
  const received = toInbound(turn.activity, deps.localMode);
  if (!received) {
    deps.logger.info(
      { type: turn.activity.type },
      "teams activity without tenant, caller or command ignored",
    );
    return undefined;
  }
  // Keep references fresh: the personal chat (for reminders and files) and channels the bot was used in.
  const type = turn.activity.conversation?.conversationType;
  if (type === "personal" || type === "channel") await refreshConversation(deps, turn.activity);
  const inbound = await withSentFile(received, turn.activity, deps.fileHosts);
  return { inbound, reply: await deps.commands.handle(inbound.invocation) };
}

/**
 * Field errors re-render the carried form with the submitted values (and a field check's notes); everything
 * else renders as is. A check whose card could not carry its form answers with the verdict below it instead,
 * so the form and what was typed in it stay.
 */
function retryOf(inbound: Inbound, reply: Reply): { reply: Reply; retry?: FormRetry; below?: boolean } {
  const input = inbound.invocation.input;
  if (reply.kind !== "formErrors" || input.type !== "submit") return { reply };
  const checked = input.check;
  if (inbound.carriedForm)
    return {
      reply: { kind: "form", form: inbound.carriedForm },
      retry: {
        values: input.values,
        errors: reply.errors,
        ...(reply.notes ? { notes: reply.notes } : {}),
        ...(checked ? { checked } : {}),
      },
    };
  if (!checked) return { reply };
  const lines = [
    ...Object.values(reply.errors).map((e) => text(e, "warning")),
    ...Object.values(reply.notes ?? {}).map((n) => text(n)),
  ];
  return { reply: message(lines.length > 0 ? lines : [text(teams.fieldOk)]), below: true };
}

/** A submitted form always replaces its card; a button does when the reply asks for it or is form-related. */
function replacesCard(inbound: Inbound, reply: Reply): boolean {
  if (inbound.invocation.input.type === "submit") return true;
  if (reply.kind === "message") return reply.replaceOriginal === true;
  return reply.kind !== "file";
}

/** A typed command: answer in the same conversation (in the thread, in a channel). */
export async function onMessage(deps: TurnDeps, turn: Turn): Promise<void> {
  const done = await invoke(deps, turn);
  if (!done) return;
  if (done.reply.kind === "file") {
    await offerFile(deps, turn, done.reply);
    return;
  }
  await turn.answer(cardActivity(done.reply));
}

/** Action.Submit (a message with a value): update the card in place, or answer below it. */
export async function onCardSubmit(deps: TurnDeps, turn: Turn): Promise<void> {
  const done = await invoke(deps, turn);
  if (!done) return;
  if (done.reply.kind === "file") {
    await offerFile(deps, turn, done.reply);
    return;
  }
  const { reply, retry, below } = retryOf(done.inbound, done.reply);
  const activity = cardActivity(reply, retry);
  const original = turn.activity.replyToId;
  if (original && !below && replacesCard(done.inbound, done.reply)) await turn.replace(original, activity);
  else await turn.answer(activity);
}

/** Action.Execute (invoke adaptiveCard/action): the returned card replaces the clicked one. */
export async function onCardExecute(deps: TurnDeps, turn: Turn): Promise<AdaptiveCard | string> {
  const done = await invoke(deps, turn);
  if (!done) return teams.formClosed;
  if (done.reply.kind === "file") {
    await offerFile(deps, turn, done.reply);
    return done.reply.comment;
  }
  const { reply, retry } = retryOf(done.inbound, done.reply);
  return renderCard(reply, retry);
}
