import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import { delivererOf } from "../../scheduler/route.js";
import type { JobHandler } from "../../scheduler/worker.js";
import type { Member, Tenant } from "../../store/index.js";
import { type Ctx, isAdmin } from "../context.js";
import { germanDayAt } from "../messages/format.js";
import { common, datenschutz, digest as t } from "../messages/index.js";

export const APPROVAL_DAYS = 7;
const DAY_MS = 86_400_000;
export const PER_PERSON_LAPSE_JOB = "per_person.lapse";
export const PER_PERSON_NOTICE_JOB = "per_person.notice";

const mayApprove = (m: Member) => m.role === "betriebsrat" || m.role === "admin";
const openSince = (now: Date) => new Date(now.getTime() - APPROVAL_DAYS * DAY_MS);
const deadline = (requestedAt: Date) => new Date(requestedAt.getTime() + APPROVAL_DAYS * DAY_MS);

/** The open request, if one is younger than the approval window. */
function openRequest(tenant: Tenant, now: Date) {
  const { perPersonRequestedAt: at, perPersonRequestedBy: by } = tenant;
  if (!at || by === null || at < openSince(now)) return undefined;
  return { at, by };
}

async function nameOf(ctx: Ctx, memberId: number): Promise<string> {
  const m = await ctx.store.findMember(memberId);
  return (m && (m.displayName || m.platformUserId)) || datenschutz.unknownPerson;
}

async function state(ctx: Ctx): Promise<Reply> {
  const tenant = await ctx.store.tenant();
  const now = ctx.clock.now();
  const since = tenant.perPersonSince ? germanDayAt(tenant.perPersonSince, ctx.timezone) : undefined;
  const open = openRequest(tenant, now);
  return message([
    text(t.perPersonState(tenant.perPersonFigures, since)),
    ...(open
      ? [text(t.perPersonPending(await nameOf(ctx, open.by), germanDayAt(deadline(open.at), ctx.timezone)))]
      : []),
    text(t.perPersonUsage, "muted"),
  ]);
}

async function request(ctx: Ctx): Promise<Reply> {
  if (!isAdmin(ctx)) return errorReply(common.adminsOnly);
  const now = ctx.clock.now();
  const tenant = await ctx.store.tenant();
  if (tenant.perPersonFigures) return errorReply(t.perPersonAlreadyOn);
  const open = openRequest(tenant, now);
  if (open)
    return errorReply(
      t.perPersonAlreadyRequested(await nameOf(ctx, open.by), germanDayAt(deadline(open.at), ctx.timezone)),
    );
  if (!(await ctx.store.requestPerPersonFigures(ctx.caller.id, now, openSince(now))))
    return errorReply(t.perPersonAlreadyOn);
  await ctx.store.audit("per_person.requested", ctx.caller.id, "tenant", {}, now);
  await ctx.store.scheduleJob(PER_PERSON_LAPSE_JOB, `per-person-lapse:${now.toISOString()}`, deadline(now), {
    requestedAt: now.toISOString(),
  });
  const approvers = (await ctx.store.listMembers()).filter((m) => mayApprove(m) && m.id !== ctx.caller.id);
  return message([
    text(t.perPersonRequested(germanDayAt(deadline(now), ctx.timezone))),
    ...(approvers.length === 0 ? [text(t.perPersonNoApprover, "warning")] : []),
  ]);
}

async function approve(ctx: Ctx): Promise<Reply> {
  if (!mayApprove(ctx.caller)) return errorReply(t.perPersonApproverOnly);
  const now = ctx.clock.now();
  const tenant = await ctx.store.tenant();
  if (tenant.perPersonFigures) return errorReply(t.perPersonAlreadyOn);
  const open = openRequest(tenant, now);
  if (!open) return errorReply(t.perPersonNothingToApprove);
  if (open.by === ctx.caller.id) return errorReply(t.perPersonOwnRequest);
  if (!(await ctx.store.approvePerPersonFigures(ctx.caller.id, now, openSince(now))))
    return errorReply(t.perPersonNothingToApprove);
  await ctx.store.audit(
    "per_person.on",
    ctx.caller.id,
    "tenant",
    { requestedBy: open.by, approvedBy: ctx.caller.id, approverRole: ctx.caller.role },
    now,
  );
  await notifyTeam(ctx, true, now);
  return message([text(t.perPersonOn)]);
}

