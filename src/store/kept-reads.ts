// Reads every request makes (tenant, member, districts, partners), kept in this process between writes.
//
// A read is kept with the count of writes seen when it began, and is true while that count stands. The count
// rises when a statement that may write is sent and again when it settles (and at a transaction's start and
// end), so no writer needs to remember to forget, a read that overlapped a write is not kept, and a
// transaction that rolls back leaves nothing kept. Embedded (PGlite, one process and one connection by
// construction) this process sees every write. On PostgreSQL other replicas write too: their commits to the
// kept tables are announced by triggers (NOTIFY), and the count rises when one arrives; while that
// announcement could go unheard (the listening connection is down or silent) nothing is kept
// (see kept-watch.ts).

/** How many writes this process has seen (sent, settled or announced); only rises. */
export interface WriteCounter {
  readonly writes: number;
  /** False while another process's write could go unseen (PostgreSQL, listener down): nothing is kept then. */
  readonly seesAll?: boolean;
}

type Counting = { writes: number };

/**
 * The postgres.js client as drizzle uses it (`unsafe`, `begin`, `savepoint`), counting the statements that may
 * write as they are sent, and a transaction's start and end (its commit or rollback).
 */
export function countingWrites<C extends object>(
  client: C,
  counter: Counting = { writes: 0 },
): { client: C; writes: WriteCounter } {
  return { client: counted(client, counter), writes: counter };
}

function counted<C extends object>(client: C, counter: Counting): C {
  const bump = () => {
    counter.writes += 1;
  };
  const scoped =
    (open: (...args: unknown[]) => Promise<unknown>) =>
    (...args: unknown[]) => {
      const body = args.pop() as (inner: object) => unknown;
      bump();
      return open(...args, (inner: object) => body(counted(inner, counter))).finally(bump);
    };
  // Made once per client, not per query: `unsafe` is read on every statement.
  const wrapped = new Map<PropertyKey, unknown>();
  const wrap = (property: PropertyKey, value: (...a: unknown[]) => Promise<unknown>): unknown => {
    if (property === "unsafe")
      return (statement: string, ...rest: unknown[]) => {
        const query = value.call(client, statement, ...rest);
        if (isPlainRead(statement) || writesBookkeepingOnly(statement)) return query;
        bump();
        return bumpWhenSettled(query, bump);
      };
    if (property === "begin" || property === "savepoint") return scoped(value.bind(client));
    return value;
  };
  return new Proxy(client, {
    // A tagged-template call is not how drizzle queries; counted as a write, to be safe.
    apply(target, self, args) {
      bump();
      return Reflect.apply(target as (...a: unknown[]) => unknown, self, args);
    },
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      if (!wrapped.has(property))
        wrapped.set(property, wrap(property, value as (...a: unknown[]) => Promise<unknown>));
      return wrapped.get(property);
    },
  });
}

/** Functions a select can call that change state; a select naming one counts as a write. */
const STATEFUL_CALLS = /\b(nextval|setval|set_config|pg_advisory\w*|pg_notify|pg_try_advisory\w*)\s*\(/i;

export function isPlainRead(statement: string): boolean {
  return /^\s*select\b/i.test(statement) && !STATEFUL_CALLS.test(statement);
}

/**
 * Tables no kept read reads, and no write to which reaches one (no trigger, no cascade): platform
 * bookkeeping written on every request (the replay ledger) or by the job worker. A write to one of them
 * alone leaves what is kept standing; any other statement that may write counts.
 */
const BOOKKEEPING = new Set(["seen_requests", "scheduled_jobs", "send_slots", "delivery_ledger"]);
const ONE_TABLE_WRITE = /^\s*(?:insert\s+into|update|delete\s+from)\s+"([a-z_]+)"[\s(]/i;

export function writesBookkeepingOnly(statement: string): boolean {
  const table = ONE_TABLE_WRITE.exec(statement)?.[1];
  return table !== undefined && BOOKKEEPING.has(table) && !STATEFUL_CALLS.test(statement);
}

/**
 * postgres.js runs a query when it is first awaited (drizzle awaits every one, after `.values()` when it wants
 * rows), so the count rises again when it settles: on PostgreSQL a read on another connection may have run
 * before this write committed, and must not stay kept after it.
 */
function bumpWhenSettled(query: unknown, bump: () => void): unknown {
  const pending = query as PromiseLike<unknown>;
  if (typeof pending?.then !== "function") return query;
  const then = pending.then;
  // biome-ignore lint/suspicious/noThenProperty: the query's own `then`, wrapped; it stays a thenable.
  Object.defineProperty(pending, "then", {
    configurable: true,
    value: (ok?: (v: unknown) => unknown, fail?: (e: unknown) => unknown) =>
      then
        .call(
          pending,
          (v) => {
            bump();
            return v;
          },
          (e: unknown) => {
            bump();
            throw e;
          },
        )
        .then(ok, fail),
  });
  return pending;
}

export interface KeptReads {
  /** `load`'s answer, kept until the next write; every caller gets its own `copy`, so none can change another's. */
  keep<T>(key: string, load: () => Promise<T>, copy: (value: T) => T): Promise<T>;
  /** How many reads were answered from what was kept (for tests and the health page). */
  readonly hits: number;
}

/** More keys than any tenant set needs (tenant, member, districts and partners per tenant): a bound, not a tuning. */
const MAX_KEPT = 5_000;

export function keptReads(counter: WriteCounter | undefined): KeptReads {
  if (!counter) return { keep: (_key, load) => load(), hits: 0 };
  const trusted = () => counter.seesAll !== false;
  const kept = new Map<string, { writes: number; value: unknown }>();
  let hits = 0;
  return {
    get hits() {
      return hits;
    },
    async keep<T>(key: string, load: () => Promise<T>, copy: (value: T) => T): Promise<T> {
      if (!trusted()) return load();
      const hit = kept.get(key);
      if (hit && hit.writes === counter.writes) {
        hits += 1;
        return copy(hit.value as T);
      }
      const writes = counter.writes;
      const value = await load();
      if (writes === counter.writes && trusted()) {
        if (kept.size >= MAX_KEPT) kept.clear();
        kept.set(key, { writes, value });
      }
      return copy(value);
    },
  };
}

/** Copies for kept rows: flat records, so a shallow copy of each is a copy that no caller can share. */
export const copyRows = <R extends object>(rows: R[]): R[] => rows.map((r) => ({ ...r }));
export const copyRow = <R extends object>(row: R | undefined): R | undefined =>
  row ? { ...row } : undefined;
