// Reads the embedded database answers the same until something writes, kept in this process between writes.
//
// PGlite is one process and one connection by construction (db.ts), and postgres.js sends statements on it in
// order. So a read kept with the count of writes seen when it began is still true while that count stands:
// a write sent before the read ran before it, and any write sent since has raised the count. The count rises
// at every statement that is not a plain read (a rollback too), so no writer needs to remember to forget, and
// a transaction that rolls back leaves nothing kept. On PostgreSQL other replicas write unseen, so nothing is
// kept there (no counter).

/** How many statements that may write this process has sent to the database; only rises. */
export interface WriteCounter {
  readonly writes: number;
}

type Counting = WriteCounter & { writes: number };

/**
 * The postgres.js client as drizzle uses it (`unsafe`, `begin`, `savepoint`), counting the statements that may
 * write as they are sent, and a transaction's start and end (its commit or rollback).
 */
export function countingWrites<C extends object>(client: C): { client: C; writes: WriteCounter } {
  const counter: Counting = { writes: 0 };
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
        if (!isPlainRead(statement)) bump();
        return value.call(client, statement, ...rest);
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
  const kept = new Map<string, { writes: number; value: unknown }>();
  let hits = 0;
  return {
    get hits() {
      return hits;
    },
    async keep<T>(key: string, load: () => Promise<T>, copy: (value: T) => T): Promise<T> {
      const hit = kept.get(key);
      if (hit && hit.writes === counter.writes) {
        hits += 1;
        return copy(hit.value as T);
      }
      const writes = counter.writes;
      const value = await load();
      if (writes === counter.writes) {
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
