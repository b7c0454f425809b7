// App Home: the member's last activities, the next committee meetings, open cooperation checklists, common actions.
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { de } from "date-fns/locale";
import type { Ctx } from "../../commands/context.js";
import { common, labels, slack as t } from "../../commands/messages/index.js";
import { button, type Element, text } from "../../commands/reply.js";
import { meetingsBetween } from "../../scheduler/meetings.js";

const SHOWN = 5;
const MEETING_DAYS = 30;
const DAY_MS = 86_400_000;

/** Home buttons run a command family; the value is "<family> <text>". */
export const HOME_ACTION = "home:command";

function germanDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-");
  return y && m && d ? `${d}.${m}.${y}` : isoDate;
}

export async function homeElements(ctx: Ctx): Promise<Element[]> {
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
    text(t.homeTitle, "heading"),
    text(t.homeIntro, "muted"),
    {
      type: "actions",
      buttons: [
        button(t.homeLogActivity, HOME_ACTION, "aktivitaet", "primary"),
        button(t.homeCommitteesButton, HOME_ACTION, "gremium"),
        button(t.homeCooperationButton, HOME_ACTION, "kooperation"),
        button(t.homeHelp, HOME_ACTION, "hilfe"),
      ],
    },
    { type: "divider" },
    text(t.homeActivities, "heading"),
  ];
  if (recent.length === 0) elements.push(text(t.homeNoActivities, "muted"));
  else {
    elements.push({
      type: "list",
      items: recent.map((a) => ({
        title: a.title,
        detail: `${t.homeActivityDetail(germanDate(a.occurredOn), common.hours(a.minutes))} · ${labels.focus[a.focus]}`,
      })),
    });
  }
  elements.push({ type: "divider" }, text(t.homeMeetings, "heading"));
  if (meetings.length === 0) elements.push(text(t.homeNoMeetings, "muted"));
  else {
    elements.push({
      type: "list",
      items: meetings.map((m) => ({
        title: m.committee.name,
        detail: t.homeMeetingDetail(
          format(new TZDate(m.startsAt, ctx.timezone), "EEE dd.MM.yyyy, HH:mm", { locale: de }),
          labels.committeeType[m.committee.type],
          m.committee.location,
        ),
      })),
    });
  }
  elements.push({ type: "divider" }, text(t.homeCooperations, "heading"));
  if (open.length === 0) elements.push(text(t.homeNoCooperations, "muted"));
  else {
    elements.push({
      type: "list",
      items: open.slice(0, SHOWN * 2).map((c) => ({
        title: partnerName.get(c.partnerId) ?? labels.partnerType.other,
        detail: t.homeCooperationStep(c.currentStep, labels.cooperationStatus[c.status]),
      })),
    });
  }
  return elements;
}
