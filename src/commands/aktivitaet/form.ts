// The activity form: built prefilled from a draft, and read back from a submission into a draft or field errors.

import type { FormValue } from "../../conversation/input.js";
import type { Form, FormInput } from "../../conversation/reply.js";
import {
  ACTIVITY_ROLES,
  FOCUSES,
  GOALS,
  LEVELS,
  PARTNER_TYPES,
  type PartnerType,
} from "../../store/index.js";
import { labels, aktivitaet as t } from "../messages/index.js";
import type { Draft } from "./draft.js";
import { guardDraft, kindsOf, type TextField } from "./guard.js";
import type { Known } from "./known.js";
import { parseDate } from "./parse/dates.js";
import { parts } from "./parse/days.js";
import { isPlausibleDuration, parseDuration } from "./parse/durations.js";
import { CASE_REF } from "./parse/tags.js";

export const FORM_ID = "aktivitaet:form";
/** Slack offers at most 100 options per select. */
const MAX_OPTIONS = 100;

const options = <T extends string>(values: readonly T[], label: Record<T, string>) =>
  values.map((v) => ({ value: v, label: label[v] }));

const durationText = (minutes: number | undefined) => (minutes === undefined ? undefined : `${minutes} min`);

export function buildForm(known: Known, d: Draft, opts: { editId?: number } = {}): Form {
  const initial = (v: string | undefined) => (v === undefined || v === "" ? {} : { initial: v });
  const inputs: FormInput[] = [
    { id: "date", kind: "date", label: t.field.date, required: true, initial: d.occurredOn ?? known.today },
    {
      id: "duration",
      kind: "text",
      label: t.field.duration,
      required: true,
      hint: t.hint.duration,
      maxLength: 30,
      ...initial(durationText(d.minutes)),
    },
    { id: "title", kind: "text", label: t.field.title, required: true, maxLength: 200, ...initial(d.title) },
    {
      id: "district",
      kind: "select",
      label: t.field.district,
      required: true,
      options: known.districts.slice(0, MAX_OPTIONS).map((x) => ({ value: String(x.id), label: x.name })),
      ...initial(
        d.districtId !== undefined
          ? String(d.districtId)
          : known.channelDistrictId !== undefined
            ? String(known.channelDistrictId)
            : known.districts.length === 1
              ? String(known.districts[0]?.id)
              : undefined,
      ),
    },
    {
      id: "level",
      kind: "select",
      label: t.field.level,
      required: true,
      options: options(LEVELS, labels.level),
      initial: d.level ?? "case_independent",
    },
    {
      id: "caseRef",
      kind: "text",
      label: t.field.caseRef,
      hint: t.hint.caseRef,
      maxLength: 24,
      ...initial(d.caseRef),
    },
    {
      id: "focus",
      kind: "select",
      label: t.field.focus,
      required: true,
      options: options(FOCUSES, labels.focus),
      ...initial(d.focus),
    },
    {
      id: "role",
      kind: "select",
      label: t.field.role,
      required: true,
      options: options(ACTIVITY_ROLES, labels.role),
      initial: d.role ?? "contributed",
    },
    {
      id: "periodStart",
      kind: "date",
      label: t.field.periodStart,
      hint: t.hint.period,
      ...initial(d.periodStart),
    },
    { id: "periodEnd", kind: "date", label: t.field.periodEnd, ...initial(d.periodEnd) },
    {
      id: "partners",
      kind: "multiselect",
      label: t.field.partners,
      // An archived partner is offered only where an old entry already names it.
      options: [
        ...known.partners.slice(0, MAX_OPTIONS),
        ...known.archivedPartners.filter((p) => d.partnerIds.includes(p.id)),
      ].map((p) => ({ value: String(p.id), label: p.name })),
      ...(d.partnerIds.length ? { initial: d.partnerIds.map(String) } : {}),
    },
    {
      id: "newPartners",
      kind: "textarea",
      label: t.field.newPartners,
      hint: t.hint.newPartners,
      maxLength: 1000,
      ...initial(d.newPartners.map((p) => p.name).join("\n")),
    },
    {
      id: "newPartnerType",
      kind: "select",
      label: t.field.newPartnerType,
      options: options(PARTNER_TYPES, labels.partnerType),
      initial: d.newPartners[0]?.type ?? "other",
    },
    {
      id: "goals",
      kind: "multiselect",
      label: t.field.goals,
      options: options(GOALS, labels.goal),
      ...(d.goals.length ? { initial: [...d.goals] } : {}),
    },
    {
      id: "targetGroups",
      kind: "text",
      label: t.field.targetGroups,
      hint: t.hint.targetGroups,
      maxLength: 300,
      ...initial(d.targetGroups.join(", ")),
    },
    {
      id: "participants",
      kind: "number",
      label: t.field.participants,
      min: 0,
      max: 10_000,
      ...initial(d.participants === undefined ? undefined : String(d.participants)),
    },
    { id: "notes", kind: "textarea", label: t.field.notes, maxLength: 2000, ...initial(d.notes) },
    {
      id: "privacyOk",
      kind: "checkbox",
      label: t.field.privacyOk,
      hint: t.hint.privacyOk,
      options: [{ value: "true", label: t.privacyOkOption }],
    },
  ];
  return {
    formId: FORM_ID,
    title: opts.editId === undefined ? t.formTitleNew : t.formTitleEdit(opts.editId),
    submitLabel: t.formSubmit,
    intro: t.formIntro,
    inputs,
    ...(opts.editId === undefined ? {} : { state: `e:${opts.editId}` }),
  };
}

