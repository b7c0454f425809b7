// Forms with field errors and CSV file delivery over HTTP, with a scripted command layer and the fake connector.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Adapter } from "../../../src/bot/adapter.js";
import { teamsAdapterFactory } from "../../../src/bot/teams/index.js";
import { fixedClock } from "../../../src/clock.js";
import { teams } from "../../../src/commands/messages/index.js";
import { loadConfig } from "../../../src/config.js";
import type { Invocation } from "../../../src/conversation/input.js";
import type { CommandLayer } from "../../../src/conversation/layer.js";
import type { Form, Reply } from "../../../src/conversation/reply.js";
import { createLogger } from "../../../src/log.js";
import { createHttpApp, listen } from "../../../src/server.js";
import { openTestDatabase, type TestDatabase } from "../../support/db.js";
import { type FakeConnector, startFakeConnector } from "../../support/fake-connector.js";
import {
  cardOf,
  channel,
  personal,
  personalInstall,
  postActivity,
  type SentActivity,
  sent,
  textsOf,
  USER,
} from "./activities.js";

const FORM: Form = {
  formId: "probe:save",
  title: "Aktivität erfassen",
  submitLabel: "Speichern",
  state: "draft-7",
  inputs: [
    { id: "what", kind: "text", label: "Was?", required: true },
    { id: "minutes", kind: "number", label: "Dauer (Minuten)", min: 5, max: 600 },
    {
      id: "goals",
      kind: "multiselect",
      label: "Ziele",
      options: [
        { value: "prevention", label: "Prävention" },
        { value: "self_help", label: "Selbsthilfe" },
      ],
    },
    { id: "caseSpecific", kind: "checkbox", label: "fallspezifisch" },
  ],
};
/** A form checked field by field whose card is too large to carry a copy of it in every check button. */
const LARGE: Form = {
  formId: "probe:large",
  title: "Gremium",
  submitLabel: "Speichern",
  checksEachField: true,
  inputs: [
    { id: "what", kind: "text", label: "Rhythmus", required: true },
    {
      id: "who",
      kind: "multiselect",
      label: "Wer geht hin?",
      options: Array.from({ length: 100 }, (_, i) => ({
        value: `m${i}`,
        label: `Fachkraft ${i} `.padEnd(80, "-"),
      })),
    },
  ],
};
const CSV = new TextEncoder().encode("datum;dauer\n2026-11-24;120\n");

const seen: Invocation[] = [];
const commands = {
  families: [],
  async handle(invocation: Invocation): Promise<Reply> {
    seen.push(invocation);
    const input = invocation.input;
    if (input.type === "command" && input.family === "formular") return { kind: "form", form: FORM };
    if (input.type === "command" && input.family === "gross") return { kind: "form", form: LARGE };
    if (input.type === "submit" && input.check)
      return { kind: "formErrors", errors: {}, notes: { [input.check]: "Verstanden: montags." } };
    if (input.type === "command" && input.family === "export")
      return {
        kind: "file",
        filename: "aktivitaeten.csv",
        mimeType: "text/csv",
        content: CSV,
        comment: "Dein Export",
      };
    if (input.type === "submit")
      return { kind: "formErrors", errors: { minutes: "Bitte 5 bis 600 Minuten." } };
    return { kind: "message", elements: [], visibility: "private" };
  },
} as unknown as CommandLayer;

const clock = fixedClock("2026-11-25T10:00:00Z");
let t: TestDatabase;
let fake: FakeConnector;
let server: Server;
let url: string;
let adapter: Adapter;

beforeAll(async () => {
  t = await openTestDatabase();
  fake = await startFakeConnector();
  const made = teamsAdapterFactory.create({
    config: loadConfig({ PORT: "0", TEAMS_LOCAL_MODE: "true" }),
    store: t.store,
    commands,
    clock,
    logger: createLogger("silent"),
  });
  if ("disabled" in made) throw new Error(made.disabled);
  adapter = made;
  server = await listen(createHttpApp(t.database, [adapter]), 0, "127.0.0.1");
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => {
    server.close(() => r());
    server.closeAllConnections();
  });
  await fake.close();
  await t.close();
});
beforeEach(() => {
  fake.reset();
  seen.length = 0;
});

const o = () => ({ serviceUrl: fake.url });
const fileIdOf = (
  a: SentActivity["attachments"] extends Array<infer A> | undefined ? A | undefined : never,
) => (a?.content?.acceptContext as { fileId?: string } | undefined)?.fileId;
type Card = NonNullable<ReturnType<typeof cardOf>>;
const find = (card: Card | undefined, id: string) =>
  card?.body.find((e) => e.id === id) as Record<string, unknown> | undefined;

