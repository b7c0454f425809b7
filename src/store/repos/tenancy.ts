// Tenants and members: created on first contact; the first member of a tenant becomes its admin.

import { and, asc, eq, gte, inArray, isNotNull, isNull, lt, ne, notLike, or, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import { copyRow, type KeptReads } from "../kept-reads.js";
import {
  committeeMembers,
  type MemberRole,
  members,
  type Platform,
  teamsConversations,
  tenantLinks,
  tenants,
} from "../schema/index.js";
import { committeeRepository } from "./committees.js";

export type Tenant = typeof tenants.$inferSelect;
export type Member = typeof members.$inferSelect;

/** The platform id a forgotten member is given: a pseudonym, so that a return is a new member. */
const FORGOTTEN = "entfernt-";

/** Resolving a tenant from a platform id is the one lookup that precedes any tenant scope. */
export function tenantDirectory(db: Db, kept: KeptReads) {
  /**
   * One round trip on every request: the tenant a workspace/tenant id is linked to (`sozialraum verbinden`)
   * wins over the tenant of that id itself, which a link's target never is (its own id differs).
   */
  function findTenant(platform: Platform, externalId: string): Promise<Tenant | undefined> {
    return kept.keep(`tenant:${platform}:${externalId}`, () => readTenant(platform, externalId), copyRow);
  }

  async function readTenant(platform: Platform, externalId: string): Promise<Tenant | undefined> {
    const direct = and(eq(tenants.platform, platform), eq(tenants.externalId, externalId));
    const linkedIds = db
      .select({ id: tenantLinks.tenantId })
      .from(tenantLinks)
      .where(and(eq(tenantLinks.platform, platform), eq(tenantLinks.externalId, externalId)));
    const [row] = await db
      .select()
      .from(tenants)
      .where(or(inArray(tenants.id, linkedIds), direct))
      .orderBy(sql`${direct}`)
      .limit(1);
    return row;
  }

  return {
    findTenant,

    /** Runs on every request: reads first, and writes only on a workspace's first contact. */
    async ensureTenant(platform: Platform, externalId: string, name = ""): Promise<Tenant> {
      const known = await findTenant(platform, externalId);
      if (known) return known;
      const [created] = await db
        .insert(tenants)
        .values({ platform, externalId, name })
        .onConflictDoNothing()
        .returning();
      const tenant = created ?? (await findTenant(platform, externalId));
      if (!tenant) throw new Error("tenant vanished during ensureTenant");
      return tenant;
    },

    /** Ids and time zones only: for start-up housekeeping that plans per-tenant jobs. */
    /** Every tenant with what its housekeeping jobs are planned by: time zone and Bundesland. */
    async listTenantSchedules(): Promise<{ id: number; timezone: string; federalState: string }[]> {
      return db
        .select({ id: tenants.id, timezone: tenants.timezone, federalState: tenants.federalState })
        .from(tenants)
        .orderBy(asc(tenants.id));
    },
  };
}

export function memberRepository(db: Db, tenantId: number, kept: KeptReads) {
  const scope = eq(members.tenantId, tenantId);
  return {
    async tenant(): Promise<Tenant> {
      const [row] = await db.select().from(tenants).where(eq(tenants.id, tenantId));
      if (!row) throw new Error(`tenant ${tenantId} not found`);
      return row;
    },

    async updateTenantSettings(
      patch: Partial<Pick<Tenant, "name" | "timezone" | "federalState" | "retentionMonths">>,
    ): Promise<Tenant> {
      const [row] = await db.update(tenants).set(patch).where(eq(tenants.id, tenantId)).returning();
      if (!row) throw new Error(`tenant ${tenantId} not found`);
      return row;
    },

    /**
     * Dual control, step one: records who asked to switch per-person figures on. Refused (false) while
     * they are on or while another request newer than `openSince` is open.
     */
    async requestPerPersonFigures(by: number, at: Date, openSince: Date): Promise<boolean> {
      const rows = await db
        .update(tenants)
        .set({ perPersonRequestedBy: by, perPersonRequestedAt: at })
        .where(
          and(
            eq(tenants.id, tenantId),
            eq(tenants.perPersonFigures, false),
            or(isNull(tenants.perPersonRequestedAt), lt(tenants.perPersonRequestedAt, openSince)),
          ),
        )
        .returning({ id: tenants.id });
      return rows.length === 1;
    },

    /**
     * Dual control, step two, in one statement so two approvals cannot race: switches them on if a
     * request newer than `openSince` is open and `by` is not the person who asked.
     */
    async approvePerPersonFigures(by: number, at: Date, openSince: Date): Promise<Tenant | undefined> {
      const [row] = await db
        .update(tenants)
        .set({
          perPersonFigures: true,
          perPersonSince: at,
          perPersonRequestedBy: null,
          perPersonRequestedAt: null,
        })
        .where(
          and(
            eq(tenants.id, tenantId),
            eq(tenants.perPersonFigures, false),
            gte(tenants.perPersonRequestedAt, openSince),
            ne(tenants.perPersonRequestedBy, by),
          ),
        )
        .returning();
      return row;
    },

    /** Withdraws the open request made at `requestedAt` (any, when absent); true if there was one. */
    async dropPerPersonRequest(requestedAt?: Date): Promise<boolean> {
      const rows = await db
        .update(tenants)
        .set({ perPersonRequestedBy: null, perPersonRequestedAt: null })
        .where(
          and(
            eq(tenants.id, tenantId),
            requestedAt === undefined
              ? isNotNull(tenants.perPersonRequestedAt)
              : eq(tenants.perPersonRequestedAt, requestedAt),
          ),
        )
        .returning({ id: tenants.id });
      return rows.length === 1;
    },

    /** Switches per-person figures off (needs one person only: it gives privacy back); true if they were on. */
    async switchOffPerPersonFigures(): Promise<boolean> {
      const rows = await db
        .update(tenants)
        .set({
          perPersonFigures: false,
          perPersonSince: null,
          perPersonRequestedBy: null,
          perPersonRequestedAt: null,
        })
        .where(and(eq(tenants.id, tenantId), eq(tenants.perPersonFigures, true)))
        .returning({ id: tenants.id });
      return rows.length === 1;
    },

    /**
     * Finds or creates the member; the tenant's first member becomes admin (in one transaction).
     * `platform` records where the user id comes from (a linked tenant has members on two platforms).
     */
    /** Runs on every request: one read when nothing changed; a transaction only for a first contact. */
    async ensureMember(platformUserId: string, displayName = "", platform?: Platform): Promise<Member> {
      const byUserId = and(scope, eq(members.platformUserId, platformUserId));
      const existing = await kept.keep(
        `member:${tenantId}:${platformUserId}`,
        async () => (await db.select().from(members).where(byUserId))[0],
        copyRow,
      );
      if (existing) {
        const rename = Boolean(displayName) && existing.displayName !== displayName;
        const placed = platform !== undefined && existing.platform === null;
        if (!rename && !placed) return existing;
        const [changed] = await db
          .update(members)
          .set({ ...(rename ? { displayName } : {}), ...(placed ? { platform } : {}) })
          .where(eq(members.id, existing.id))
          .returning();
        return changed ?? existing;
      }
      return db.transaction(async (tx) => {
        // Serialise first-member detection per tenant so two first contacts cannot both become admin.
        await tx.execute(sql`select id from tenants where id = ${tenantId} for update`);
        const [raced] = await tx.select().from(members).where(byUserId);
        if (raced) return raced;
        const [{ n } = { n: 0 }] = await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(members)
          .where(scope);
        const [created] = await tx
          .insert(members)
          .values({
            tenantId,
            platformUserId,
            displayName,
            role: n === 0 ? "admin" : "member",
            ...(platform ? { platform } : {}),
          })
          .returning();
        if (!created) throw new Error("insert returned nothing");
        return created;
      });
    },

    async findMember(memberId: number): Promise<Member | undefined> {
      const [row] = await db
        .select()
        .from(members)
        .where(and(scope, eq(members.id, memberId)));
      return row;
    },

    async findMemberByPlatformId(platformUserId: string): Promise<Member | undefined> {
      const [row] = await db
        .select()
        .from(members)
        .where(and(scope, eq(members.platformUserId, platformUserId)));
      return row;
    },

    /**
     * The names the team's members go by on Slack or Teams, for the privacy guard to know colleagues from
     * clients. Read with every guarded text, so kept between writes; forgotten members are left out.
     */
    async teamDisplayNames(): Promise<string[]> {
      return kept.keep(
        `team-names:${tenantId}`,
        async () =>
          (
            await db
              .select({ name: members.displayName })
              .from(members)
              .where(
                and(scope, ne(members.displayName, ""), notLike(members.platformUserId, `${FORGOTTEN}%`)),
              )
              .orderBy(asc(members.id))
          ).map((r) => r.name),
        (names) => [...names],
      );
    },

    async listMembers(): Promise<Member[]> {
      return db.select().from(members).where(scope).orderBy(asc(members.displayName));
    },

    async setMemberRole(memberId: number, role: MemberRole): Promise<Member | undefined> {
      const [row] = await db
        .update(members)
        .set({ role })
        .where(and(scope, eq(members.id, memberId)))
        .returning();
      return row;
    },

    /**
     * Someone left: their name becomes `placeholder` everywhere, their platform id a pseudonym (so a return
     * is a new member), and what was personal to them goes: committee seats, calendar links, their chat.
     * Their activities and answers stay, attributed to the placeholder.
     */
    async forgetMember(memberId: number, placeholder: string, at: Date): Promise<Member | undefined> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .update(members)
          .set({
            displayName: placeholder,
            platformUserId: `${FORGOTTEN}${memberId}-${at.getTime()}`,
            role: "member",
            timezone: null,
          })
          .where(and(scope, eq(members.id, memberId)))
          .returning();
        if (!row) return undefined;
        await tx
          .delete(committeeMembers)
          .where(and(eq(committeeMembers.tenantId, tenantId), eq(committeeMembers.memberId, memberId)));
        await committeeRepository(tx, tenantId).revokeCalendarTokens(memberId, at);
        await tx
          .delete(teamsConversations)
          .where(and(eq(teamsConversations.tenantId, tenantId), eq(teamsConversations.memberId, memberId)));
        return row;
      });
    },

    async setMemberTimezone(memberId: number, timezone: string | null): Promise<Member | undefined> {
      const [row] = await db
        .update(members)
        .set({ timezone })
        .where(and(scope, eq(members.id, memberId)))
        .returning();
      return row;
    },
  };
}
