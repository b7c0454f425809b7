// Linked tenants in the store: link resolution, what moves on a join, isolation, and per-target delivery routing.
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { message, type Reply, text } from "../../src/conversation/reply.js";
import { type Deliverer, DeliveryRouter, type DeliveryTarget } from "../../src/scheduler/deliver.js";
import { delivererOf } from "../../src/scheduler/route.js";
import type { Platform } from "../../src/store/index.js";
import { openTestDatabase, type TestDatabase } from "../support/db.js";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => {
  await t.close();
});

const NOW = new Date("2026-11-25T10:00:00Z");
const hash = (code: string) => createHash("sha256").update(code).digest("hex");

function recorder(platform: Platform, log: string[]): Deliverer {
  return {
    platform,
    async deliver(target: DeliveryTarget, _reply: Reply) {
      log.push(`${platform}:${target.channelId ?? `member ${target.memberId}`}`);
      return { messageRef: `${platform}-ref` };
    },
    async update(target: DeliveryTarget, ref: string) {
      log.push(`${platform}:update:${ref}:${target.channelId ?? target.memberId}`);
    },
  };
}

describe("tenant links", () => {
  it("moves members, Teams conversations and audit entries; the empty tenant disappears", async () => {
    const home = await t.store.ensureTenant("teams", "tenant-home", "EHS Nord");
    const homeStore = t.store.forTenant(home.id);
    const admin = await homeStore.ensureMember("aad-1", "Anna", "teams");
    await homeStore.createDistrict("Nordstadt");
    await homeStore.createLinkCode(hash("c1"), admin.id, new Date(NOW.getTime() + 15 * 60_000));

    const joining = await t.store.ensureTenant("slack", "T-JOIN");
    const joinStore = t.store.forTenant(joining.id);
    const bernd = await joinStore.ensureMember("U-BERND", "Bernd", "slack");
    await joinStore.audit("member.role", bernd.id, "x", {}, NOW);
    await joinStore.saveConversationReference({
      conversationId: "irrelevant",
      scope: "personal",
      memberId: bernd.id,
      serviceUrl: "http://x",
      reference: {},
    });

    const wrong = await joinStore.joinByCode(hash("nope"), NOW, bernd.id);
    expect(wrong).toEqual({ ok: false, reason: "unknown" });
    const joined = await joinStore.joinByCode(hash("c1"), NOW, bernd.id);
    expect(joined.ok && joined.tenant.id).toBe(home.id);

    expect((await t.store.findTenant("slack", "T-JOIN"))?.id).toBe(home.id);
    const moved = await homeStore.findMemberByPlatformId("U-BERND");
    expect(moved?.id).toBe(bernd.id);
    expect(moved?.platform).toBe("slack");
    expect((await homeStore.personalConversation(bernd.id))?.conversationId).toBe("irrelevant");
    expect((await homeStore.auditTrail()).map((a) => a.action)).toEqual(
      expect.arrayContaining(["member.role", "tenant.link"]),
    );
    await expect(joinStore.tenant()).rejects.toThrow();
    // Spent: the same code does nothing the second time.
    const other = await t.store.ensureTenant("slack", "T-AGAIN");
    const otherStore = t.store.forTenant(other.id);
    const otto = await otherStore.ensureMember("U-OTTO");
    expect(await otherStore.joinByCode(hash("c1"), NOW, otto.id)).toEqual({ ok: false, reason: "unknown" });
    expect(await otherStore.listDistricts()).toEqual([]);
  });

  it("routes each delivery of a linked tenant by its target; an unlinked tenant keeps its deliverer", async () => {
    const home = await t.store.findTenant("teams", "tenant-home");
    const scoped = t.store.forTenant(home?.id ?? 0);
    const log: string[] = [];
    const router = new DeliveryRouter();
    const slack = recorder("slack", log);
    const teams = recorder("teams", log);
    router.register(slack);
    router.register(teams);
    const anna = await scoped.findMemberByPlatformId("aad-1");
    const bernd = await scoped.findMemberByPlatformId("U-BERND");
    await scoped.saveConversationReference({
      conversationId: "19:nord@thread.tacv2",
      scope: "channel",
      memberId: null,
      serviceUrl: "http://x",
      reference: {},
    });
    const deliverer = await delivererOf(scoped, router);
    const hello = message([text("Hallo")]);
    const base = { tenantId: scoped.tenantId };
    await deliverer.deliver({ ...base, memberId: anna?.id ?? -1 }, hello);
    await deliverer.deliver({ ...base, memberId: bernd?.id ?? -1 }, hello);
    await deliverer.deliver({ ...base, channelId: "19:nord@thread.tacv2" }, hello);
    await deliverer.deliver({ ...base, channelId: "C0NORD" }, hello);
    await deliverer.update({ ...base, channelId: "C0NORD" }, "C0NORD:1.2", hello);
    expect(log).toEqual([
      `teams:member ${anna?.id}`,
      `slack:member ${bernd?.id}`,
      "teams:19:nord@thread.tacv2",
      "slack:C0NORD",
      "slack:update:C0NORD:1.2:C0NORD",
    ]);
    expect(await scoped.externalIdFor("slack")).toBe("T-JOIN");

    const plain = await t.store.ensureTenant("slack", "T-PLAIN");
    expect(await delivererOf(t.store.forTenant(plain.id), router)).toBe(slack);
  });

  it("refuses a join when the joining tenant has data or is itself a link target", async () => {
    const home = await t.store.ensureTenant("slack", "T-HOME2");
    const homeStore = t.store.forTenant(home.id);
    const admin = await homeStore.ensureMember("U-A");
    await homeStore.createLinkCode(hash("c2"), admin.id, new Date(NOW.getTime() + 60_000));
    const busy = await t.store.ensureTenant("teams", "tenant-busy");
    const busyStore = t.store.forTenant(busy.id);
    const b = await busyStore.ensureMember("aad-b");
    await busyStore.createPartner("Kita Sonnenschein", "kita");
    expect(await busyStore.joinByCode(hash("c2"), NOW, b.id)).toEqual({ ok: false, reason: "hasData" });
    expect((await busyStore.findPartnerByName("Kita Sonnenschein"))?.name).toBe("Kita Sonnenschein");
    expect(await homeStore.findPartnerByName("Kita Sonnenschein")).toBeUndefined();

    const linkedHome = await t.store.findTenant("teams", "tenant-home");
    const linkedStore = t.store.forTenant(linkedHome?.id ?? 0);
    const anna = await linkedStore.findMemberByPlatformId("aad-1");
    expect(await linkedStore.joinByCode(hash("c2"), NOW, anna?.id ?? 0)).toEqual({
      ok: false,
      reason: "hasLinks",
    });
    expect(await homeStore.joinByCode(hash("c2"), new Date(NOW.getTime() + 61_000), admin.id)).toEqual({
      ok: false,
      reason: "expired",
    });
  });
});