async function reject(ctx: Ctx): Promise<Reply> {
  if (!mayApprove(ctx.caller)) return errorReply(t.perPersonApproverOnly);
  const now = ctx.clock.now();
  const open = openRequest(await ctx.store.tenant(), now);
  if (!open || !(await ctx.store.dropPerPersonRequest(open.at)))
    return errorReply(t.perPersonNothingToApprove);
  await ctx.store.audit("per_person.rejected", ctx.caller.id, "tenant", { requestedBy: open.by }, now);
  return message([text(t.perPersonRejected)]);
}

async function switchOff(ctx: Ctx): Promise<Reply> {
  if (!mayApprove(ctx.caller)) return errorReply(t.perPersonOffOnly);
  const now = ctx.clock.now();
  if (!(await ctx.store.switchOffPerPersonFigures())) {
    // "aus" while a request is open withdraws it.
    if (await ctx.store.dropPerPersonRequest()) {
      await ctx.store.audit("per_person.withdrawn", ctx.caller.id, "tenant", {}, now);
      return message([text(t.perPersonWithdrawn)]);
    }
    return message([text(t.perPersonWasOff)]);
  }
  await ctx.store.audit("per_person.off", ctx.caller.id, "tenant", {}, now);
  await notifyTeam(ctx, false, now);
  return message([text(t.perPersonOff)]);
}

/** The team hears of it in every channel the assistant posts to (digest channels and district channels). */
async function notifyTeam(ctx: Ctx, on: boolean, now: Date): Promise<void> {
  const key = `per-person-notice:${on ? "on" : "off"}:${now.toISOString()}`;
  await ctx.store.scheduleJob(PER_PERSON_NOTICE_JOB, key, now, {
    on,
    since: now.toISOString(),
  });
}

const noticeJob: JobHandler = async (job, { tenant: store, delivery }) => {
  const tenant = await store.tenant();
  const channels = new Set<string>();
  for (const s of await store.listDigestSubscriptions()) channels.add(s.channelId);
  for (const d of await store.listDistricts()) if (d.channelId) channels.add(d.channelId);
  if (channels.size === 0) return { outcome: "dropped:no_channel" };
  const since = germanDayAt(new Date(String(job.payload.since)), tenant.timezone);
  const notice = message(
    [text(job.payload.on ? t.perPersonNoticeOn(since) : t.perPersonNoticeOff)],
    "public",
  );
  const deliverer = await delivererOf(store, delivery);
  for (const channelId of channels)
    await deliverer.deliver(
      { tenantId: tenant.id, channelId, idempotencyKey: `${job.idempotencyKey}:${channelId}` },
      notice,
    );
  return { outcome: "sent", details: { channels: channels.size } };
};

const lapseJob: JobHandler = async (job, { tenant: store, clock }) => {
  const requestedAt = new Date(String(job.payload.requestedAt));
  const tenant = await store.tenant();
  const by = tenant.perPersonRequestedBy;
  if (!(await store.dropPerPersonRequest(requestedAt))) return { outcome: "dropped:decided" };
  await store.audit("per_person.lapsed", null, "tenant", { requestedBy: by }, clock.now());
  return { outcome: "lapsed" };
};

export const perPersonJobHandlers: Record<string, JobHandler> = {
  [PER_PERSON_LAPSE_JOB]: lapseJob,
  [PER_PERSON_NOTICE_JOB]: noticeJob,
};

/** Whether the tenant currently shows per-person figures, and since when, for the digest's banner. */
export const perPersonBanner = (tenant: Pick<Tenant, "perPersonFigures" | "perPersonSince" | "timezone">) =>
  tenant.perPersonFigures
    ? t.perPersonBanner(
        tenant.perPersonSince ? germanDayAt(tenant.perPersonSince, tenant.timezone) : undefined,
      )
    : undefined;

export async function handlePersonenzahlen(rest: string, ctx: Ctx): Promise<Reply> {
  switch (rest.trim().toLowerCase()) {
    case "":
      return state(ctx);
    case "an":
    case "beantragen":
      return request(ctx);
    case "zustimmen":
    case "freigeben":
      return approve(ctx);
    case "ablehnen":
      return reject(ctx);
    case "aus":
      return switchOff(ctx);
    default:
      return errorReply(t.perPersonUsage);
  }
}
