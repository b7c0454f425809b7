// The fuzzer's loop: random inputs through the command layer (as the console calls it, on a real store) and
// every reply through the Slack and the Teams renderer; counts crashes and the generic internal error.
import { Writable } from "node:stream";
import {
  renderErrors,
  renderHome,
  renderMessage,
  renderModal,
  renderNoticeModal,
} from "../../src/bot/slack/render.js";
import { cardActivity } from "../../src/bot/teams/outbound.js";
import { renderCard, summaryOf } from "../../src/bot/teams/render.js";
import { fixedClock } from "../../src/clock.js";
import { createCommandLayer } from "../../src/commands/dispatch.js";
import type { Family } from "../../src/commands/family.js";
import { common } from "../../src/commands/messages/index.js";
import { REGISTRY } from "../../src/commands/registry.js";
import type { Caller, CommandInput, Invocation } from "../../src/conversation/input.js";
import type { Button, Element, Form, Reply } from "../../src/conversation/reply.js";
import { createLogger } from "../../src/log.js";
import type { Store } from "../../src/store/index.js";
import { actionInput, commandInput, HOSTILE, Rng, randomText, submitInput, sweep } from "./inputs.js";

export interface FuzzOptions {
  store: Store;
  count: number;
  seed: number;
  /** Called every `progressEvery` inputs (the CLI prints a dot). */
  onProgress?(done: number): void;
  progressEvery?: number;
}

export interface Failure {
  kind: "crash" | "internal error" | "english text";
  family: string;
  /** Where it broke: the command layer, the Slack or the Teams renderer. */
  stage: "command" | "slack" | "teams";
  /** The error's class, or for internal errors the class the command layer logged. */
  error: string;
  input: string;
}

export interface FuzzSummary {
  inputs: number;
  perFamily: Record<string, number>;
  perType: Record<CommandInput["type"], number>;
  /** What came back, by reply kind: shows how deep the inputs got (forms, field errors, files). */
  perReply: Record<Reply["kind"], number>;
  crashes: number;
  internalErrors: number;
  /** Replies showing a library's English default message (zod's "Invalid input…") instead of German. */
  englishTexts: number;
  failures: Failure[];
  milliseconds: number;
}

const MAX_KEPT_FAILURES = 50;
const TENANT = "T-FUZZ";

function buttonsOf(elements: readonly Element[]): Button[] {
  return elements.flatMap((e) =>
    e.type === "actions" ? e.buttons : e.type === "list" ? e.items.flatMap((i) => i.actions ?? []) : [],
  );
}

/** Every button and form a reply offers: the next inputs click and submit them. */
function harvest(reply: Reply, buttons: Button[], forms: Form[]): void {
  if (reply.kind === "message") buttons.push(...buttonsOf(reply.elements));
  if (reply.kind === "form") {
    forms.push(reply.form);
    buttons.push(...(reply.form.actions ?? []));
  }
  if (reply.kind === "closeForm" && reply.then) harvest(reply.then, buttons, forms);
}

/** zod's default messages, which must never reach a user (every schema names a German one). */
const ENGLISH = /Invalid input|Too (small|big)|expected [a-z]+, received|Invalid (string|enum|option|type)/;

function textsOf(reply: Reply): string[] {
  switch (reply.kind) {
    case "message":
      return reply.elements.flatMap((e) =>
        e.type === "text" ? [e.text] : e.type === "fields" ? e.fields.map((f) => f.value) : [],
      );
    case "formErrors":
      return Object.values(reply.errors);
    case "closeForm":
      return reply.then ? textsOf(reply.then) : [];
    default:
      return [];
  }
}

function isInternalError(reply: Reply): boolean {
  if (reply.kind === "closeForm") return reply.then ? isInternalError(reply.then) : false;
  return (
    reply.kind === "message" &&
    reply.elements.some((e) => e.type === "text" && e.text === common.unexpectedError)
  );
}

/** What the Slack adapter renders for each reply kind (listeners.ts, present.ts). */
function renderForSlack(reply: Reply): void {
  switch (reply.kind) {
    case "message":
      renderMessage(reply.elements);
      renderNoticeModal(reply.elements, { c: "C0FUZZ" });
      renderHome(reply.elements);
      return;
    case "form":
      renderModal(reply.form, { c: "C0FUZZ", r: "https://hooks.slack.com/x" });
      return;
    case "formErrors":
      renderErrors(reply.errors);
      return;
    case "closeForm":
      if (reply.then) renderForSlack(reply.then);
      return;
    case "file":
      return;
  }
}

/** What the Teams adapter renders (turn.ts): field errors re-render the submitted form with the values. */
function renderForTeams(reply: Reply, input: CommandInput, forms: readonly Form[]): void {
  summaryOf(reply);
  if (reply.kind === "formErrors" && input.type === "submit") {
    const form = forms.find((f) => f.formId === input.formId);
    if (form) {
      renderCard({ kind: "form", form }, { values: input.values, errors: reply.errors });
      return;
    }
  }
  if (reply.kind !== "file") cardActivity(reply);
}

const truncate = (input: CommandInput) => JSON.stringify(input).slice(0, 400);

