// The daily retention job: deletes each tenant's activities past its retention period, then plans tomorrow's run.
import { TZDate } from "@date-fns/tz";
import { addDays, format, set } from "date-fns";
import type { JobHandler } from "../../scheduler/worker.js";
import type { TenantStore } from "../../store/index.js";
import { purgeExpired } from "./retention.js";

export const RETENTION_JOB = "retention.purge";

/** Plans the run at 03:00 local on the day after `now`; the key makes it once per tenant and day. */
export async function planRetention(store: TenantStore, now: Date, timezone: string): Promise<void> {
  const next = set(addDays(new TZDate(now, timezone), 1), {
    hours: 3,
    minutes: 0,
    seconds: 0,
    milliseconds: 0,
  });
  await store.scheduleJob(
    RETENTION_JOB,
    `retention:${format(next, "yyyy-MM-dd")}`,
    new Date(next.getTime()),
    {},
  );
}

const purgeDaily: JobHandler = async (_job, { tenant, clock }) => {
  const settings = await tenant.tenant();
  const purged = await purgeExpired(
    { store: tenant, clock, timezone: settings.timezone },
    settings.retentionMonths,
    null,
  );
  await planRetention(tenant, clock.now(), settings.timezone);
  return { outcome: "purged", details: { purged } };
};

export const retentionJobHandlers: Record<string, JobHandler> = { [RETENTION_JOB]: purgeDaily };
