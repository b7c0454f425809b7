// Recurring group offers (Angebote) and their partners: the one writer of offers. Their sessions are
// activities (activityRepository records them, with `offerId` and a per-session entry key).
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import {
  type ActivityRole,
  activities,
  type Focus,
  offerPartners,
  offers,
  partners,
} from "../schema/index.js";

export type OfferRow = typeof offers.$inferSelect;
export interface Offer extends OfferRow {
  partners: { id: number; name: string }[];
}

export interface OfferInput {
  districtId: number;
  title: string;
  recurrence: string;
  firstStartsAt: Date;
  durationMinutes: number;
  timezone: string;
  skipSchoolHolidays: boolean;
  skipPublicHolidays: boolean;
  focus: Focus;
  targetGroup: string;
  role: ActivityRole;
  responsibleFrom: string | null;
  responsibleTo: string | null;
  needId: number | null;
  createdBy: number;
  partnerIds: number[];
}

/** Sessions of one offer in a period: how many took place and how many came. */
export interface OfferSessions {
  offerId: number;
  sessions: number;
  participants: number;
}

export function offerRepository(db: Db, tenantId: number) {
  const scope = eq(offers.tenantId, tenantId);

  async function withPartners(rows: OfferRow[]): Promise<Offer[]> {
    if (rows.length === 0) return [];
    const links = await db
      .select({ offerId: offerPartners.offerId, id: partners.id, name: partners.name })
      .from(offerPartners)
      .innerJoin(partners, eq(partners.id, offerPartners.partnerId))
      .where(
        and(
          eq(offerPartners.tenantId, tenantId),
          inArray(
            offerPartners.offerId,
            rows.map((r) => r.id),
          ),
        ),
      )
      .orderBy(asc(partners.name));
    return rows.map((r) => ({
      ...r,
      partners: links.filter((l) => l.offerId === r.id).map(({ id, name }) => ({ id, name })),
    }));
  }

  return {
    /** The offer and its partner links whole, or nothing; partner ids of another tenant are refused. */
    async createOffer(input: OfferInput): Promise<Offer> {
      const { partnerIds, ...values } = input;
      return db
        .transaction(async (tx) => {
          const [row] = await tx
            .insert(offers)
            .values({ tenantId, ...values })
            .returning();
          if (!row) throw new Error("insert returned nothing");
          const ids = [...new Set(partnerIds)];
          if (ids.length > 0) {
            const owned = await tx
              .select({ id: partners.id })
              .from(partners)
              .where(and(eq(partners.tenantId, tenantId), inArray(partners.id, ids)));
            if (owned.length !== ids.length) throw new Error("unknown partner for this tenant");
            await tx
              .insert(offerPartners)
              .values(ids.map((partnerId) => ({ tenantId, offerId: row.id, partnerId })));
          }
          return row;
        })
        .then(async (row) => (await withPartners([row]))[0] as Offer);
    },

    async findOffer(id: number): Promise<Offer | undefined> {
      const rows = await db
        .select()
        .from(offers)
        .where(and(scope, eq(offers.id, id)));
      return (await withPartners(rows))[0];
    },

    /** Running offers (not ended), of one district or all. */
    async listOffers(filter: { districtId?: number; includeEnded?: boolean } = {}): Promise<Offer[]> {
      const rows = await db
        .select()
        .from(offers)
        .where(
          and(
            scope,
            filter.includeEnded ? undefined : isNull(offers.endedAt),
            filter.districtId === undefined ? undefined : eq(offers.districtId, filter.districtId),
          ),
        )
        .orderBy(asc(offers.title));
      return withPartners(rows);
    },

    /** Offers that answer a need. */
    async offersForNeed(needId: number): Promise<Offer[]> {
      const rows = await db
        .select()
        .from(offers)
        .where(and(scope, eq(offers.needId, needId)))
        .orderBy(asc(offers.id));
      return withPartners(rows);
    },

    async endOffer(id: number, at: Date, lastDay: string): Promise<Offer | undefined> {
      const [row] = await db
        .update(offers)
        .set({
          endedAt: at,
          responsibleTo: sql`case when ${offers.responsibleFrom} is not null then coalesce(${offers.responsibleTo}, ${lastDay}::date) else ${offers.responsibleTo} end`,
        })
        .where(and(scope, eq(offers.id, id), isNull(offers.endedAt)))
        .returning();
      return row ? (await withPartners([row]))[0] : undefined;
    },

    /** How many come regularly: a number only. */
    async setOfferRegulars(id: number, regulars: number | null): Promise<boolean> {
      const rows = await db
        .update(offers)
        .set({ regulars })
        .where(and(scope, eq(offers.id, id)))
        .returning({ id: offers.id });
      return rows.length > 0;
    },

    /** Logged sessions per offer between two days (inclusive), from live activities only. */
    async offerSessions(from: string, to: string, districtId?: number): Promise<OfferSessions[]> {
      const rows = await db
        .select({
          offerId: activities.offerId,
          sessions: sql<number>`count(*)::int`,
          participants: sql<number>`coalesce(sum(${activities.participants}), 0)::int`,
        })
        .from(activities)
        .where(
          and(
            eq(activities.tenantId, tenantId),
            isNull(activities.deletedAt),
            sql`${activities.offerId} is not null`,
            sql`${activities.occurredOn} between ${from} and ${to}`,
            districtId === undefined ? undefined : eq(activities.districtId, districtId),
          ),
        )
        .groupBy(activities.offerId);
      return rows.map((r) => ({
        offerId: Number(r.offerId),
        sessions: r.sessions,
        participants: r.participants,
      }));
    },
  };
}