describe("forms", () => {
  it("renders typed inputs with validation and carries formId and state in the submit data", async () => {
    await postActivity(url, personal(o(), { text: "formular" }));
    const [reply] = await fake.waitFor("reply", 1);
    const card = cardOf(reply?.body);
    expect(find(card, "in_what")).toMatchObject({
      type: "Input.Text",
      isRequired: true,
      errorMessage: teams.required,
    });
    expect(find(card, "in_minutes")).toMatchObject({ type: "Input.Number", min: 5, max: 600 });
    expect(find(card, "in_goals")).toMatchObject({ type: "Input.ChoiceSet", isMultiSelect: true });
    expect(find(card, "in_caseSpecific")).toMatchObject({ type: "Input.Toggle", valueOn: "true" });
    const actions = card?.body.find((e) => e.type === "ActionSet")?.actions as Array<{
      data: Record<string, unknown>;
    }>;
    expect(actions[0]?.data).toMatchObject({ sra: "submit", formId: "probe:save", state: "draft-7" });
  });

  it("a submit maps values back and re-renders the same card in place with the field error", async () => {
    await postActivity(url, personal(o(), { text: "formular" }));
    const [reply] = await fake.waitFor("reply", 1);
    const card = cardOf(reply?.body);
    const actions = (card?.body.find((e) => e.type === "ActionSet")?.actions ?? []) as Array<{
      data: Record<string, unknown>;
    }>;
    const submit = actions[0];
    // Teams merges the input values into the action data.
    const value = {
      ...submit?.data,
      in_what: "Elterncafé",
      in_minutes: "2",
      in_goals: "prevention,self_help",
      in_caseSpecific: "true",
    };
    const submitted = personal(o(), { replyToId: "form-card-1", value });
    await postActivity(url, submitted);
    const [update] = await fake.waitFor("update", 1);

    expect(seen.at(-1)?.input).toEqual({
      type: "submit",
      formId: "probe:save",
      state: "draft-7",
      // The activity as Teams names it (its conversation and id), for writes that must happen once.
      requestKey: `activity:${(submitted.conversation as { id: string }).id}:${submitted.id}`,
      values: { what: "Elterncafé", minutes: "2", goals: ["prevention", "self_help"], caseSpecific: true },
    });
    expect(update?.activityId).toBe("form-card-1");
    const again = cardOf(update?.body);
    expect(find(again, "in_what")?.value).toBe("Elterncafé");
    expect(find(again, "in_minutes")?.value).toBe(2);
    expect(find(again, "in_goals")?.value).toBe("prevention,self_help");
    expect(textsOf(again)).toContain("Bitte 5 bis 600 Minuten.");
    expect(textsOf(again)).toContain(teams.formHasErrors);
    expect(fake.ok("reply")).toHaveLength(1);
  });
  it("a form too large to carry itself in each check button answers a check below the card", async () => {
    await postActivity(url, personal(o(), { text: "gross" }));
    const card = cardOf((await fake.waitFor("reply", 1))[0]?.body);
    const actions = (card?.body ?? []).flatMap(
      (e) => (e.actions ?? []) as { data: Record<string, unknown> }[],
    );
    const check = actions.find((a) => a.data.check === "what");
    // The submit keeps its copy of the form (field errors redraw the card); the check button has none.
    expect(actions.find((a) => a.data.formId === "probe:large" && !a.data.check)?.data.form).toBeDefined();
    expect(check?.data.form).toBeUndefined();

    await postActivity(
      url,
      personal(o(), { replyToId: "large-card", value: { ...check?.data, in_what: "montags" } }),
    );
    const [, below] = await fake.waitFor("reply", 2);
    expect(seen.at(-1)?.input).toMatchObject({ type: "submit", check: "what", values: { what: "montags" } });
    expect(textsOf(cardOf(below?.body))).toContain("Verstanden: montags.");
    expect(fake.ok("update")).toHaveLength(0);
  });
});

