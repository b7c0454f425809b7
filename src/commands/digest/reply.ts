// The neutral reply for one district's digest: compact German text, fields, lists, the chart and buttons to act.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { de } from "date-fns/locale";
import { type Button, button, type Element, message, type Reply, text } from "../../conversation/reply.js";
import { FOCUSES, LEVELS } from "../../store/index.js";
import { doneButton } from "../gremium/tasks.js";
import { ATTENDANCE } from "../gremium/view.js";
import { germanDayAt } from "../messages/format.js";
import { bericht, labels, protokoll, digest as t, teilnahme } from "../messages/index.js";
import { budgetLine } from "./budget.js";
import { type DigestData, isQuiet } from "./build.js";
import { renderChart } from "./chart.js";
import { loopElements } from "./loop-view.js";
import type { UpcomingMeeting } from "./meetings.js";
import { germanDay } from "./week.js";

/** At most this many lines per list, then "… und n weitere", so it stays readable on a phone. */
export const LIST_LIMIT = 5;

type Item = { title: string; detail?: string; actions?: Button[] };

const capped = <T>(items: T[], line: (item: T) => Item): Item[] => [
  ...items.slice(0, LIST_LIMIT).map(line),
  ...(items.length > LIST_LIMIT ? [{ title: t.more(items.length - LIST_LIMIT) }] : []),
];

const when = (at: Date, tz: string) =>
  format(new TZDate(at.getTime(), tz), "EEEEEE dd.MM., HH:mm 'Uhr'", { locale: de });

/** Who goes, who is expected (the usual attendees), or the warning that nobody goes. */
const meetingDetail = (m: UpcomingMeeting) =>
  [
    ...(m.going.length ? [t.going(m.going.join(", "))] : []),
    ...(m.expected.length ? [teilnahme.expected(m.expected.join(", "))] : []),
  ].join(" · ") || t.nobodyYet;

/** The committee family's attendance button for overviews: it confirms privately and leaves the digest whole. */
const goingButton = (m: UpcomingMeeting) =>
  button(
    t.goingButton,
    ATTENDANCE.goingFromOverview,
    `${m.committeeId}|${m.occurrenceAt.toISOString()}`,
    "primary",
  );

export function digestElements(d: DigestData, options: { chart?: boolean } = {}): Element[] {
  const range = `${germanDay(d.week.start, false)}–${germanDay(d.week.end)}`;
  if (isQuiet(d)) return [text(t.nothing(d.district.name, d.week.week))];
  const { current, baseline } = d.figures;
  const elements: Element[] = [
    text(t.title(d.district.name, d.week.week, range), "heading"),
    // While per-person figures are on, every digest says so first (works-council agreement).
    ...(d.perPerson
      ? [
          text(
            t.perPersonBanner(d.perPersonSince ? germanDayAt(d.perPersonSince, d.timezone) : undefined),
            "warning",
          ),
        ]
      : []),
    {
      type: "fields",
      fields: [
        // The preview also shows the week in progress, so work logged today is visible at once.
        ...(d.soFar
          ? [
              {
                label: t.thisWeek(`${germanDay(d.soFar.start, false)}–${germanDay(d.soFar.today, false)}`),
                value: t.weekValue(d.soFar.figure.count, d.soFar.figure.minutes),
              },
            ]
          : []),
        {
          label: d.soFar ? t.lastWeek(d.week.week, range) : t.totals,
          value: t.totalsValue(current.count, current.minutes, baseline.count, baseline.minutes),
        },
        ...(d.budget ? [{ label: bericht.budgetLabel, value: budgetLine(d.budget) }] : []),
      ],
    },
    text(t.byFocus, "muted"),
    {
      type: "fields",
      fields: FOCUSES.map((f) => ({
        label: labels.focus[f],
        value: t.figureValue(
          current.byFocus[f].count,
          current.byFocus[f].minutes,
          baseline.byFocus[f].minutes,
        ),
      })),
    },
    text(t.byLevel, "muted"),
    {
      type: "fields",
      fields: LEVELS.map((l) => ({
        label: labels.level[l],
        value: t.figureValue(
          current.byLevel[l].count,
          current.byLevel[l].minutes,
          baseline.byLevel[l].minutes,
        ),
      })),
    },
  ];
  if (options.chart !== false) {
    elements.push({ type: "image", alt: t.chartAlt(d.district.name), png: renderChart(d.figures.history) });
  }

  const h = d.highlights;
  const highlightItems = [
    ...h.largest.map((a) => ({ title: t.largest(a.title, a.minutes, labels.focus[a.focus]) })),
    ...capped(h.newPartners, (p) => ({ title: t.newPartner(p.name, labels.partnerType[p.type]) })),
    ...h.agreed.map((c) => ({ title: t.agreed(c.partner) })),
    ...h.reviewDue.map((c) => ({ title: t.reviewDue(c.partner, germanDay(c.reviewOn)) })),
  ];
  if (highlightItems.length)
    elements.push(text(t.highlights, "heading"), { type: "list", items: highlightItems });

  if (d.meetings.length) {
    elements.push(text(t.meetingsTitle, "heading"), {
      type: "list",
      items: capped(d.meetings, (m) => ({
        title: t.meetingLine(
          m.committee,
          `${when(m.startsAt, d.timezone)}${m.status === "moved" ? ` (${t.moved})` : ""}`,
        ),
        detail: meetingDetail(m),
        ...(m.going.length || m.expected.length ? {} : { actions: [goingButton(m)] }),
      })),
    });
  }

  if (d.tasks.length) {
    elements.push(text(protokoll.digestTitle, "heading"), {
      type: "list",
      items: capped(d.tasks, (task) => ({
        title: protokoll.digestLine(task.what, task.owner, germanDay(task.dueOn)),
        detail: task.committee,
        actions: [doneButton(task.id)],
      })),
    });
  }

  const b = d.blindSpots;
  const blindItems = [
    ...b.focuses.map((f) => ({ title: t.focusIdle(labels.focus[f.focus], f.last && germanDay(f.last)) })),
    ...capped(b.partners, (p) => ({ title: t.partnerIdle(p.name, p.last && germanDay(p.last)) })),
    ...capped(b.overdueReviews, (c) => ({ title: t.reviewOverdue(c.partner, germanDay(c.reviewOn)) })),
  ];
  if (blindItems.length) elements.push(text(t.blindSpots, "heading"), { type: "list", items: blindItems });
  elements.push(...loopElements(d.loop));

  if (d.perPerson?.length) {
    elements.push(text(t.perPersonTitle, "muted"), {
      type: "list",
      items: d.perPerson.map((p) => ({ title: t.perPersonLine(p.name, p.count, p.minutes) })),
    });
  }
  elements.push(text(t.actHint, "muted"));
  return elements;
}

export function digestReply(
  d: DigestData,
  visibility: "private" | "public",
  options: { chart?: boolean } = {},
): Reply {
  return message(digestElements(d, options), visibility);
}
