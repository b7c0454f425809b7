// An activity not yet saved, and its compact form carried in a button value (Slack allows 2000 characters).
import { z } from "zod";
import {
  ACTIVITY_ROLES,
  type Activity,
  type ActivityInput,
  type ActivityRole,
  FOCUSES,
  type Focus,
  GOALS,
  type Goal,
  LEVELS,
  type Level,
  PARTNER_TYPES,
  type PartnerType,
} from "../../store/index.js";
import { isIsoDay } from "./parse/days.js";
import { isPlausibleDuration } from "./parse/durations.js";
import type { QuickEntry, Status } from "./parse/quick.js";
import { CASE_REF } from "./parse/tags.js";

/** Everything an activity needs except its author; any field may still be missing while editing. */
export interface Draft {
  occurredOn?: string;
  minutes?: number;
  title?: string;
  districtId?: number;
  level?: Level;
  caseRef?: string;
  focus?: Focus;
  role?: ActivityRole;
  periodStart?: string;
  periodEnd?: string;
  partnerIds: number[];
  newPartners: { name: string; type: PartnerType }[];
  goals: Goal[];
  targetGroups: string[];
  participants?: number;
  notes: string;
  /** Random key of the confirmation message, so saving it twice stores one activity. */
  entryKey?: string;
}

export const MAX_STATE = 2000;

const day = z.string().refine(isIsoDay);
/** A confirmation's random key, or a derived one such as "meeting:<committee>:<occurrence>:m<member>". */
const entryKey = z.string().regex(/^[A-Za-z0-9_:.-]{8,80}$/);
const id = z.number().int().positive().max(2_147_483_647);
const idx = (n: number) =>
  z
    .number()
    .int()
    .min(0)
    .max(n - 1);

/** The complete, saveable activity (the store's input without the author). */
export const completeDraft = z
  .object({
    occurredOn: day,
    minutes: z.number().refine(isPlausibleDuration),
    title: z.string().trim().min(1).max(200),
    districtId: id,
    level: z.enum(LEVELS),
    caseRef: z.string().regex(CASE_REF).optional(),
    focus: z.enum(FOCUSES),
    role: z.enum(ACTIVITY_ROLES),
    periodStart: day.optional(),
    periodEnd: day.optional(),
    partnerIds: z.array(id).max(50),
    newPartners: z
      .array(z.object({ name: z.string().trim().min(2).max(100), type: z.enum(PARTNER_TYPES) }))
      .max(20),
    goals: z.array(z.enum(GOALS)).max(4),
    targetGroups: z.array(z.string().trim().min(1).max(60)).max(10),
    participants: z.number().int().min(0).max(10_000).optional(),
    notes: z.string().max(2000),
    entryKey: entryKey.optional(),
  })
  .refine((d) => d.level === "case_specific" || d.caseRef === undefined)
  .refine((d) =>
    d.role === "responsible"
      ? d.periodStart !== undefined && d.periodEnd !== undefined && d.periodStart <= d.periodEnd
      : d.periodStart === undefined && d.periodEnd === undefined,
  );

export type CompleteDraft = z.infer<typeof completeDraft>;

export function toActivityInput(d: CompleteDraft, authorId: number): ActivityInput {
  return {
    districtId: d.districtId,
    authorId,
    occurredOn: d.occurredOn,
    minutes: d.minutes,
    title: d.title.trim(),
    notes: d.notes,
    level: d.level,
    focus: d.focus,
    role: d.role,
    periodStart: d.periodStart ?? null,
    periodEnd: d.periodEnd ?? null,
    goals: d.goals,
    targetGroups: d.targetGroups,
    participants: d.participants ?? null,
    caseRef: d.caseRef ?? null,
    entryKey: d.entryKey ?? null,
    partnerIds: d.partnerIds,
    newPartners: d.newPartners,
  };
}

export function fromQuickEntry(q: QuickEntry): Draft {
  return {
    occurredOn: q.occurredOn.value,
    ...(q.minutes ? { minutes: q.minutes.value } : {}),
    ...(q.title ? { title: q.title } : {}),
    ...(q.districtId ? { districtId: q.districtId.value } : {}),
    level: q.level.value,
    ...(q.caseRef ? { caseRef: q.caseRef } : {}),
    ...(q.focus ? { focus: q.focus.value } : {}),
    role: q.role.value,
    ...(q.periodStart ? { periodStart: q.periodStart } : {}),
    ...(q.periodEnd ? { periodEnd: q.periodEnd } : {}),
    partnerIds: q.partners.map((p) => p.id),
    newPartners: q.newPartners,
    goals: q.goals,
    targetGroups: q.targetGroups,
    ...(q.participants !== undefined ? { participants: q.participants } : {}),
    notes: "",
  };
}

