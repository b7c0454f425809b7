// Linking one team's second platform to its tenant: one-time codes, the join itself, and per-platform lookups.
import { and, count, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../db.js";
import {
  activities,
  auditLog,
  calendarTokens,
  committees,
  cooperations,
  digestSubscriptions,
  districts,
  members,
  type Platform,
  partners,
  slackInstallations,
  teamsConversations,
  tenantLinkCodes,
  tenantLinks,
  tenants,
} from "../schema/index.js";
import type { Tenant } from "./tenancy.js";

/** Why a code was not accepted; the command layer turns each into a German answer. */
export type JoinRefusal =
  | "unknown" // no such code, or already spent
  | "expired"
  | "ownCode" // the code belongs to the caller's own tenant
  | "samePlatform" // both sides on one platform: not what linking is for
  | "platformTaken" // the target already has a workspace/tenant of the caller's platform
  | "hasLinks" // the joining tenant has other platforms linked to it
  | "hasData" // the joining tenant has data beyond its members
  | "memberClash"; // a user id exists on both sides

export type JoinResult = { ok: true; tenant: Tenant } | { ok: false; reason: JoinRefusal };

/** Tables whose rows count as a tenant's own data: any row here blocks a join (merging is not supported). */
const DATA_TABLES: (PgTable & { tenantId: typeof districts.tenantId })[] = [
  districts,
  partners,
  activities,
  committees,
  cooperations,
  digestSubscriptions,
  calendarTokens,
] as never;

export function linkRepository(db: Db, tenantId: number) {
  return {
    /** Stores the hash of a new one-time code of this tenant. */
    async createLinkCode(codeHash: string, createdBy: number, expiresAt: Date): Promise<void> {
      await db.insert(tenantLinkCodes).values({ tenantId, codeHash, createdBy, expiresAt });
    },

    /** The platforms linked to this tenant, besides its own. */
    async linkedPlatforms(): Promise<{ platform: Platform; externalId: string }[]> {
      return db
        .select({ platform: tenantLinks.platform, externalId: tenantLinks.externalId })
        .from(tenantLinks)
        .where(eq(tenantLinks.tenantId, tenantId));
    },

    /** This tenant's workspace/tenant id on `platform`: its own, or the linked one. */
    async externalIdFor(platform: Platform): Promise<string | undefined> {
      const [own] = await db.select().from(tenants).where(eq(tenants.id, tenantId));
      if (own?.platform === platform) return own.externalId;
      const [link] = await db
        .select({ externalId: tenantLinks.externalId })
        .from(tenantLinks)
        .where(and(eq(tenantLinks.tenantId, tenantId), eq(tenantLinks.platform, platform)));
      return link?.externalId;
    },

    /**
     * This tenant (the joining one, still empty but for its members) joins the tenant owning the code:
     * its members, platform addresses and audit trail move over, a link resolves its platform id from
     * now on, and the empty tenant row is removed. All in one transaction; the code is spent.
     */
    async joinByCode(codeHash: string, now: Date, actorId: number): Promise<JoinResult> {
      return db.transaction(async (tx): Promise<JoinResult> => {
        const [code] = await tx
          .select()
          .from(tenantLinkCodes)
          .where(and(eq(tenantLinkCodes.codeHash, codeHash), isNull(tenantLinkCodes.usedAt)))
          .for("update");
        if (!code) return { ok: false, reason: "unknown" };
        if (code.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
        if (code.tenantId === tenantId) return { ok: false, reason: "ownCode" };
        // Lock both tenants in id order so two crossing joins cannot deadlock.
        const locked = await tx
          .select()
          .from(tenants)
          .where(inArray(tenants.id, [tenantId, code.tenantId]))
          .orderBy(tenants.id)
          .for("update");
        const joining = locked.find((t) => t.id === tenantId);
        const target = locked.find((t) => t.id === code.tenantId);
        if (!joining || !target) return { ok: false, reason: "unknown" };
        if (joining.platform === target.platform) return { ok: false, reason: "samePlatform" };
        const targetLinks = await tx.select().from(tenantLinks).where(eq(tenantLinks.tenantId, target.id));
        if (targetLinks.some((l) => l.platform === joining.platform)) {
          return { ok: false, reason: "platformTaken" };
        }
        const [ownLinks] = await tx
          .select({ n: count() })
          .from(tenantLinks)
          .where(eq(tenantLinks.tenantId, tenantId));
        if ((ownLinks?.n ?? 0) > 0) return { ok: false, reason: "hasLinks" };
        for (const table of DATA_TABLES) {
          const [row] = await tx.select({ n: count() }).from(table).where(eq(table.tenantId, tenantId));
          if ((row?.n ?? 0) > 0) return { ok: false, reason: "hasData" };
        }
        const [clash] = await tx
          .select({ n: count() })
          .from(members)
          .where(
            and(
              eq(members.tenantId, target.id),
              inArray(
                members.platformUserId,
                tx.select({ id: members.platformUserId }).from(members).where(eq(members.tenantId, tenantId)),
              ),
            ),
          );
        if ((clash?.n ?? 0) > 0) return { ok: false, reason: "memberClash" };

        await tx
          .update(members)
          .set({ tenantId: target.id, platform: sql`coalesce(${members.platform}, ${joining.platform})` })
          .where(eq(members.tenantId, tenantId));
        // The target's own members keep their platform explicit once two platforms share the tenant.
        await tx
          .update(members)
          .set({ platform: target.platform })
          .where(and(eq(members.tenantId, target.id), isNull(members.platform)));
        await tx
          .update(teamsConversations)
          .set({ tenantId: target.id })
          .where(eq(teamsConversations.tenantId, tenantId));
        await tx
          .update(slackInstallations)
          .set({ tenantId: target.id })
          .where(eq(slackInstallations.tenantId, tenantId));
        await tx.update(auditLog).set({ tenantId: target.id }).where(eq(auditLog.tenantId, tenantId));
        await tx.insert(tenantLinks).values({
          platform: joining.platform,
          externalId: joining.externalId,
          tenantId: target.id,
          linkedBy: actorId,
        });
        await tx.update(tenantLinkCodes).set({ usedAt: now }).where(eq(tenantLinkCodes.id, code.id));
        await tx.insert(auditLog).values({
          tenantId: target.id,
          actorId,
          action: "tenant.link",
          subject: `tenant:${target.id}`,
          details: { platform: joining.platform, code: code.id },
          at: now,
        });
        // Housekeeping jobs of the empty tenant go with it (cascade); its own codes too.
        await tx.delete(tenants).where(and(eq(tenants.id, tenantId), ne(tenants.id, target.id)));
        return { ok: true, tenant: target };
      });
    },
  };
}
