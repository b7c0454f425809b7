// Test helpers for the scheduler: a recording fake deliverer, a silent logger, a committee with a channel.
import { TZDate } from "@date-fns/tz";
import type { Reply } from "../../src/conversation/reply.js";
import { createLogger } from "../../src/log.js";
import {
  type Delivered,
  type Deliverer,
  DeliveryRouter,
  type DeliveryTarget,
} from "../../src/scheduler/deliver.js";
import type { CommitteeInput, Platform, TenantStore } from "../../src/store/index.js";

export const silent = createLogger("silent");

export interface Sent {
  target: DeliveryTarget;
  reply: Reply;
  ref: string;
}

/** Records every delivery; `before` may throw (429) or hang (a worker killed mid-send) per call. */
export class RecordingDeliverer implements Deliverer {
  readonly sent: Sent[] = [];
  readonly updates: { ref: string; reply: Reply }[] = [];
  calls = 0;
  before?: (call: number, target: DeliveryTarget) => Promise<void> | void;
  constructor(readonly platform: Platform = "console") {}

  async deliver(target: DeliveryTarget, reply: Reply): Promise<Delivered> {
    this.calls++;
    await this.before?.(this.calls, target);
    const ref = `msg-${this.sent.length + 1}`;
    this.sent.push({ target, reply, ref });
    return { messageRef: ref };
  }

  async update(_target: DeliveryTarget, ref: string, reply: Reply): Promise<void> {
    this.updates.push({ ref, reply });
  }
}

export function routerWith(deliverer: Deliverer): DeliveryRouter {
  const router = new DeliveryRouter();
  router.register(deliverer);
  return router;
}

/** A local wall-clock time in Berlin as an instant. */
export const berlin = (y: number, m: number, d: number, h = 0, mi = 0) =>
  new Date(new TZDate(y, m - 1, d, h, mi, 0, "Europe/Berlin").getTime());

export function committeeInput(districtId: number, patch: Partial<CommitteeInput> = {}): CommitteeInput {
  return {
    districtId,
    name: "Runder Tisch Nord",
    type: "round_table",
    part: "attend",
    recurrence: "FREQ=WEEKLY;BYDAY=TU",
    firstStartsAt: berlin(2026, 3, 3, 18),
    durationMinutes: 120,
    timezone: "Europe/Berlin",
    location: "Bürgerhaus",
    channelId: "C-nord",
    reminderLeadMinutes: [10080, 1440],
    ...patch,
  };
}

export async function jobsOf(store: TenantStore, kind?: string) {
  return store.listJobs(kind);
}