const str = (v: FormValue): string =>
  typeof v === "string" ? v.trim() : Array.isArray(v) ? (v[0] ?? "").trim() : "";
const list = (v: FormValue): string[] =>
  Array.isArray(v)
    ? v.map((x) => x.trim()).filter(Boolean)
    : typeof v === "string" && v.trim()
      ? v
          .split(",")
          .map((x) => x.trim())
          .filter(Boolean)
      : [];
const checked = (v: FormValue): boolean =>
  v === true || v === "true" || v === "on" || (Array.isArray(v) && v.includes("true"));

export type FormResult =
  | { ok: true; draft: Draft; acknowledged: boolean }
  | { ok: false; errors: Record<string, string> };

/** Reads a submission; every problem becomes a German error on its field. */
export function readForm(values: Record<string, FormValue>, known: Known): FormResult {
  const e = t.formError;
  const errors: Record<string, string> = {};
  const d: Draft = { partnerIds: [], newPartners: [], goals: [], targetGroups: [], notes: "" };

  const date = str(values.date);
  const day = date ? parseDate(date, known.today) : undefined;
  if (!day) errors.date = date ? e.date : e.required;
  else if (day > known.today) errors.date = e.dateFuture;
  else d.occurredOn = day;

  const minutes = parseDuration(str(values.duration));
  if (minutes === undefined || !isPlausibleDuration(minutes)) errors.duration = e.duration;
  else d.minutes = minutes;

  const title = str(values.title);
  if (!title || title.length > 200) errors.title = title ? e.title : e.required;
  else d.title = title;

  const districtId = Number(str(values.district));
  if (!known.districts.some((x) => x.id === districtId)) errors.district = e.district;
  else d.districtId = districtId;

  const level = str(values.level) || "case_independent";
  if (!(LEVELS as readonly string[]).includes(level)) errors.level = e.choice;
  else d.level = level as Draft["level"];

  const caseRef = str(values.caseRef);
  if (caseRef) {
    if (!CASE_REF.test(caseRef)) errors.caseRef = e.caseRef;
    else if (d.level !== "case_specific") errors.caseRef = e.caseRefNotCaseSpecific;
    else d.caseRef = caseRef;
  }

  const focus = str(values.focus);
  if (!(FOCUSES as readonly string[]).includes(focus)) errors.focus = focus ? e.choice : e.required;
  else d.focus = focus as Draft["focus"];

  const role = str(values.role) || "contributed";
  if (!(ACTIVITY_ROLES as readonly string[]).includes(role)) errors.role = e.choice;
  else d.role = role as Draft["role"];

  readPeriod(values, d, errors, known.today);

  for (const raw of list(values.partners)) {
    const id = Number(raw);
    // The form offers an archived partner only to an entry that already names it: keeping it is allowed.
    const owned = [...known.partners, ...known.archivedPartners].some((p) => p.id === id);
    if (!owned) errors.partners = e.partner;
    else if (!d.partnerIds.includes(id)) d.partnerIds.push(id);
  }
  const type = str(values.newPartnerType) || "other";
  const partnerType: PartnerType = (PARTNER_TYPES as readonly string[]).includes(type)
    ? (type as PartnerType)
    : "other";
  const newNames = str(values.newPartners)
    .split(/\r?\n|;/)
    .map((x) => x.trim())
    .filter(Boolean);
  if (newNames.some((n) => n.length < 2 || n.length > 100) || newNames.length > 20)
    errors.newPartners = e.newPartner;
  else d.newPartners = newNames.map((name) => ({ name, type: partnerType }));

  for (const g of list(values.goals)) {
    if (!(GOALS as readonly string[]).includes(g)) errors.goals = e.choice;
    else if (!d.goals.includes(g as Draft["goals"][number])) d.goals.push(g as Draft["goals"][number]);
  }

  const groups = list(values.targetGroups);
  if (groups.length > 10 || groups.some((g) => g.length > 60)) errors.targetGroups = e.targetGroups;
  else d.targetGroups = groups;

  const participants = str(values.participants);
  if (participants) {
    const n = Number(participants);
    if (!/^\d{1,5}$/.test(participants) || n > 10_000) errors.participants = e.participants;
    else d.participants = n;
  }

  const notes = typeof values.notes === "string" ? values.notes.trim() : "";
  if (notes.length > 2000) errors.notes = e.notes;
  else d.notes = notes;

  const acknowledged = checked(values.privacyOk);
  const guard = guardDraft(d, parts(known.today).year, known.colleagues);
  if (guard.any && !(guard.weakOnly && acknowledged)) {
    const inputOf: Record<TextField, string> = {
      title: "title",
      notes: "notes",
      targetGroups: "targetGroups",
      newPartners: "newPartners",
      caseRef: "caseRef",
    };
    for (const [field, hits] of Object.entries(guard.byField) as [
      TextField,
      NonNullable<(typeof guard.byField)[TextField]>,
    ][]) {
      errors[inputOf[field]] = guard.weakOnly
        ? t.privacy.fieldErrorWeak(kindsOf(hits))
        : t.privacy.fieldError(kindsOf(hits));
    }
  }

  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, draft: d, acknowledged };
}

function readPeriod(
  values: Record<string, FormValue>,
  d: Draft,
  errors: Record<string, string>,
  today: string,
): void {
  const e = t.formError;
  const rawStart = str(values.periodStart);
  const rawEnd = str(values.periodEnd);
  const start = rawStart ? parseDate(rawStart, today, "current") : undefined;
  const end = rawEnd ? parseDate(rawEnd, today, "current") : undefined;
  if (rawStart && !start) errors.periodStart = e.date;
  if (rawEnd && !end) errors.periodEnd = e.date;
  if (d.role === "responsible") {
    if (!rawStart) errors.periodStart = e.periodRequired;
    if (!rawEnd) errors.periodEnd = e.periodRequired;
    if (start && end) {
      if (end < start) errors.periodEnd = e.periodOrder;
      else {
        d.periodStart = start;
        d.periodEnd = end;
      }
    }
  } else if (rawStart || rawEnd) {
    errors.periodStart = e.periodOnlyResponsible;
  }
}
