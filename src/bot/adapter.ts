// What an adapter offers the server: routes to mount, optional background work, an optional delivery.
import type { Express } from "express";
import type { Clock } from "../clock.js";
import type { Config } from "../config.js";
import type { CommandLayer } from "../conversation/layer.js";
import type { Logger } from "../log.js";
import type { Deliverer } from "../scheduler/deliver.js";
import type { Store } from "../store/index.js";

/** Supplies a Bot Framework token for a scope, as the Teams SDK's `token` option does. */
export type TeamsTokenSource = (scope: string | string[], tenantId?: string) => string | Promise<string>;

export interface AdapterDeps {
  config: Config;
  store: Store;
  commands: CommandLayer;
  clock: Clock;
  logger: Logger;
  /**
   * With credentials, the token the bot sends with its own calls, instead of one from Entra ID: lets
   * tests see which URLs would receive the bot's token, with no network. Production leaves it unset.
   */
  teamsToken?: TeamsTokenSource;
}

export interface Adapter {
  name: string;
  /** Registers HTTP routes before the server listens. */
  mount(app: Express): void;
  /** Starts background connections (e.g. Slack Socket Mode) after the server listens. */
  start?(): Promise<void>;
  stop?(): Promise<void>;
  deliverer?: Deliverer;
}

export interface AdapterFactory {
  name: string;
  /** Returns the adapter, or a German-free developer hint (English, for the log) why it is off. */
  create(deps: AdapterDeps): Adapter | { disabled: string };
}