describe("CSV files", () => {
  async function offerInPersonalChat() {
    await postActivity(url, personal(o(), { text: "export" }));
    const [reply] = await fake.waitFor("reply", 1);
    return sent(reply).attachments?.[0];
  }

  const accept = (fileId: unknown, from = USER, uploadUrl = `${fake.url}upload/aktivitaeten.csv`) =>
    personal(
      { ...o(), user: from },
      {
        type: "invoke",
        name: "fileConsent/invoke",
        value: {
          type: "fileUpload",
          action: "accept",
          context: { fileId },
          uploadInfo: {
            name: "aktivitaeten.csv",
            uploadUrl,
            contentUrl: "https://contoso.sharepoint.com/personal/aktivitaeten.csv",
            uniqueId: "uid-1",
            fileType: "csv",
          },
        },
      },
    );

  it("offers a file consent card in the personal chat, uploads on accept and shows the file card", async () => {
    const attachment = await offerInPersonalChat();
    expect(attachment?.contentType).toBe("application/vnd.microsoft.teams.card.file.consent");
    expect(attachment?.content?.sizeInBytes).toBe(CSV.byteLength);
    const fileId = fileIdOf(attachment);

    const res = await postActivity(url, accept(fileId));
    expect(res.status).toBe(200);
    const [upload] = await fake.waitFor("upload", 1);
    expect(upload?.method).toBe("PUT");
    expect(new Uint8Array(upload?.raw ?? [])).toEqual(CSV);
    expect(upload?.headers["content-range"]).toBe(`bytes 0-${CSV.byteLength - 1}/${CSV.byteLength}`);
    const fileCard = sent(fake.ok("reply").at(-1)).attachments?.[0];
    expect(fileCard?.contentType).toBe("application/vnd.microsoft.teams.card.file.info");
    expect(fileCard?.contentUrl).toBe("https://contoso.sharepoint.com/personal/aktivitaeten.csv");

    // The same consent cannot be used twice.
    await postActivity(url, accept(fileId));
    expect(fake.ok("upload")).toHaveLength(1);
    expect(sent(fake.ok("reply").at(-1)).text).toBe(teams.fileExpired);
  });

  it("does not hand a file to another user, nor after it expired", async () => {
    const attachment = await offerInPersonalChat();
    const fileId = fileIdOf(attachment);
    await postActivity(url, accept(fileId, { id: "29:other", aadObjectId: "aad-other", name: "Andere" }));
    expect(fake.ok("upload")).toHaveLength(0);

    const second = await offerInPersonalChat();
    clock.advance(61 * 60 * 1000);
    await postActivity(url, accept(fileIdOf(second)));
    expect(fake.ok("upload")).toHaveLength(0);
    expect(sent(fake.ok("reply").at(-1)).text).toBe(teams.fileExpired);
  });

  it("in local mode uploads to this machine only: another upload URL gets nothing", async () => {
    const attachment = await offerInPersonalChat();
    // 0.0.0.0 reaches the fake connector on Linux: an upload there would be counted.
    const elsewhere = `http://0.0.0.0:${new URL(fake.url).port}/upload/aktivitaeten.csv`;
    expect((await postActivity(url, accept(fileIdOf(attachment), USER, elsewhere))).status).toBe(200);
    await fake.waitFor("reply", 2);
    expect(fake.calls.filter((c) => c.kind === "upload")).toHaveLength(0);
    expect(sent(fake.ok("reply").at(-1)).text).toBe(teams.fileUploadFailed);
  });

  it("in a channel, sends the offer to the stored personal chat and says so in the thread", async () => {
    const user = { id: "29:user-3", aadObjectId: "aad-user-3", name: "Drei" };
    const as = { ...o(), user };
    await postActivity(url, channel(as, { text: "export" }));
    let [reply] = await fake.waitFor("reply", 1);
    expect(sent(reply).text).toBe(teams.fileNeedsPersonalChat);

    fake.reset();
    await postActivity(url, personalInstall(as, "add"));
    await postActivity(url, channel(as, { text: "export" }));
    // The offer is a new message in the personal chat; the notice answers in the channel's thread.
    const [toPersonal] = await fake.waitFor("send", 1);
    const calls = await fake.waitFor("reply", 1);
    expect(toPersonal?.conversationId).toContain(user.aadObjectId);
    expect(sent(toPersonal).attachments?.[0]?.contentType).toBe(
      "application/vnd.microsoft.teams.card.file.consent",
    );
    [reply] = calls.filter((c) => c.conversationId?.startsWith("19:"));
    expect(sent(reply).text).toBe(teams.fileInPersonalChat("aktivitaeten.csv"));
  });

  it("outside Teams (e.g. the Emulator) attaches the file inline as a data URI", async () => {
    await postActivity(url, personal(o(), { text: "export", channelId: "emulator" }));
    const [reply] = await fake.waitFor("reply", 1);
    const attachment = sent(reply).attachments?.[0];
    expect(attachment?.contentType).toBe("text/csv");
    expect(attachment?.contentUrl).toBe(`data:text/csv;base64,${Buffer.from(CSV).toString("base64")}`);
  });

  it("a decline is acknowledged and nothing is uploaded", async () => {
    const attachment = await offerInPersonalChat();
    const fileId = fileIdOf(attachment);
    const res = await postActivity(
      url,
      personal(o(), {
        type: "invoke",
        name: "fileConsent/invoke",
        value: { action: "decline", context: { fileId } },
      }),
    );
    expect(res.status).toBe(200);
    expect(sent(fake.ok("reply").at(-1)).text).toBe(teams.fileDeclined);
    expect(fake.ok("upload")).toHaveLength(0);
  });
});