/** The fields whose status the confirmation marks, in the order their one-letter codes are carried. */
export const STATUS_FIELDS = ["occurredOn", "minutes", "districtId", "level", "focus", "role"] as const;
export type StatusField = (typeof STATUS_FIELDS)[number];

/** What the confirmation offers to change with one tap; carried with the draft so a tap can redraw it. */
export interface ConfirmView {
  statuses: Partial<Record<StatusField, Status>>;
  /** Focuses offered as buttons (the current one among them), most plausible first. */
  focusChoices: Focus[];
  levelToggle: boolean;
  /** Districts offered as buttons (ids only). */
  districtChoices: number[];
  /** The date is far back or ahead and not yet confirmed. */
  dateQuestion: boolean;
  /**
   * New partners that look like existing ones: `index` into the draft's newPartners, `ids` the existing partners
   * offered first. While one is open there is no Speichern: a new partner is created only on an explicit choice.
   */
  partnerQuestions: { index: number; ids: number[] }[];
}

/** How a button's state was confirmed besides the draft itself. */
export interface DraftFlags {
  /** Saved despite a weak privacy hint. */
  acknowledged?: boolean;
  /** Saved although it looks like an activity already recorded. */
  duplicateOk?: boolean;
  view?: ConfirmView;
}

/** At most this many existing partners are offered for one new name. */
export const MAX_PARTNER_SUGGESTIONS = 3;

const STATUS_CODE: Record<Status, string> = { given: "g", default: "d", guessed: "q" };

const compactView = z
  .object({
    s: z.string().regex(/^[gdq-]{6}$/),
    f: z.array(idx(FOCUSES.length)).max(FOCUSES.length).optional(),
    l: z.literal(1).optional(),
    ds: z.array(id).max(10).optional(),
    q: z.literal(1).optional(),
    pq: z
      .array(z.tuple([idx(20), z.array(id).min(1).max(MAX_PARTNER_SUGGESTIONS)]))
      .max(20)
      .optional(),
  })
  .strict();

function packView(v: ConfirmView): z.infer<typeof compactView> {
  return {
    s: STATUS_FIELDS.map((f) => {
      const st = v.statuses[f];
      return st ? STATUS_CODE[st] : "-";
    }).join(""),
    f: v.focusChoices.length ? v.focusChoices.map((f) => FOCUSES.indexOf(f)) : undefined,
    l: v.levelToggle ? 1 : undefined,
    ds: v.districtChoices.length ? v.districtChoices : undefined,
    q: v.dateQuestion ? 1 : undefined,
    pq: v.partnerQuestions.length ? v.partnerQuestions.map((p) => [p.index, p.ids]) : undefined,
  };
}

function unpackView(c: z.infer<typeof compactView>): ConfirmView {
  const byCode = new Map(Object.entries(STATUS_CODE).map(([st, code]) => [code, st as Status]));
  const statuses: ConfirmView["statuses"] = {};
  STATUS_FIELDS.forEach((f, i) => {
    const st = byCode.get(c.s[i] ?? "-");
    if (st) statuses[f] = st;
  });
  return {
    statuses,
    focusChoices: (c.f ?? []).map((i) => FOCUSES[i]).filter((f): f is Focus => f !== undefined),
    levelToggle: c.l === 1,
    districtChoices: c.ds ?? [],
    dateQuestion: c.q === 1,
    partnerQuestions: (c.pq ?? []).map(([index, ids]) => ({ index, ids })),
  };
}

/**
 * Short keys and enum indexes keep the state small; `a` marks "saved despite a weak privacy hint", `u` "saved
 * although it looks like a duplicate", `v` the confirmation's one-tap choices.
 */
const compact = z
  .object({
    d: day.optional(),
    m: z.number().int().min(0).max(100_000).optional(),
    t: z.string().max(500).optional(),
    s: id.optional(),
    l: idx(LEVELS.length).optional(),
    c: z.string().max(24).optional(),
    f: idx(FOCUSES.length).optional(),
    r: idx(ACTIVITY_ROLES.length).optional(),
    ps: day.optional(),
    pe: day.optional(),
    p: z.array(id).max(50).optional(),
    np: z
      .array(z.tuple([z.string().max(100), idx(PARTNER_TYPES.length)]))
      .max(20)
      .optional(),
    g: z.array(idx(GOALS.length)).max(4).optional(),
    tg: z.array(z.string().max(60)).max(10).optional(),
    n: z.number().int().min(0).max(10_000).optional(),
    no: z.string().max(2000).optional(),
    a: z.literal(1).optional(),
    u: z.literal(1).optional(),
    v: compactView.optional(),
    k: entryKey.optional(),
  })
  .strict();

