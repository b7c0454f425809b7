// A file attached to a Teams message, as the Teams SDK hands over the activity: in a personal chat an
// `application/vnd.microsoft.teams.file.download.info` attachment (content.downloadUrl: pre-authorized and
// short-lived, fetched with a plain GET and no token; content.fileType "ics"), or an inline
// `text/calendar` attachment with a contentUrl. The adapter downloads it for the typed command.

import { downloadAttachment, type HostAllowList } from "../download.js";
import type { TeamsActivity } from "./activity.js";
import type { Inbound } from "./inbound.js";

export const FILE_DOWNLOAD_INFO = "application/vnd.microsoft.teams.file.download.info";
/** Where Teams keeps files shared with a bot (OneDrive / SharePoint); TEAMS_FILE_HOSTS replaces it. */
export const DEFAULT_TEAMS_FILE_HOSTS: HostAllowList = ["*.sharepoint.com"];

interface SentFile {
  url: string;
  name: string;
  mediaType: string;
}

const str = (v: unknown) => (typeof v === "string" ? v : undefined);

/** The first file of the activity the bot can fetch, or undefined. */
export function sentFileOf(activity: TeamsActivity): SentFile | undefined {
  for (const a of activity.attachments ?? []) {
    if (!a || typeof a !== "object") continue;
    const name = str(a.name) ?? "";
    if (a.contentType === FILE_DOWNLOAD_INFO) {
      const content = (a.content ?? {}) as Record<string, unknown>;
      const url = str(content.downloadUrl);
      const type = str(content.fileType)?.toLowerCase();
      if (url) return { url, name, mediaType: type === "ics" ? "text/calendar" : (type ?? "") };
    } else if (typeof a.contentType === "string" && /^text\/calendar\b/i.test(a.contentType)) {
      const url = str(a.contentUrl);
      if (url) return { url, name, mediaType: a.contentType };
    }
  }
  return undefined;
}

/** The inbound with the message's file downloaded into its typed command; unchanged without one. */
export async function withSentFile(
  inbound: Inbound,
  activity: TeamsActivity,
  allow: HostAllowList,
): Promise<Inbound> {
  const input = inbound.invocation.input;
  if (input.type !== "command" || activity.type !== "message") return inbound;
  const file = sentFileOf(activity);
  if (!file) return inbound;
  const attachment = await downloadAttachment({ ...file, allow });
  return { ...inbound, invocation: { ...inbound.invocation, input: { ...input, attachment } } };
}
