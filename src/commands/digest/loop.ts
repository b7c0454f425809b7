// The guideline's loop in one period: needs raised, seen again and answered, and the offers with their
// sessions — „Verknüpfung der Ebenen“ (seed §1) made visible in the digest and the report.
import type { Need, NeedStatus, Offer, OfferSessions, TenantStore } from "../../store/index.js";

export interface LoopWindow {
  /** Inclusive local days (yyyy-MM-dd). */
  start: string;
  end: string;
  /** The same period as instants: [from, to). */
  from: Date;
  to: Date;
}

export interface LoopNeed {
  id: number;
  description: string;
  seen: number;
  status: NeedStatus;
}

export interface LoopOffer {
  id: number;
  title: string;
  sessions: number;
  participants: number;
  regulars: number | null;
  /** The need this offer answers, when there is one. */
  need?: LoopNeed;
}

export interface LoopSummary {
  opened: LoopNeed[];
  /** Needs others added theirs to in the period, with how many did. */
  seenAgain: (LoopNeed & { added: number })[];
  /** Needs that got an offer or were marked „erledigt“ in the period. */
  answered: LoopNeed[];
  /** Offers with at least one logged session in the period. */
  offers: LoopOffer[];
}

const within = (at: Date | null, w: LoopWindow) => at !== null && at >= w.from && at < w.to;

export async function loadLoop(
  store: TenantStore,
  districtId: number | undefined,
  w: LoopWindow,
): Promise<LoopSummary> {
  const filter = districtId === undefined ? {} : { districtId };
  const [needs, sightings, offers, sessions] = await Promise.all([
    store.listNeeds(filter),
    store.sightingsBetween(w.from, w.to, districtId),
    store.listOffers({ ...filter, includeEnded: true }),
    store.offerSessions(w.start, w.end, districtId),
  ]);
  return loopFrom(needs, sightings, offers, sessions, w);
}

/**
 * The loop from what was read: the needs (most often seen first), their sightings in the period, the offers
 * (ended ones too) and their sessions in the period.
 */
export function loopFrom(
  needs: Pick<Need, "id" | "description" | "seen" | "status" | "createdAt" | "doneAt">[],
  sightings: { needId: number }[],
  offers: Pick<Offer, "id" | "title" | "needId" | "createdAt" | "regulars">[],
  sessions: OfferSessions[],
  w: LoopWindow,
): LoopSummary {
  const view = (n: (typeof needs)[number]): LoopNeed => ({
    id: n.id,
    description: n.description,
    seen: n.seen,
    status: n.status,
  });
  const byId = new Map(needs.map((n) => [n.id, n]));
  const added = new Map<number, number>();
  for (const s of sightings) added.set(s.needId, (added.get(s.needId) ?? 0) + 1);
  const opened = needs.filter((n) => within(n.createdAt, w));
  const seenAgain = needs
    .map((n) => ({ ...view(n), added: (added.get(n.id) ?? 0) - (within(n.createdAt, w) ? 1 : 0) }))
    .filter((n) => n.added > 0);
  const answeredIds = new Set([
    ...offers.filter((o) => o.needId !== null && within(o.createdAt, w)).map((o) => o.needId as number),
    ...needs.filter((n) => n.status === "done" && within(n.doneAt, w)).map((n) => n.id),
  ]);
  const count = new Map(sessions.map((s) => [s.offerId, s]));
  const withSessions = offers
    .filter((o) => (count.get(o.id)?.sessions ?? 0) > 0)
    .map((o) => {
      const need = o.needId === null ? undefined : byId.get(o.needId);
      return {
        id: o.id,
        title: o.title,
        sessions: count.get(o.id)?.sessions ?? 0,
        participants: count.get(o.id)?.participants ?? 0,
        regulars: o.regulars,
        ...(need ? { need: view(need) } : {}),
      };
    });
  return {
    opened: opened.map(view),
    seenAgain,
    answered: [...answeredIds].flatMap((id) => {
      const n = byId.get(id);
      return n ? [view(n)] : [];
    }),
    offers: withSessions,
  };
}

export const isLoopEmpty = (l: LoopSummary) =>
  l.opened.length + l.seenAgain.length + l.answered.length + l.offers.length === 0;
