// Builders for the Bot Framework activities Teams posts to the bot, pointed at the fake connector.
export const TENANT = "11111111-2222-3333-4444-555555555555";
export const USER = { id: "29:user-1", aadObjectId: "aad-user-1", name: "Fachkraft Eins" };
export const BOT = { id: "28:bot-app", name: "Sozialraum-Assistent" };
export const TEAM_CONVERSATION = "19:general@thread.tacv2";

let counter = 0;
const nextId = () => `incoming-${++counter}`;

export type Activity = Record<string, unknown>;

interface Options {
  serviceUrl: string;
  tenant?: string;
  user?: typeof USER;
}

export function personal(o: Options, extra: Activity = {}): Activity {
  const tenant = o.tenant ?? TENANT;
  return {
    type: "message",
    id: nextId(),
    channelId: "msteams",
    serviceUrl: o.serviceUrl,
    timestamp: "2026-11-25T10:00:00.000Z",
    from: o.user ?? USER,
    recipient: BOT,
    conversation: {
      id: `a:personal-${tenant}-${(o.user ?? USER).aadObjectId}`,
      conversationType: "personal",
      tenantId: tenant,
    },
    channelData: { tenant: { id: tenant } },
    ...extra,
  };
}

export function channel(o: Options, extra: Activity = {}): Activity {
  const tenant = o.tenant ?? TENANT;
  return {
    type: "message",
    id: nextId(),
    channelId: "msteams",
    serviceUrl: o.serviceUrl,
    from: o.user ?? USER,
    recipient: BOT,
    conversation: {
      id: `${TEAM_CONVERSATION};messageid=1700000000000`,
      conversationType: "channel",
      isGroup: true,
      tenantId: tenant,
    },
    channelData: {
      tenant: { id: tenant },
      team: { id: TEAM_CONVERSATION, name: "EHS Nordstadt" },
      channel: { id: TEAM_CONVERSATION, name: "Allgemein" },
    },
    ...extra,
  };
}

export function mentionText(text: string): Activity {
  return {
    text: `<at>${BOT.name}</at> ${text}`,
    entities: [{ type: "mention", text: `<at>${BOT.name}</at>`, mentioned: BOT }],
  };
}

export function teamInstall(o: Options, action: "add" | "remove"): Activity {
  const base = channel(o);
  return {
    ...base,
    type: "installationUpdate",
    action,
    conversation: {
      id: TEAM_CONVERSATION,
      conversationType: "channel",
      isGroup: true,
      tenantId: o.tenant ?? TENANT,
    },
  };
}

export function personalInstall(o: Options, action: "add" | "remove"): Activity {
  return { ...personal(o), type: "installationUpdate", action };
}

export async function postActivity(appUrl: string, activity: Activity, headers: Record<string, string> = {}) {
  return fetch(`${appUrl}/api/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(activity),
  });
}

/** The Adaptive Card of a connector call's activity body, or undefined. */
export function cardOf(body: unknown): { body: Array<Record<string, unknown>>; version: string } | undefined {
  const attachments = (body as { attachments?: Array<{ contentType: string; content: unknown }> })
    .attachments;
  const card = attachments?.find((a) => a.contentType === "application/vnd.microsoft.card.adaptive");
  return card?.content as { body: Array<Record<string, unknown>>; version: string } | undefined;
}

/** Every TextBlock / fact text in a card, flattened, for assertions. */
export function textsOf(card: unknown): string[] {
  const out: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const n = node as Record<string, unknown>;
      if (n.type === "TextBlock" && typeof n.text === "string") out.push(n.text);
      if (typeof n.title === "string") out.push(n.title);
      if (typeof n.value === "string" && n.type === undefined) out.push(n.value);
      for (const v of Object.values(n)) if (typeof v === "object") walk(v);
    }
  };
  walk(card);
  return out;
}

export interface SentActivity {
  text?: string;
  attachments?: Array<{ contentType: string; contentUrl?: string; content?: Record<string, unknown> }>;
}

/** The activity body of a recorded connector call. */
export const sent = (call: { body: unknown } | undefined): SentActivity => (call?.body ?? {}) as SentActivity;

/** A syntactically valid JWT that no Bot Framework key signed. */
export function unsignedJwt(claims: Record<string, unknown>): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
  return `${b64({ alg: "RS256", typ: "JWT", kid: "forged" })}.${b64(claims)}.${Buffer.from("sig").toString("base64url")}`;
}
