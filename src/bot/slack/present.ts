// Shows a neutral Reply in Slack after the ack: response_url, ephemeral/DM messages, modals, file uploads.
import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { webApi } from "@slack/bolt";
import type { Reply } from "../../conversation/reply.js";
import type { Logger } from "../../log.js";
import { imagesOf, uploadImages } from "./images.js";
import { fileComment, renderMessage, renderModal, renderNoticeModal } from "./render.js";

type WebClient = webApi.WebClient;

/** Where the reply goes and what Slack handed us to get there. */
export interface ReplyTarget {
  client: WebClient;
  userId: string;
  channelId?: string;
  isDirect?: boolean;
  /** response_url of a slash command or message action (ephemeral / replace_original). */
  responseUrl?: string;
  /** trigger_id, valid for three seconds: opens a modal. */
  triggerId?: string;
  /** The open modal, when the click came from inside one. */
  viewId?: string;
}

const RESPONSE_URL_TIMEOUT_MS = 10_000;

/**
 * One reply per entry goes this way, so it is node's plain client, not fetch: fetch spends about 0.3 ms more
 * CPU per post (its web streams), which is a fifth of what a quick entry costs in all. Node's global agents
 * keep the connection to Slack open between replies, as fetch's pool would.
 */
function postToResponseUrl(url: string, payload: Record<string, unknown>): Promise<void> {
  const body = JSON.stringify(payload);
  const secure = url.startsWith("https:");
  const send = secure ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        timeout: RESPONSE_URL_TIMEOUT_MS,
      },
      (res) => {
        res.resume();
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve();
          else reject(new Error(`response_url answered ${status}`));
        });
        res.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error("response_url timed out")));
    req.on("error", reject);
    req.end(body);
  });
}

/** Opens (or reuses) the bot's DM with the user; files need a real conversation id. */
export async function dmChannel(client: WebClient, userId: string): Promise<string> {
  const opened = await client.conversations.open({ users: userId });
  const id = opened.channel?.id;
  if (!id) throw new Error("conversations.open returned no channel");
  return id;
}

async function presentMessage(reply: Extract<Reply, { kind: "message" }>, t: ReplyTarget): Promise<void> {
  await presentText(reply, t);
  if (imagesOf(reply.elements).length === 0) return;
  // Files cannot be ephemeral: public charts go to the channel, private ones to the user's DM.
  const channel =
    reply.visibility === "public" && t.channelId ? t.channelId : await dmChannel(t.client, t.userId);
  await uploadImages(t.client, channel, reply.elements);
}

async function presentText(reply: Extract<Reply, { kind: "message" }>, t: ReplyTarget): Promise<void> {
  const { text, blocks } = renderMessage(reply.elements);
  const isPublic = reply.visibility === "public";
  if (t.responseUrl) {
    await postToResponseUrl(t.responseUrl, {
      response_type: isPublic ? "in_channel" : "ephemeral",
      replace_original: Boolean(reply.replaceOriginal),
      text,
      blocks,
    });
    return;
  }
  if (t.channelId && isPublic) {
    await t.client.chat.postMessage({ channel: t.channelId, text, blocks });
    return;
  }
  if (t.channelId && !t.isDirect) {
    await t.client.chat.postEphemeral({ channel: t.channelId, user: t.userId, text, blocks });
    return;
  }
  // No channel (App Home, a closed modal without origin): the app's DM with the user.
  await t.client.chat.postMessage({ channel: t.userId, text, blocks });
}

export async function present(reply: Reply, t: ReplyTarget, logger: Logger): Promise<void> {
  switch (reply.kind) {
    case "message":
      await presentMessage(reply, t);
      return;
    case "form": {
      const meta = {
        ...(t.channelId ? { c: t.channelId } : {}),
        ...(t.responseUrl ? { r: t.responseUrl } : {}),
      };
      const view = renderModal(reply.form, meta);
      if (t.viewId) await t.client.views.update({ view_id: t.viewId, view });
      else if (t.triggerId) await t.client.views.open({ trigger_id: t.triggerId, view });
      else logger.warn({ formId: reply.form.formId }, "form reply without trigger or view; dropped");
      return;
    }
    case "formErrors":
      await presentMessage(
        {
          kind: "message",
          visibility: "private",
          elements: Object.values(reply.errors).map((e) => ({ type: "text", text: e, style: "warning" })),
        },
        t,
      );
      return;
    case "file": {
      const channel = await dmChannel(t.client, t.userId);
      await t.client.filesUploadV2({
        channel_id: channel,
        file: Buffer.from(reply.content),
        filename: reply.filename,
        title: reply.filename,
        initial_comment: fileComment(reply.comment),
      });
      return;
    }
    case "closeForm":
      // A button inside the modal (e.g. "Später fortsetzen") cannot close it: replace it with a short notice.
      if (t.viewId && reply.then?.kind === "message") {
        const meta = t.channelId ? { c: t.channelId } : {};
        await t.client.views.update({
          view_id: t.viewId,
          view: renderNoticeModal(reply.then.elements, meta),
        });
        return;
      }
      if (reply.then) await present(reply.then, { ...t, viewId: undefined, triggerId: undefined }, logger);
      return;
  }
}
