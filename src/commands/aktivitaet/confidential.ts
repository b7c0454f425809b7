// Text its author saved despite a weak privacy hint is theirs alone: everyone else sees a placeholder.
import type { Activity } from "../../store/index.js";
import { common } from "../messages/index.js";

type Texts = Pick<Activity, "authorId" | "confidential" | "title" | "notes" | "targetGroups">;

/**
 * The activity as `viewerId` may see it; without a viewer (a channel, a digest, an export) nobody is
 * the author, so confidential text is always hidden there.
 */
export function asSeenBy<T extends Texts>(activity: T, viewerId?: number): T {
  if (!activity.confidential || activity.authorId === viewerId) return activity;
  return { ...activity, title: common.hiddenText, notes: "", targetGroups: [] };
}
