// The start page (Slack App Home): the caller's last activities, next meetings, open checklists, common actions.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { de } from "date-fns/locale";
import { commandButton, type Element, message, text } from "../../conversation/reply.js";
import { meetingsBetween } from "../../scheduler/meetings.js";
import type { Ctx } from "../context.js";
import { DAY_MS, germanDay } from "../days.js";
import { common, labels, home as t } from "../messages/index.js";

const SHOWN = 5;
const MEETING_DAYS = 30;

async function homeElements(ctx: Ctx): Promise<Element[]> {
  const { store } = ctx;
  const [recent, committees, drafts, running, partners] = await Promise.all([
    store.listActivities({ authorId: ctx.caller.id }, { limit: SHOWN, offset: 0 }),
    store.listCommittees(),
    store.listCooperations({ status: "draft" }),
    store.listCooperations({ status: "in_progress" }),
    store.listPartners(),
  ]);
  const now = ctx.clock.now();
  const meetings = (
    await meetingsBetween(
      store,
      committees,
      now,
      new Date(now.getTime() + MEETING_DAYS * DAY_MS),
      ctx.tenant.federalState,
    )
  )
    .filter((m) => m.status !== "cancelled")
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .slice(0, SHOWN);
  const partnerName = new Map(partners.map((p) => [p.id, p.name]));
  const open = [...running, ...drafts];
  const elements: Element[] = [
    text(t.title, "heading"),
    text(t.intro, "muted"),
    {
      type: "actions",
      buttons: [
        commandButton(t.logActivity, "aktivitaet", "primary"),
        commandButton(t.committeesButton, "gremium"),
        commandButton(t.cooperationButton, "kooperation"),
        commandButton(t.help, "hilfe"),
      ],
    },
    { type: "divider" },
    text(t.activities, "heading"),
  ];
  if (recent.length === 0) elements.push(text(t.noActivities, "muted"));
  else {
    elements.push({
      type: "list",
      items: recent.map((a) => ({
        title: a.title,
        detail: `${t.activityDetail(germanDay(a.occurredOn), common.hours(a.minutes))} · ${labels.focus[a.focus]}`,
      })),
    });
  }
  elements.push({ type: "divider" }, text(t.meetings, "heading"));
  if (meetings.length === 0) elements.push(text(t.noMeetings, "muted"));
  else {
    elements.push({
      type: "list",
      items: meetings.map((m) => ({
        title: m.committee.name,
        detail: t.meetingDetail(
          format(new TZDate(m.startsAt, ctx.timezone), "EEE dd.MM.yyyy, HH:mm", { locale: de }),
          labels.committeeType[m.committee.type],
          m.committee.location,
        ),
      })),
    });
  }
  elements.push({ type: "divider" }, text(t.cooperations, "heading"));
  if (open.length === 0) elements.push(text(t.noCooperations, "muted"));
  else {
    elements.push({
      type: "list",
      items: open.slice(0, SHOWN * 2).map((c) => ({
        title: partnerName.get(c.partnerId) ?? labels.partnerType.other,
        detail: t.cooperationStep(c.currentStep, labels.cooperationStatus[c.status]),
      })),
    });
  }
  return elements;
}

/** "hilfe start": the start page as a private message; the Slack adapter shows it as App Home. */
export const startPage = async (ctx: Ctx) => message(await homeElements(ctx));
