// Shared helpers of the delivery tests: the timeline, form filling as a user would, driving the worker, seeding a review.
import type { RunningApp } from "../../../src/app.js";
import { reviewRunAt } from "../../../src/commands/kooperation/dates.js";
import { REVIEW_JOB, reviewKey } from "../../../src/commands/kooperation/schedule.js";
import type { Database, Store } from "../../../src/store/index.js";
import { usingPostgres } from "../../support/db.js";

/** A Wednesday; every test file's clock starts here and only moves forward. */
export const START = "2026-11-25T10:00:00.000Z";
/** The review day of the seeded cooperation: reminded at 09:00 Berlin = 08:00 UTC. */
export const REVIEW_ON = "2026-11-27";
/** The digest subscription: Mondays 08:00 Berlin = 07:00 UTC, reporting the week of START. */
export const DIGEST_AT = "2026-11-30T07:00:00.000Z";
/** The committee's one meeting: Tuesday 01.12.2026, 18:00 Berlin = 17:00 UTC; reminded one day before. */
export const MEETING_DAY = "2026-12-01";
export const REMINDER_AT = "2026-11-30T17:00:00.000Z";
/** The second committee (rate-limit test): Wednesday 02.12.2026, 18:00 Berlin; reminded one day before. */
export const SECOND_MEETING_DAY = "2026-12-02";
export const SECOND_REMINDER_AT = "2026-12-01T17:00:00.000Z";

/**
 * The committee form as a user fills it: one meeting, a reminder one day before, the given channel, and nobody
 * ticked as usually attending (a usual attendee is expected by default, and these tests start from nobody going).
 */
export function committeeValues(
  name: string,
  day: string,
  channelId: string,
): Record<string, string | string[]> {
  return {
    name,
    firstDate: day,
    time: "18:00",
    rhythm: "einmalig",
    location: "Stadtteilbüro",
    channelId,
    leads: ["1440"],
    attendees: [],
  };
}

/** Runs the worker(s) until no job is due; returns how many jobs ran. Several apps tick concurrently. */
export async function drain(apps: RunningApp[]): Promise<number> {
  let total = 0;
  for (let round = 0; round < 20; round++) {
    const ran = (await Promise.all(apps.map((a) => a.scheduler.tick()))).reduce((a, b) => a + b, 0);
    total += ran;
    if (ran === 0) return total;
  }
  throw new Error("jobs keep becoming due: drain did not settle");
}

/** The database a second bot instance opens: a new connection on PostgreSQL, the same PGlite otherwise. */
export async function secondDatabase(t: { database: Database; reopen(): Promise<Database> }) {
  return usingPostgres ? t.reopen() : t.database;
}

/**
 * A cooperation with a review day, as the checklist's step 5 leaves it (the dialog itself is tested in
 * tests/commands/kooperation); its review job is scheduled exactly as `scheduleReview` does.
 */
export async function seedReview(
  store: Store,
  tenantId: number,
  memberId: number,
  districtId: number,
  partnerName = "Grundschule am Park",
) {
  const scoped = store.forTenant(tenantId);
  const partner = await scoped.createPartner(partnerName, "school", districtId);
  const coop = await scoped.startCooperation(partner.id, memberId, districtId);
  await scoped.updateCooperation(
    coop.id,
    { status: "in_progress", startsOn: "2026-11-01", endsOn: "2027-07-31", reviewOn: REVIEW_ON },
    new Date(START),
  );
  const created = await scoped.scheduleJob(
    REVIEW_JOB,
    reviewKey(coop.id, REVIEW_ON),
    reviewRunAt(REVIEW_ON, "Europe/Berlin"),
    { cooperationId: coop.id, reviewOn: REVIEW_ON, memberId },
  );
  if (!created) throw new Error("review job not scheduled");
  return coop;
}

/** All jobs of a kind in a tenant with their status, for assertions. */
export async function jobsOf(store: Store, tenantId: number, kind: string) {
  return (await store.forTenant(tenantId).listJobs(kind)).map((j) => ({
    key: j.idempotencyKey,
    status: j.status,
    runAt: j.runAt.toISOString(),
    attempts: j.attempts,
    payload: j.payload,
  }));
}

/** Every string in a JSON-like tree, flattened (Block Kit and Adaptive Card texts alike). */
export function stringsIn(node: unknown): string[] {
  if (typeof node === "string") return [node];
  if (Array.isArray(node)) return node.flatMap(stringsIn);
  if (node && typeof node === "object") return Object.values(node).flatMap(stringsIn);
  return [];
}

/** Every object in a JSON-like tree with the given `type` (button, Image, Action.Submit…). */
export function nodesOfType(node: unknown, type: string): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap((n) => nodesOfType(n, type));
  if (!node || typeof node !== "object") return [];
  const n = node as Record<string, unknown>;
  return [...(n.type === type ? [n] : []), ...Object.values(n).flatMap((v) => nodesOfType(v, type))];
}

type Overrides = Record<string, string | string[]>;

/** `view.state.values` of a submitted Slack modal: each input keeps its initial value unless overridden. */
export function slackModalState(blocks: Record<string, unknown>[], overrides: Overrides) {
  const values: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const block of blocks) {
    if (block.type !== "input") continue;
    const el = block.element as Record<string, unknown>;
    const id = String(el.action_id);
    const given = overrides[id];
    const one = typeof given === "string" ? given : undefined;
    const many = Array.isArray(given) ? given : undefined;
    const initialOption = el.initial_option as { value: string } | undefined;
    const initialOptions = (el.initial_options as { value: string }[] | undefined) ?? [];
    let state: Record<string, unknown>;
    switch (el.type) {
      case "datepicker":
        state = { selected_date: one ?? el.initial_date ?? null };
        break;
      case "timepicker":
        state = { selected_time: one ?? el.initial_time ?? null };
        break;
      case "static_select": {
        const value = one ?? initialOption?.value;
        state = { selected_option: value === undefined ? null : { value } };
        break;
      }
      case "multi_static_select":
      case "checkboxes":
        state = {
          selected_options: (many ?? initialOptions.map((o) => o.value)).map((value) => ({ value })),
        };
        break;
      default:
        state = { value: one ?? el.initial_value ?? null };
    }
    values[String(block.block_id)] = { [id]: { type: el.type, ...state } };
  }
  return values;
}

/** The value of a submitted Adaptive Card form: its submit data plus each input, initial unless overridden. */
export function teamsSubmitValue(card: unknown, overrides: Overrides): Record<string, unknown> {
  // The form's own submit, not a field's „Prüfen“ (which carries the field to check).
  const submit = nodesOfType(card, "Action.Submit").find((a) => {
    const data = a.data as { sra?: string; check?: string } | undefined;
    return data?.sra === "submit" && data.check === undefined;
  });
  if (!submit) throw new Error("card has no form submit");
  const value: Record<string, unknown> = { ...(submit.data as Record<string, unknown>) };
  const inputs = [
    "Input.Text",
    "Input.Number",
    "Input.Date",
    "Input.Time",
    "Input.ChoiceSet",
    "Input.Toggle",
  ];
  for (const input of inputs.flatMap((type) => nodesOfType(card, type))) {
    const id = String(input.id);
    const given = overrides[id.replace(/^in_/, "")];
    if (given !== undefined) value[id] = Array.isArray(given) ? given.join(",") : given;
    else if (input.value !== undefined) value[id] = String(input.value);
  }
  return value;
}
