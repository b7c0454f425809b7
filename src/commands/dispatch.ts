// The command layer's front door: resolves tenant and caller, routes to the family, never throws at an adapter.
import type { Clock } from "../clock.js";
import { familyOf, type Invocation } from "../conversation/input.js";
import { errorReply, type Reply } from "../conversation/reply.js";
import { errorName, type Logger } from "../log.js";
import type { Store } from "../store/index.js";
import type { Ctx } from "./context.js";
import { common } from "./messages/index.js";
import { FAMILIES, type Family, handlers } from "./registry.js";
import { spellOutUmlauts } from "./text.js";

export interface CommandDeps {
  store: Store;
  clock: Clock;
  defaultTimezone: string;
  logger?: Logger;
  /** PUBLIC_URL from the configuration, handed to handlers that build links. */
  publicUrl?: string;
}

/** "/Aktivität" -> "aktivitaet": the slash is optional and umlauts may be typed either way. */
export function normaliseFamily(name: string): string {
  return spellOutUmlauts(name.trim().replace(/^\//, ""));
}

const isFamily = (name: string): name is Family => (FAMILIES as readonly string[]).includes(name);

export async function buildContext(deps: CommandDeps, invocation: Invocation): Promise<Ctx> {
  const { who } = invocation;
  const tenant = await deps.store.ensureTenant(who.platform, who.tenantExternalId, who.tenantName ?? "");
  const store = deps.store.forTenant(tenant.id);
  const caller = await store.ensureMember(who.userId, who.displayName ?? "", who.platform);
  return {
    store,
    clock: deps.clock,
    tenant,
    caller,
    where: invocation.where,
    timezone: caller.timezone ?? tenant.timezone ?? deps.defaultTimezone,
    ...(deps.publicUrl ? { publicUrl: deps.publicUrl } : {}),
  };
}

export function createCommandLayer(deps: CommandDeps) {
  return {
    families: FAMILIES,
    async handle(invocation: Invocation): Promise<Reply> {
      const { input } = invocation;
      const name =
        input.type === "command"
          ? normaliseFamily(input.family)
          : familyOf(input.type === "action" ? input.actionId : input.formId);
      if (!isFamily(name)) {
        return errorReply(
          input.type === "command" ? common.unknownCommand(input.family) : common.unknownAction,
        );
      }
      const handler = handlers[name];
      if (!handler) return errorReply(common.notYetAvailable(name));
      try {
        return await handler(input, await buildContext(deps, invocation));
      } catch (error) {
        // Never echo the input: it may hold personal data. The error's class and message only.
        deps.logger?.error({ family: name, inputType: input.type, err: errorName(error) }, "command failed");
        deps.logger?.debug(
          { stack: error instanceof Error ? error.stack : undefined },
          "command failure detail",
        );
        return errorReply(common.unexpectedError);
      }
    },
  };
}

export type CommandLayer = ReturnType<typeof createCommandLayer>;
