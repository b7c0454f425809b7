// The narrative per focus as plain lines: the largest threads of work, committees under networks, cooperations under cooperation.
import { FOCUSES, type Focus } from "../../store/index.js";
import { bericht as b, labels } from "../messages/index.js";
import { dayValue, hoursValue } from "./report-format.js";
import type { ReportSet } from "./report-set.js";

export interface NarrativeItem {
  title: string;
  detail: string;
  partners?: string;
}

export interface NarrativeFocus {
  focus: Focus;
  title: string;
  threads: NarrativeItem[];
  /** Only under the focus they belong to: committees are networks, cooperations are cooperation. */
  committees?: NarrativeItem[];
  cooperations?: NarrativeItem[];
}

export function narrative(r: ReportSet): NarrativeFocus[] {
  // The widest section holds the scope's committees and cooperations: the total, or the one district.
  const scope = r.sections[0]?.data;
  const several = (scope?.districts.length ?? 0) > 1;
  return FOCUSES.map((focus) => {
    const n: NarrativeFocus = {
      focus,
      title: labels.focus[focus],
      threads: r.threads
        .filter((t) => t.focus === focus)
        .map((t) => ({
          title: t.title,
          detail: b.thread(
            labels.role[t.role],
            t.count,
            hoursValue(t.minutes),
            dayValue(t.first),
            dayValue(t.last),
          ),
          ...(t.partners.length ? { partners: b.withPartners(t.partners.join(", ")) } : {}),
        })),
    };
    if (focus === "networks") {
      n.committees = (scope?.committees ?? []).map((c) => ({
        title: c.name,
        detail: b.committee(
          labels.committeeType[c.type],
          labels.committeePart[c.part],
          c.meetings,
          c.attended,
          several ? c.district : "",
        ),
      }));
    }
    if (focus === "cooperation") {
      n.cooperations = (scope?.cooperations ?? []).map((c) => ({
        title: c.partner,
        detail: b.cooperation(
          labels.cooperationStatus[c.status],
          dayValue(c.startsOn),
          dayValue(c.endsOn),
          several ? c.district : "",
        ),
      }));
    }
    return n;
  });
}