const indexOf = <T extends string>(list: readonly T[], v: T | undefined) =>
  v === undefined ? undefined : list.indexOf(v);

/** The draft as a button value; undefined when it would not fit or could not be read back. */
export function encodeDraft(d: Draft, flags: DraftFlags | boolean = {}): string | undefined {
  const f: DraftFlags = typeof flags === "boolean" ? { acknowledged: flags } : flags;
  const value: z.infer<typeof compact> = {
    d: d.occurredOn,
    m: d.minutes,
    t: d.title,
    s: d.districtId,
    l: indexOf(LEVELS, d.level),
    c: d.caseRef,
    f: indexOf(FOCUSES, d.focus),
    r: indexOf(ACTIVITY_ROLES, d.role),
    ps: d.periodStart,
    pe: d.periodEnd,
    p: d.partnerIds.length ? d.partnerIds : undefined,
    np: d.newPartners.length ? d.newPartners.map((n) => [n.name, PARTNER_TYPES.indexOf(n.type)]) : undefined,
    g: d.goals.length ? d.goals.map((g) => GOALS.indexOf(g)) : undefined,
    tg: d.targetGroups.length ? d.targetGroups : undefined,
    n: d.participants,
    no: d.notes || undefined,
    a: f.acknowledged ? 1 : undefined,
    u: f.duplicateOk ? 1 : undefined,
    v: f.view ? packView(f.view) : undefined,
    k: d.entryKey,
  };
  if (!compact.safeParse(value).success) return undefined;
  const json = JSON.stringify(value);
  return json.length <= MAX_STATE ? json : undefined;
}

/** Reads a button value back; anything malformed or forged is refused. */
export function decodeDraft(
  raw: string | undefined,
): ({ draft: Draft; acknowledged: boolean; duplicateOk: boolean } & { view?: ConfirmView }) | undefined {
  if (!raw || raw.length > MAX_STATE) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const parsed = compact.safeParse(json);
  if (!parsed.success) return undefined;
  const v = parsed.data;
  const pick = <T>(list: readonly T[], i: number | undefined) => (i === undefined ? undefined : list[i]);
  const draft: Draft = {
    partnerIds: v.p ?? [],
    newPartners: (v.np ?? []).map(([name, t]) => ({ name, type: PARTNER_TYPES[t] ?? "other" })),
    goals: (v.g ?? []).map((g) => GOALS[g]).filter((g): g is Goal => g !== undefined),
    targetGroups: v.tg ?? [],
    notes: v.no ?? "",
  };
  const optional: Partial<Draft> = {
    occurredOn: v.d,
    minutes: v.m,
    title: v.t,
    districtId: v.s,
    level: pick(LEVELS, v.l),
    caseRef: v.c,
    focus: pick(FOCUSES, v.f),
    role: pick(ACTIVITY_ROLES, v.r),
    periodStart: v.ps,
    periodEnd: v.pe,
    participants: v.n,
    entryKey: v.k,
  };
  for (const [k, val] of Object.entries(optional)) {
    if (val !== undefined) (draft as unknown as Record<string, unknown>)[k] = val;
  }
  return {
    draft,
    acknowledged: v.a === 1,
    duplicateOk: v.u === 1,
    ...(v.v ? { view: unpackView(v.v) } : {}),
  };
}

/** A saved activity as a draft, e.g. to prefill the edit form. */
export function draftOf(a: Activity): Draft {
  return {
    occurredOn: a.occurredOn,
    minutes: a.minutes,
    title: a.title,
    districtId: a.districtId,
    level: a.level,
    ...(a.caseRef ? { caseRef: a.caseRef } : {}),
    focus: a.focus,
    role: a.role,
    ...(a.periodStart ? { periodStart: a.periodStart } : {}),
    ...(a.periodEnd ? { periodEnd: a.periodEnd } : {}),
    partnerIds: a.partners.map((p) => p.id),
    newPartners: [],
    goals: [...a.goals],
    targetGroups: [...a.targetGroups],
    ...(a.participants !== null ? { participants: a.participants } : {}),
    notes: a.notes,
  };
}