export async function runFuzz(o: FuzzOptions): Promise<FuzzSummary> {
  const started = performance.now();
  const failed: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      const line = String(chunk);
      if (line.includes("command failed")) failed.push(line);
      done();
    },
  });
  const commands = createCommandLayer({
    store: o.store,
    clock: fixedClock("2026-11-25T10:00:00Z"),
    defaultTimezone: "Europe/Berlin",
    logger: createLogger("error", sink),
    publicUrl: "https://sra.example.org",
  });
  const rng = new Rng(o.seed);
  const admin: Caller = {
    platform: "slack",
    tenantExternalId: TENANT,
    userId: "U0ADMIN",
    displayName: "Leitung",
  };
  const callers: Caller[] = [
    admin,
    { platform: "slack", tenantExternalId: TENANT, userId: "U0WORK1", displayName: "Fachkraft Eins" },
    { platform: "slack", tenantExternalId: TENANT, userId: "U0WORK2" },
    {
      platform: "teams",
      tenantExternalId: "fuzz-tenant",
      userId: "aad-fuzz",
      displayName: "Teams Fachkraft",
    },
  ];
  const buttons: Button[] = [];
  const forms: Form[] = [];
  const summary: FuzzSummary = {
    inputs: 0,
    perFamily: {},
    perType: { command: 0, action: 0, submit: 0 },
    perReply: { message: 0, form: 0, formErrors: 0, file: 0, closeForm: 0 },
    crashes: 0,
    internalErrors: 0,
    englishTexts: 0,
    failures: [],
    milliseconds: 0,
  };
  const fail = (f: Failure) => {
    if (f.kind === "crash") summary.crashes++;
    else if (f.kind === "internal error") summary.internalErrors++;
    else summary.englishTexts++;
    if (summary.failures.length < MAX_KEPT_FAILURES) summary.failures.push(f);
  };

  // Some ground to stand on: districts exist, so entries can be saved and listed.
  for (const line of ["sozialraum neu Nordstadt", "sozialraum neu Südstadt"]) {
    const [family, ...rest] = line.split(" ");
    await commands.handle({
      who: admin,
      where: { isDirect: true },
      input: { type: "command", family: family ?? "", text: rest.join(" ") },
    });
  }

  const families: readonly Family[] = REGISTRY.families;
  // A quarter of the budget (at most) goes to the systematic sweep, the rest is random.
  const swept = sweep(families).slice(0, Math.floor(o.count / 4));
  for (let i = 0; i < o.count; i++) {
    const planned = swept[i];
    const family = planned?.family ?? (families[i % families.length] as Family);
    const r = rng.next();
    const input =
      planned?.input ??
      (r < 0.55
        ? commandInput(rng, family)
        : r < 0.8
          ? actionInput(rng, family, buttons)
          : submitInput(rng, family, forms));
    const base = rng.chance(0.6) ? admin : rng.pick(callers);
    const who: Caller = rng.chance(0.05)
      ? { ...base, displayName: `${randomText(rng, 1)}${rng.pick(HOSTILE)}` }
      : base;
    const invocation: Invocation = {
      who,
      where: rng.chance(0.5)
        ? { isDirect: true }
        : { isDirect: false, channelId: rng.pick(["C0NORD", "C0SUED", "19:x@thread.tacv2"]) },
      input,
    };
    summary.inputs++;
    summary.perFamily[family.name] = (summary.perFamily[family.name] ?? 0) + 1;
    summary.perType[input.type]++;
    const before = failed.length;
    let reply: Reply;
    try {
      reply = await commands.handle(invocation);
    } catch (error) {
      fail({
        kind: "crash",
        family: family.name,
        stage: "command",
        error: errorClass(error),
        input: truncate(input),
      });
      continue;
    }
    summary.perReply[reply.kind]++;
    if (isInternalError(reply)) {
      const logged = failed.slice(before).map((l) => /"err":"([^"]*)"/.exec(l)?.[1] ?? "?");
      fail({
        kind: "internal error",
        family: family.name,
        stage: "command",
        error: logged.join(",") || "?",
        input: truncate(input),
      });
    }
    const english = textsOf(reply).find((t) => ENGLISH.test(t));
    if (english)
      fail({
        kind: "english text",
        family: family.name,
        stage: "command",
        error: english.slice(0, 120),
        input: truncate(input),
      });
    try {
      renderForSlack(reply);
    } catch (error) {
      fail({
        kind: "crash",
        family: family.name,
        stage: "slack",
        error: errorClass(error),
        input: truncate(input),
      });
    }
    try {
      renderForTeams(reply, input, forms);
    } catch (error) {
      fail({
        kind: "crash",
        family: family.name,
        stage: "teams",
        error: errorClass(error),
        input: truncate(input),
      });
    }
    harvest(reply, buttons, forms);
    // Keep the pools fresh and small: recent buttons carry current ids.
    if (buttons.length > 400) buttons.splice(0, buttons.length - 200);
    if (forms.length > 100) forms.splice(0, forms.length - 50);
    if (o.onProgress && (i + 1) % (o.progressEvery ?? 1000) === 0) o.onProgress(i + 1);
  }
  summary.milliseconds = Math.round(performance.now() - started);
  return summary;
}

function errorClass(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message.slice(0, 200)}`;
  return String(error).slice(0, 200);
}
