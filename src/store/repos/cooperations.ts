// Cooperations and their checklist: each answer is a new row, so the history is kept for free.
import { and, asc, desc, eq, lte, notInArray, sql } from "drizzle-orm";
import type { Db } from "../db.js";
import { type CooperationStatus, cooperationAnswers, cooperations, members } from "../schema/index.js";

export type Cooperation = typeof cooperations.$inferSelect;
export type CooperationAnswer = typeof cooperationAnswers.$inferSelect & { answeredByName: string };

export function cooperationRepository(db: Db, tenantId: number) {
  const scope = eq(cooperations.tenantId, tenantId);

  /** Every answer ever given, oldest first (the history). */
  async function answerHistory(cooperationId: number): Promise<CooperationAnswer[]> {
    const rows = await db
      .select({ answer: cooperationAnswers, answeredByName: members.displayName })
      .from(cooperationAnswers)
      .innerJoin(members, eq(members.id, cooperationAnswers.answeredBy))
      .where(
        and(eq(cooperationAnswers.tenantId, tenantId), eq(cooperationAnswers.cooperationId, cooperationId)),
      )
      .orderBy(asc(cooperationAnswers.answeredAt), asc(cooperationAnswers.id));
    return rows.map((r) => ({ ...r.answer, answeredByName: r.answeredByName }));
  }

  return {
    answerHistory,

    async startCooperation(partnerId: number, createdBy: number, districtId?: number): Promise<Cooperation> {
      const [row] = await db
        .insert(cooperations)
        .values({ tenantId, partnerId, createdBy, districtId: districtId ?? null })
        .returning();
      if (!row) throw new Error("insert returned nothing");
      return row;
    },

    async findCooperation(id: number): Promise<Cooperation | undefined> {
      const [row] = await db
        .select()
        .from(cooperations)
        .where(and(scope, eq(cooperations.id, id)));
      return row;
    },

    /** The newest cooperation with this partner that has not ended. */
    async openCooperationWith(partnerId: number): Promise<Cooperation | undefined> {
      const [row] = await db
        .select()
        .from(cooperations)
        .where(and(scope, eq(cooperations.partnerId, partnerId), notInArray(cooperations.status, ["ended"])))
        .orderBy(desc(cooperations.id))
        .limit(1);
      return row;
    },

    /** The newest cooperation with this partner, ended or not (for showing and exporting). */
    async latestCooperationWith(partnerId: number): Promise<Cooperation | undefined> {
      const [row] = await db
        .select()
        .from(cooperations)
        .where(and(scope, eq(cooperations.partnerId, partnerId)))
        .orderBy(desc(cooperations.id))
        .limit(1);
      return row;
    },

    async listCooperations(filter: { status?: CooperationStatus; districtId?: number } = {}) {
      return db
        .select()
        .from(cooperations)
        .where(
          and(
            scope,
            filter.status ? eq(cooperations.status, filter.status) : undefined,
            filter.districtId === undefined ? undefined : eq(cooperations.districtId, filter.districtId),
          ),
        )
        .orderBy(desc(cooperations.updatedAt));
    },

    /** Records an answer (a new history row) and moves the dialog on, in one transaction. */
    async answerStep(
      cooperationId: number,
      step: number,
      answer: Record<string, unknown>,
      memberId: number,
      at: Date,
      nextStep: number,
    ): Promise<CooperationAnswer> {
      return db.transaction(async (tx) => {
        const [coop] = await tx
          .update(cooperations)
          .set({
            currentStep: nextStep,
            updatedAt: at,
            status: sql`case when ${cooperations.status} = 'draft' then 'in_progress'::cooperation_status else ${cooperations.status} end`,
          })
          .where(and(scope, eq(cooperations.id, cooperationId)))
          .returning();
        if (!coop) throw new Error("unknown cooperation for this tenant");
        const [row] = await tx
          .insert(cooperationAnswers)
          .values({ tenantId, cooperationId, step, answer, answeredBy: memberId, answeredAt: at })
          .returning();
        if (!row) throw new Error("insert returned nothing");
        const [member] = await tx
          .select({ name: members.displayName })
          .from(members)
          .where(eq(members.id, memberId));
        return { ...row, answeredByName: member?.name ?? "" };
      });
    },

    /** The latest answer per step. */
    async currentAnswers(cooperationId: number): Promise<Map<number, CooperationAnswer>> {
      const latest = new Map<number, CooperationAnswer>();
      for (const a of await answerHistory(cooperationId)) latest.set(a.step, a);
      return latest;
    },

    async updateCooperation(
      id: number,
      patch: Partial<
        Pick<Cooperation, "status" | "startsOn" | "endsOn" | "reviewOn" | "currentStep" | "districtId">
      >,
      at: Date,
    ): Promise<Cooperation | undefined> {
      const [row] = await db
        .update(cooperations)
        .set({ ...patch, updatedAt: at })
        .where(and(scope, eq(cooperations.id, id)))
        .returning();
      return row;
    },

    async cooperationsDueForReview(onOrBefore: string): Promise<Cooperation[]> {
      return db
        .select()
        .from(cooperations)
        .where(and(scope, lte(cooperations.reviewOn, onOrBefore), notInArray(cooperations.status, ["ended"])))
        .orderBy(asc(cooperations.reviewOn));
    },
  };
}
