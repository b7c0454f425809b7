// The command layer's front door: resolves tenant and caller, routes to the family, never throws at an adapter.
import type { Clock } from "../clock.js";
import {
  type CommandInput,
  cleanInvocation,
  commandFromLine,
  type Invocation,
} from "../conversation/input.js";
import type { CommandLayer } from "../conversation/layer.js";
import { closeFormWith, errorReply, type Reply, RUN_COMMAND } from "../conversation/reply.js";
import { errorName, type Logger } from "../log.js";
import { databaseFailure, type Store } from "../store/index.js";
import type { Ctx } from "./context.js";
import { type Family, foldCommandWord } from "./family.js";
import { familyHelpReply, unknownSubReply } from "./help.js";
import { common } from "./messages/index.js";
import { REGISTRY, type Registry } from "./registry.js";

export interface CommandDeps {
  store: Store;
  clock: Clock;
  defaultTimezone: string;
  logger?: Logger;
  /** PUBLIC_URL from the configuration, handed to handlers that build links. */
  publicUrl?: string;
  /** ALLOW_PRIVATE_URLS from the configuration (development and tests). */
  allowPrivateUrls?: boolean;
  /** The families to serve; the registry's by default (tests add scripted ones). */
  registry?: Registry;
}

const HELP_WORDS = new Set(["hilfe", "help", "?"]);

/** The answer to a field check of a form that does not check field by field: no verdict, nothing saved. */
const NOTHING_TO_CHECK: Reply = { kind: "formErrors", errors: {} };

export async function buildContext(deps: CommandDeps, invocation: Invocation): Promise<Ctx> {
  const { who, input } = invocation;
  const tenant = await deps.store.ensureTenant(who.platform, who.tenantExternalId, who.tenantName ?? "");
  const store = deps.store.forTenant(tenant.id);
  // The roster is kept between writes like the member, and read alongside it: no extra wait on either database.
  const [caller, colleagues] = await Promise.all([
    store.ensureMember(who.userId, who.displayName ?? "", who.platform),
    store.teamDisplayNames(),
  ]);
  return {
    store,
    clock: deps.clock,
    tenant,
    caller,
    colleagues,
    where: invocation.where,
    timezone: caller.timezone ?? tenant.timezone ?? deps.defaultTimezone,
    ...(deps.publicUrl ? { publicUrl: deps.publicUrl } : {}),
    ...(input.type === "command" && input.attachment ? { attachment: input.attachment } : {}),
    ...(deps.allowPrivateUrls ? { allowPrivateUrls: true } : {}),
  };
}

/** "gremium nächste 3": the sub-command is folded and split once, here, for every family. */
export async function runLine(family: Family, line: string, ctx: Ctx): Promise<Reply> {
  const trimmed = line.trim();
  if (trimmed === "") return family.bare ? family.bare(ctx) : familyHelpReply(family);
  const space = trimmed.search(/\s/);
  const typed = space < 0 ? trimmed : trimmed.slice(0, space);
  const rest = space < 0 ? "" : trimmed.slice(space + 1).trim();
  const word = foldCommandWord(typed);
  const sub = family.subcommand(word);
  if (sub && (sub.claims?.(rest) ?? true)) return sub.run(rest, ctx, typed);
  if (HELP_WORDS.has(word) && !sub) return familyHelpReply(family);
  if (family.otherwise) return family.otherwise(trimmed, ctx);
  return unknownSubReply(family, typed);
}

/** The database could not be reached or went away (not: it refused a statement). */
function connectionLost(error: unknown): boolean {
  const failure = databaseFailure(error);
  return failure === "unreachable" || failure === "interrupted";
}

type Route = { family: Family; run(ctx: Ctx): Promise<Reply> } | { error: Reply };

function route(registry: Registry, input: CommandInput): Route {
  if (input.type === "action" && input.actionId === RUN_COMMAND)
    return route(registry, commandFromLine(input.value ?? ""));
  if (input.type === "command") {
    const family = registry.find(input.family);
    if (!family) return { error: errorReply(common.unknownCommand(input.family)) };
    return { family, run: (ctx) => runLine(family, input.text, ctx) };
  }
  const id = input.type === "action" ? input.actionId : input.formId;
  const family = registry.ofId(id);
  if (input.type === "action") {
    const handler = family?.actions?.[id];
    if (family && handler) return { family, run: (ctx) => handler(input.value, ctx) };
  } else {
    if (family && input.check !== undefined) {
      const check = family.checks?.[id];
      return { family, run: (ctx) => (check ? check(input, ctx) : Promise.resolve(NOTHING_TO_CHECK)) };
    }
    const handler = family?.forms?.[id];
    if (family && handler) return { family, run: (ctx) => handler(input, ctx) };
  }
  return { error: errorReply(common.unknownAction) };
}

/**
 * A form checks field by field exactly when its family declares a check for it (FamilyDeclaration.checks):
 * the flag the adapters read (Form.checksEachField) is derived here, so a form can never offer field checks
 * its family does not answer, nor lack those it does.
 */
function withFieldChecks(registry: Registry, reply: Reply): Reply {
  if (reply.kind === "closeForm" && reply.then) return closeFormWith(withFieldChecks(registry, reply.then));
  if (reply.kind !== "form") return reply;
  const { checksEachField: _ignored, ...form } = reply.form;
  const checked = registry.ofId(form.formId)?.checks?.[form.formId] !== undefined;
  return { kind: "form", form: checked ? { ...form, checksEachField: true } : form };
}

export function createCommandLayer(deps: CommandDeps): CommandLayer {
  const registry = deps.registry ?? REGISTRY;
  return {
    entries: registry.entries,
    async handle(raw: Invocation): Promise<Reply> {
      // Every platform's input is cleaned here, once, before anything reads or stores it.
      const invocation = cleanInvocation(raw);
      const routed = route(registry, invocation.input);
      if ("error" in routed) return routed.error;
      // Never echo the input, an error message or a stack: the database driver's messages carry the
      // query's parameters, i.e. what users typed. The error's class (or code) only, at every level.
      const failed = (error: unknown) =>
        deps.logger?.error(
          { family: routed.family.name, inputType: invocation.input.type, err: errorName(error) },
          "command failed",
        );
      let ctx: Ctx;
      try {
        ctx = await buildContext(deps, invocation);
      } catch (error) {
        failed(error);
        // Nothing of the command ran yet, so nothing of what the user sent was saved.
        return errorReply(connectionLost(error) ? common.databaseUnavailable : common.unexpectedError);
      }
      try {
        return withFieldChecks(registry, await routed.run(ctx));
      } catch (error) {
        failed(error);
        return errorReply(connectionLost(error) ? common.outcomeUnknown : common.unexpectedError);
      }
    },
  };
}
