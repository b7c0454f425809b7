// Wires configuration, database, command layer, adapters and scheduler into one running assistant.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Adapter, TeamsTokenSource } from "./bot/adapter.js";
import { adapterFactories } from "./bot/index.js";
import { type Clock, systemClock } from "./clock.js";
import { withAdmission } from "./commands/admission.js";
import { planRetention } from "./commands/datenschutz/retention-job.js";
import { createCommandLayer } from "./commands/dispatch.js";
import { loadDictionaries } from "./commands/privacy/index.js";
import { REGISTRY, type Registry } from "./commands/registry.js";
import { planSchoolHolidayImport } from "./commands/sozialraum/holidays-job.js";
import type { Config } from "./config.js";
import { errorName, type Logger } from "./log.js";
import { DeliveryRouter } from "./scheduler/deliver.js";
import { createScheduler } from "./scheduler/index.js";
import { deliveryGuards } from "./scheduler/pace.js";
import type { Worker } from "./scheduler/worker.js";
import { createStore, type Database, openDatabase, type Store, secretBox } from "./store/index.js";

export interface RunningApp {
  url: string;
  port: number;
  database: Database;
  store: Store;
  adapters: Adapter[];
  delivery: DeliveryRouter;
  /** The job worker; tests drive it with `tick()` (and an injected clock). */
  scheduler: Worker;
  close(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  /** Tests pass an open database (e.g. in-memory PGlite) instead of the configured one. */
  database?: Database;
  host?: string;
  /** false: the worker does not tick on its interval; the caller runs `scheduler.tick()` itself (tests). */
  autoTick?: boolean;
  /** The command families to serve; the registry's by default. */
  registry?: Registry;
  /** Tests: the Teams bot's outbound token without asking Entra ID (see AdapterDeps.teamsToken). */
  teamsToken?: TeamsTokenSource;
}

export async function startApp(
  config: Config,
  logger: Logger,
  options: StartOptions = {},
): Promise<RunningApp> {
  const clock = options.clock ?? systemClock;
  const database =
    options.database ?? (await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }));
  logger.info(
    { driver: database.driver, ...(database.driver === "pglite" ? { dataDir: config.DATA_DIR } : {}) },
    "database open, migrations applied",
  );
  const store = createStore(database.db, {
    requestLedger: database.driver === "postgres" ? "database" : "memory",
    ...(database.writes ? { writes: database.writes } : {}),
    ...(config.SECRET_KEY ? { secrets: secretBox(config.SECRET_KEY) } : {}),
  });
  // Before the server listens: the guard's word lists would otherwise load on the first entry, holding the loop.
  loadDictionaries();
  const registry = options.registry ?? REGISTRY;
  // Both platforms' adapters share one gate, so a burst on one cannot starve the other unseen.
  const commands = withAdmission(
    createCommandLayer({
      registry,
      store,
      clock,
      defaultTimezone: config.DEFAULT_TIMEZONE,
      logger,
      ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
      allowPrivateUrls: config.ALLOW_PRIVATE_URLS,
    }),
    { maxInFlight: config.MAX_CONCURRENT_COMMANDS, maxWaitMs: config.MAX_COMMAND_WAIT_MS },
    { logger },
  );
  // Posts are recorded in the delivery ledger and paced by send slots, both shared by every replica.
  const delivery = new DeliveryRouter(deliveryGuards(store, clock));

  const adapters: Adapter[] = [];
  for (const factory of adapterFactories) {
    const made = factory.create({
      config,
      store,
      commands,
      clock,
      logger: logger.child({ adapter: factory.name }),
      ...(options.teamsToken ? { teamsToken: options.teamsToken } : {}),
    });
    if ("disabled" in made) {
      logger.info({ adapter: factory.name, enabled: false }, made.disabled);
      continue;
    }
    adapters.push(made);
    if (made.deliverer) delivery.register(made.deliverer);
    logger.info({ adapter: factory.name, enabled: true }, `${factory.name} adapter enabled`);
  }

  const { createHttpApp, listen } = await import("./server.js");
  const server: Server = await listen(
    createHttpApp(database, adapters, commands.stats),
    config.PORT,
    options.host ?? config.HOST,
  );
  const port = (server.address() as AddressInfo).port;
  for (const adapter of adapters) await adapter.start?.();
  const scheduler = createScheduler({
    store,
    clock,
    delivery,
    logger: logger.child({ component: "scheduler" }),
    handlers: registry.jobs,
  });
  // Each tenant's nightly retention job chains itself; planning is idempotent, so re-running it
  // hourly only adds the first job of tenants created since. The weekly school-holiday import is keyed
  // by week, so the first housekeeping of a week plans it and later ones find it planned.
  const planHousekeeping = async () => {
    for (const tenant of await store.listTenantSchedules()) {
      const tenantStore = store.forTenant(tenant.id);
      await planRetention(tenantStore, clock.now(), tenant.timezone);
      await planSchoolHolidayImport(tenantStore, tenant, config.SCHOOL_HOLIDAYS_ICS_URLS, clock.now());
    }
  };
  await planHousekeeping();
  let housekeeping: NodeJS.Timeout | undefined;
  if (options.autoTick !== false) {
    scheduler.start();
    housekeeping = setInterval(() => {
      planHousekeeping().catch((error: unknown) =>
        logger.error({ err: errorName(error) }, "housekeeping failed"),
      );
    }, 3_600_000);
    housekeeping.unref();
  }
  logger.info({ port }, "Sozialraum-Assistent listening");

  return {
    url: `http://127.0.0.1:${port}`,
    port,
    database,
    store,
    adapters,
    delivery,
    scheduler,
    async close() {
      clearInterval(housekeeping);
      await scheduler.stop();
      for (const adapter of adapters) await adapter.stop?.();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      if (!options.database) await database.close();
    },
  };
}
