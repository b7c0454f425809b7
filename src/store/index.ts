// The store: repositories named for intent. Tenant data is reachable only through `forTenant(id)`.
import type { Db } from "./db.js";
import { type KeptReads, keptReads, type WriteCounter } from "./kept-reads.js";
import { accessRepository } from "./repos/access.js";
import { activityRepository } from "./repos/activities.js";
import { calendarTokenLookup, committeeRepository } from "./repos/committees.js";
import { cooperationRepository } from "./repos/cooperations.js";
import { digestReadRepository } from "./repos/digest-reads.js";
import { districtRepository } from "./repos/districts.js";
import { holidayRepository } from "./repos/holidays.js";
import { linkRepository } from "./repos/links.js";
import { minutesRepository } from "./repos/minutes.js";
import { needRepository } from "./repos/needs.js";
import { offerRepository } from "./repos/offers.js";
import { auditRepository, digestRepository, jobQueue, jobRepository } from "./repos/operations.js";
import { deliveryLedgerRepository, sendSlotRepository } from "./repos/pacing.js";
import { partnerRepository } from "./repos/partners.js";
import { slackInstallationStore, teamsConversationRepository } from "./repos/platforms.js";
import { reportDistrictsRepository } from "./repos/report-districts.js";
import { reportNarrativeRepository } from "./repos/report-narrative.js";
import { reportRepository } from "./repos/reports.js";
import { databaseRequestLedger, memoryRequestLedger, type RequestLedger } from "./repos/requests.js";
import { retentionRepository } from "./repos/retention.js";
import { memberRepository, tenantDirectory } from "./repos/tenancy.js";
import type { SecretBox } from "./secrets.js";

export type { Database, Db } from "./db.js";
export { openDatabase } from "./db.js";
export { type DatabaseFailure, databaseFailure } from "./failure.js";
export type { Activity, ActivityFilter, ActivityInput, ActivityTotals } from "./repos/activities.js";
export type { CalendarToken, Committee, CommitteeInput, MeetingOverride } from "./repos/committees.js";
export type { Cooperation, CooperationAnswer } from "./repos/cooperations.js";
export type { DigestReads, DigestWindow } from "./repos/digest-reads.js";
export type { District } from "./repos/districts.js";
export type { SchoolHoliday } from "./repos/holidays.js";
export type { JoinRefusal, JoinResult } from "./repos/links.js";
export type { MeetingTask, TaskInput } from "./repos/minutes.js";
export type { Need, NeedInput } from "./repos/needs.js";
export type { Offer, OfferInput, OfferSessions } from "./repos/offers.js";
export type { AuditEntry, DigestSubscription, ScheduledJob } from "./repos/operations.js";
export type { MergeResult, Partner, PartnerUsage } from "./repos/partners.js";
export type { TeamsConversation } from "./repos/platforms.js";
export type { ActivityThread } from "./repos/report-narrative.js";
export type { Breakdown, DayFocusLevel, PartnerContact, ReportScope } from "./repos/reports.js";
export type { RequestLedger } from "./repos/requests.js";
export type { Member, Tenant } from "./repos/tenancy.js";
export * from "./schema/enums.js";
export { MIN_PASSPHRASE_LENGTH, type SecretBox, SecretError, secretBox, secretKeyBytes } from "./secrets.js";

/** Everything one tenant may read or write; every query inside is bound to `tenantId`. */
export function tenantStore(db: Db, tenantId: number, kept: KeptReads = keptReads(undefined)) {
  return {
    tenantId,
    ...memberRepository(db, tenantId, kept),
    ...districtRepository(db, tenantId, kept),
    ...partnerRepository(db, tenantId, kept),
    ...activityRepository(db, tenantId),
    ...committeeRepository(db, tenantId),
    ...minutesRepository(db, tenantId),
    ...cooperationRepository(db, tenantId),
    ...digestRepository(db, tenantId),
    ...jobRepository(db, tenantId),
    ...auditRepository(db, tenantId),
    ...teamsConversationRepository(db, tenantId),
    ...reportRepository(db, tenantId),
    ...reportNarrativeRepository(db, tenantId),
    ...reportDistrictsRepository(db, tenantId),
    ...digestReadRepository(db, tenantId),
    ...retentionRepository(db, tenantId),
    ...linkRepository(db, tenantId),
    ...accessRepository(db, tenantId),
    ...needRepository(db, tenantId),
    ...offerRepository(db, tenantId),
    ...holidayRepository(db, tenantId),
    ...deliveryLedgerRepository(db, tenantId),
  };
}

export type TenantStore = ReturnType<typeof tenantStore>;

export interface StoreOptions {
  /**
   * Where seen platform requests are remembered: "database" (shared by every process on it: PostgreSQL) or
   * "memory" (the embedded database, one process by construction). Default "database".
   */
  requestLedger?: "database" | "memory";
  /** Seals platform secrets at rest (SECRET_KEY); storing a Slack installation needs it. */
  secrets?: SecretBox;
  /**
   * The database's count of writes (Database.writes): the reads every request makes (tenant, member, the team's
   * display names, districts, partners) are then kept between writes. On PostgreSQL it includes the other
   * replicas' writes (kept-watch.ts); without it nothing is kept.
   */
  writes?: WriteCounter;
}

/** One memory ledger per embedded database, so an app restarted in the same process still knows its requests. */
const memoryLedgers = new WeakMap<Db, RequestLedger>();

function requestLedgerFor(db: Db, kind: StoreOptions["requestLedger"]): RequestLedger {
  if (kind !== "memory") return databaseRequestLedger(db);
  let ledger = memoryLedgers.get(db);
  if (!ledger) {
    ledger = memoryRequestLedger();
    memoryLedgers.set(db, ledger);
  }
  return ledger;
}

export function createStore(db: Db, options: StoreOptions = {}) {
  const scopedStores = new Map<number, TenantStore>();
  const kept = keptReads(options.writes);
  return {
    ...tenantDirectory(db, kept),
    forTenant: (tenantId: number): TenantStore => {
      // Repositories hold no state beyond the tenant id, so one set per tenant serves every request.
      let scoped = scopedStores.get(tenantId);
      if (!scoped) {
        scoped = tenantStore(db, tenantId, kept);
        scopedStores.set(tenantId, scoped);
      }
      return scoped;
    },
    /** The reads kept between writes; `hits` shows they are used. */
    kept,
    /** Platform bookkeeping, not tenant data: requests are recognised before their tenant is known. */
    requests: requestLedgerFor(db, options.requestLedger),
    slackInstallations: slackInstallationStore(db, options.secrets),
    calendar: calendarTokenLookup(db),
    jobs: jobQueue(db),
    /** Spans tenants like the queue: a platform limit (e.g. per Teams app) can cover several of them. */
    slots: sendSlotRepository(db),
  };
}

export type Store = ReturnType<typeof createStore>;
