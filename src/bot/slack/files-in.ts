// A file shared with the bot in its DM, with a command as its comment ("sozialraum ferien import" and an
// .ics file): Slack sends a `message` event of subtype file_share, carrying files[] with private URLs.
// The file is downloaded with the bot token and handed to the command layer as the command's attachment.
import { z } from "zod";
import { commandFromLine, type Invocation } from "../../conversation/input.js";
import { downloadAttachment, type HostAllowList } from "../download.js";
import { callerFrom, type TeamContext } from "./parse.js";

/** Slack serves uploaded files from here; nothing else receives the bot token. */
export const SLACK_FILE_HOST = "files.slack.com";

const id = z.string().min(1).max(200);
const fileShare = z
  .object({
    type: z.literal("message"),
    subtype: z.literal("file_share"),
    channel_type: z.literal("im"),
    channel: id,
    user: id,
    ts: id,
    text: z.string().max(40_000).optional(),
    team: id.optional(),
    files: z
      .array(
        z
          .object({
            name: z.string().max(500).nullish(),
            mimetype: z.string().max(200).nullish(),
            size: z.number().nonnegative().optional(),
            url_private_download: z.string().max(2_000).optional(),
          })
          .loose(),
      )
      .min(1)
      .max(20),
  })
  .loose();

export type FileShare = z.infer<typeof fileShare>;

/** The event when it is a file shared in the bot's DM by a person; other messages are not ours. */
export function readFileShare(event: unknown): FileShare | undefined {
  const parsed = fileShare.safeParse(event);
  return parsed.success && !(event as { bot_id?: unknown }).bot_id ? parsed.data : undefined;
}

/** Hosts the bot token may be sent to: Slack's file host, and the configured Web API's origin (tests). */
export function slackFileHosts(apiUrl: string | undefined): HostAllowList {
  const hosts: string[] = [SLACK_FILE_HOST];
  if (apiUrl) hosts.push(new URL(apiUrl).origin);
  return hosts;
}

/** The comment as a typed command, with the first file downloaded as its attachment. */
export async function fileShareInvocation(
  share: FileShare,
  context: TeamContext & { botToken?: string },
  allow: HostAllowList,
): Promise<Invocation> {
  const file = share.files[0] as FileShare["files"][number];
  const parsed = commandFromLine(share.text ?? "");
  const attachment = await downloadAttachment({
    url: file.url_private_download ?? "",
    name: file.name ?? "",
    mediaType: file.mimetype ?? "",
    ...(file.size === undefined ? {} : { size: file.size }),
    allow,
    ...(context.botToken ? { headers: { authorization: `Bearer ${context.botToken}` } } : {}),
  });
  return {
    who: callerFrom(context, share.user, share.team),
    where: { channelId: share.channel, isDirect: true },
    input: {
      ...(parsed.type === "command" ? { ...parsed, attachment } : parsed),
      requestKey: `message:${share.channel}:${share.ts}`,
    },
  };
}
