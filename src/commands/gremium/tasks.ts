// Tasks from the minutes: the owner's reminder on the due date, the „Erledigt“ button, the digest's open list.
import { type Button, button, errorReply, message, type Reply, text } from "../../conversation/reply.js";
import { delivererOf } from "../../scheduler/route.js";
import type { JobHandler } from "../../scheduler/worker.js";
import type { Committee, MeetingTask } from "../../store/index.js";
import type { Ctx } from "../context.js";
import { germanDay } from "../messages/format.js";
import { protokoll } from "../messages/index.js";
import { shared } from "./minutes-guard.js";

export const TASK_DONE = "gremium:task_done";

export const doneButton = (taskId: number): Button =>
  button(protokoll.doneButton, TASK_DONE, String(taskId), "primary");

export const sendTaskReminder: JobHandler = async (job, { tenant, delivery }) => {
  const taskId = Number(job.payload.taskId);
  const task = Number.isInteger(taskId) ? await tenant.findTask(taskId) : undefined;
  if (!task) return { outcome: "dropped:gone" };
  if (task.doneAt) return { outcome: "dropped:done" };
  const committee = await tenant.findCommittee(task.committeeId);
  if (!committee) return { outcome: "dropped:gone" };
  const deliverer = await delivererOf(tenant, delivery);
  const sent = await deliverer.deliver(
    { tenantId: job.tenantId, memberId: task.ownerId, idempotencyKey: job.idempotencyKey },
    message([
      text(protokoll.taskReminder(task.what, committee.name, germanDay(task.dueOn))),
      { type: "actions", buttons: [doneButton(task.id)] },
    ]),
  );
  return { outcome: "sent", details: { messageRef: sent.messageRef } };
};

export async function completeTask(value: string | undefined, ctx: Ctx): Promise<Reply> {
  const id = Number(value);
  const task = Number.isInteger(id) && id > 0 ? await ctx.store.findTask(id) : undefined;
  if (!task) return errorReply(protokoll.taskGone);
  if (!(await ctx.store.completeTask(task.id, ctx.clock.now()))) return errorReply(protokoll.alreadyDone);
  return message([text(protokoll.done(task.what))]);
}

export interface OpenTask {
  id: number;
  what: string;
  owner: string;
  dueOn: string;
  committee: string;
}

/**
 * Open tasks of a district's committees, for the digest: they stay until someone marks them done. From what
 * the digest read: the tasks, the committees and the members' names.
 */
export function openTasksFrom(
  tasks: (MeetingTask & { committeeId: number })[],
  committees: Pick<Committee, "id" | "name">[],
  memberNames: ReadonlyMap<number, string>,
): OpenTask[] {
  const colleagues = [...memberNames.values()];
  return tasks.map((t) => ({
    id: t.id,
    // The digest is shared with the channel: confirmed weak hits stay hidden there. The team's names are the
    // digest's own read of its members, so a colleague named in a task is not taken for a client.
    what: shared(t.what, colleagues),
    owner: memberNames.get(t.ownerId) || "?",
    dueOn: t.dueOn,
    committee: committees.find((c) => c.id === t.committeeId)?.name ?? "?",
  }));
}
