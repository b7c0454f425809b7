// CSV exports in Teams: a file consent card in the personal chat, then upload to the URL Teams hands back.
import { randomUUID } from "node:crypto";
import type { Clock } from "../../clock.js";
import { teams } from "../../commands/messages/index.js";
import type { Reply } from "../../conversation/reply.js";
import type { Logger } from "../../log.js";
import type { Store } from "../../store/index.js";
import type { TeamsActivity as Activity, StoredReference } from "./activity.js";
import { FILE_CONSENT_CARD, FILE_INFO_CARD } from "./card.js";
import { callerOf, tenantOf } from "./inbound.js";
import { type OutgoingActivity, textActivity } from "./outbound.js";
import type { TeamsSdk } from "./sdk.js";
import { isLoopbackServiceUrl } from "./service-url.js";
import type { Turn } from "./turn.js";

/** What Teams sends back from a file consent card (invoke fileConsent/invoke). */
export interface FileConsentResponse {
  context?: unknown;
  uploadInfo?: {
    uploadUrl?: string;
    contentUrl?: string;
    name?: string;
    uniqueId?: string;
    fileType?: string;
  };
}

type FileReply = Extract<Reply, { kind: "file" }>;

interface Pending {
  file: FileReply;
  owner: string;
  expiresAt: number;
}

/**
 * Files waiting for the user's consent. Kept in memory only (never in the database, never logged); a bot
 * restart or the hour passing makes the user export again.
 */
export class PendingFiles {
  private readonly byId = new Map<string, Pending>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs = 60 * 60 * 1000,
    private readonly max = 50,
  ) {}

  put(file: FileReply, owner: string): string {
    const now = this.clock.now().getTime();
    for (const [id, p] of this.byId) if (p.expiresAt <= now) this.byId.delete(id);
    while (this.byId.size >= this.max) {
      const oldest = this.byId.keys().next().value;
      if (oldest === undefined) break;
      this.byId.delete(oldest);
    }
    const id = randomUUID();
    this.byId.set(id, { file, owner, expiresAt: now + this.ttlMs });
    return id;
  }

  /** The file, if it exists, is not expired and belongs to `owner`; it is removed either way it is taken. */
  take(id: unknown, owner: string): FileReply | undefined {
    if (typeof id !== "string") return undefined;
    const p = this.byId.get(id);
    if (!p || p.owner !== owner) return undefined;
    this.byId.delete(id);
    return p.expiresAt > this.clock.now().getTime() ? p.file : undefined;
  }

  get size(): number {
    return this.byId.size;
  }
}

export interface FileDeps {
  store: Store;
  files: PendingFiles;
  logger: Logger;
  localMode: boolean;
  /** Posts into another conversation (the personal chat) of the same bot. */
  sdk: Pick<TeamsSdk, "send">;
}

const ownerOf = (a: Partial<Activity>) => a.from?.aadObjectId ?? a.from?.id ?? "";

function consentActivity(file: FileReply, id: string): OutgoingActivity {
  return {
    ...textActivity(file.comment),
    attachments: [
      {
        contentType: FILE_CONSENT_CARD,
        name: file.filename,
        content: {
          description: teams.fileConsent(file.filename),
          sizeInBytes: file.content.byteLength,
          acceptContext: { fileId: id },
          declineContext: { fileId: id },
        },
      },
    ],
  } as OutgoingActivity;
}

/** Outside Teams (e.g. the Emulator) a data-URI attachment works; Teams itself needs the consent flow. */
function inlineActivity(file: FileReply): OutgoingActivity {
  const data = Buffer.from(file.content).toString("base64");
  return {
    ...textActivity(file.comment),
    attachments: [
      { contentType: file.mimeType, name: file.filename, contentUrl: `data:${file.mimeType};base64,${data}` },
    ],
  } as OutgoingActivity;
}

/** Sends the file offer to the caller's personal chat (here, or via the stored personal reference). */
export async function offerFile(deps: FileDeps, turn: Turn, file: FileReply): Promise<void> {
  const a = turn.activity;
  if (a.channelId !== "msteams") {
    await turn.answer(inlineActivity(file));
    return;
  }
  const offer = consentActivity(file, deps.files.put(file, ownerOf(a)));
  if (a.conversation?.conversationType === "personal") {
    await turn.answer(offer);
    return;
  }
  const reference = await personalReference(deps, a);
  if (!reference) {
    await turn.answer(textActivity(teams.fileNeedsPersonalChat));
    return;
  }
  await deps.sdk.send(reference, offer);
  await turn.answer(textActivity(teams.fileInPersonalChat(file.filename)));
}

async function personalReference(deps: FileDeps, a: Activity): Promise<StoredReference | undefined> {
  const external = tenantOf(a);
  const who = external ? callerOf(a, external) : undefined;
  if (!external || !who) return undefined;
  const tenant = await deps.store.findTenant("teams", external);
  if (!tenant) return undefined;
  const scoped = deps.store.forTenant(tenant.id);
  const member = await scoped.findMemberByPlatformId(who.userId);
  const row = member ? await scoped.personalConversation(member.id) : undefined;
  return row?.reference as StoredReference | undefined;
}

/** The user accepted: upload the bytes to Teams' upload URL, then show the file card. */
export async function acceptFile(deps: FileDeps, turn: Turn, response: FileConsentResponse) {
  const context_ = response.context as { fileId?: unknown } | undefined;
  const file = deps.files.take(context_?.fileId, ownerOf(turn.activity));
  if (!file) {
    await turn.answer(textActivity(teams.fileExpired));
    return;
  }
  const upload = response.uploadInfo;
  const url = upload?.uploadUrl ? safeUploadUrl(upload.uploadUrl, deps.localMode) : undefined;
  if (!upload || !url) {
    await turn.answer(textActivity(teams.fileUploadFailed));
    return;
  }
  const size = file.content.byteLength;
  const res = await fetch(url, {
    method: "PUT",
    headers: { "Content-Length": String(size), "Content-Range": `bytes 0-${size - 1}/${size}` },
    body: file.content,
  });
  if (!res.ok) {
    deps.logger.warn({ status: res.status }, "teams file upload failed");
    await turn.answer(textActivity(teams.fileUploadFailed));
    return;
  }
  await turn.answer({
    ...textActivity(teams.fileSent(file.filename)),
    attachments: [
      {
        contentType: FILE_INFO_CARD,
        contentUrl: upload.contentUrl,
        name: upload.name,
        content: { uniqueId: upload.uniqueId, fileType: upload.fileType },
      },
    ],
  } as OutgoingActivity);
}

export async function declineFile(deps: FileDeps, turn: Turn, response: FileConsentResponse) {
  const context_ = response.context as { fileId?: unknown } | undefined;
  deps.files.take(context_?.fileId, ownerOf(turn.activity));
  await turn.answer(textActivity(teams.fileDeclined));
}

/**
 * Teams upload URLs are https. In local mode nothing vouches for them, so only this machine (the
 * Playground, the fake connector in tests) receives the file.
 */
export function safeUploadUrl(raw: string, localMode: boolean): URL | undefined {
  if (localMode && !isLoopbackServiceUrl(raw)) return undefined;
  try {
    const url = new URL(raw);
    if (url.protocol === "https:" || (localMode && url.protocol === "http:")) return url;
  } catch {
    // fall through
  }
  return undefined;
}
