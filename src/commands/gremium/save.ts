// Saves the committee form: creates or updates the committee and asks the scheduler to plan its reminders.

import type { FormValue } from "../../conversation/input.js";
import { errorReply, message, type Reply, text } from "../../conversation/reply.js";
import type { Ctx } from "../context.js";
import { gremium } from "../messages/index.js";
import { privacyErrors } from "../privacy/fields.js";
import { parseCommitteeForm } from "./form-parse.js";
import { requestPlan } from "./jobs/plan.js";
import { nextMeeting } from "./lookup.js";
import { formatWhen } from "./view.js";

export async function saveCommittee(
  values: Record<string, FormValue>,
  state: string | undefined,
  ctx: Ctx,
): Promise<Reply> {
  const editId = state?.startsWith("edit:") ? Number(state.slice(5)) : undefined;
  const existing = editId ? await ctx.store.findCommittee(editId) : undefined;
  if (editId && (!existing || existing.archivedAt)) return errorReply(gremium.meetingGone);
  const parsed = parseCommitteeForm(values, existing?.timezone ?? ctx.timezone, ctx.clock.now(), existing);
  if (!parsed.ok) return { kind: "formErrors", errors: parsed.errors };
  const { input, attendees } = parsed;
  // The committee's name and place reach channels and calendars: no client data in them.
  const privacy = privacyErrors(ctx, { name: input.name, location: input.location ?? "" });
  if (Object.keys(privacy).length > 0) return { kind: "formErrors", errors: privacy };
  if (!(await ctx.store.findDistrict(input.districtId)))
    return { kind: "formErrors", errors: { districtId: gremium.errors.choice } };
  const clash = await ctx.store.findCommitteeByName(input.name);
  if (clash && clash.id !== existing?.id)
    return { kind: "formErrors", errors: { name: gremium.errors.nameTaken } };
  const members = new Set((await ctx.store.listMembers()).map((m) => m.id));
  const attendeeIds = attendees.filter((id) => members.has(id));

  let committee = existing;
  if (existing) {
    committee = await ctx.store.updateCommittee(existing.id, input);
    await ctx.store.setUsualAttendees(existing.id, attendeeIds);
  } else {
    committee = await ctx.store.createCommittee({
      ...input,
      usualAttendeeIds: attendeeIds,
      createdBy: ctx.caller.id,
    });
  }
  if (!committee) return errorReply(gremium.meetingGone);
  await requestPlan(ctx.store, committee.id, ctx.clock.now());
  await ctx.store.audit(
    existing ? "committee.update" : "committee.create",
    ctx.caller.id,
    `committee:${committee.id}`,
  );
  const next = await nextMeeting(ctx, committee);
  const when = next ? formatWhen(next.startsAt, committee.timezone) : gremium.noNext;
  const done = existing ? gremium.updated(committee.name, when) : gremium.created(committee.name, when);
  // biome-ignore lint/suspicious/noThenProperty: the neutral Reply model names this field `then`.
  return { kind: "closeForm", then: message([text(done)]) };
}
