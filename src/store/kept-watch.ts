// On PostgreSQL other replicas write too: this hears their commits to the tables the kept reads read, so this
// process may keep those reads between writes (kept-reads.ts) as the embedded database does.
//
// Triggers on those tables (migration 0009) NOTIFY on every write, and PostgreSQL delivers a notification when
// the writing transaction commits, to every listening session, this process's own included. The count rises
// with each one; a reply to a kept read is then as fresh as a read of its own would have been, but for the
// time a notification takes to arrive. While the listening connection is down, or has not answered its
// heartbeat lately, a notification could go unheard: nothing is kept then (`seesAll` false), and the count
// rises again once it listens anew, so nothing kept from before the gap is served after it.
import postgres from "postgres";

/** The channel the migration's triggers notify on. */
export const KEPT_CHANNEL = "sra_kept_tables";
/**
 * How often the listening connection is asked to answer. PostgreSQL sends a session its pending
 * notifications before it answers, so an answer proves every commit before the question was heard.
 */
const HEARTBEAT_MS = 1_000;
/** Without an answer for this long the connection counts as silent, and nothing is kept. */
const SILENT_AFTER_MS = 2.5 * HEARTBEAT_MS;
const RELISTEN_MS = 1_000;

export interface WatchedWrites {
  writes: number;
  readonly seesAll: boolean;
}

export interface KeptWatch {
  /** The count kept-reads.ts compares, shared with the counting client (countingWrites). */
  counter: WatchedWrites;
  /** Resolves once the first LISTEN is in place (or failed: then nothing is kept until it is). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export function watchKeptTables(url: string, now: () => number = () => performance.now()): KeptWatch {
  let listening = false;
  let lastAnswer = Number.NEGATIVE_INFINITY;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  const counter = {
    writes: 0,
    get seesAll() {
      return listening && now() - lastAnswer < SILENT_AFTER_MS;
    },
  };
  const bump = () => {
    counter.writes += 1;
  };
  // A connection of its own: a LISTEN holds its session, which the pool would hand to other queries.
  const listener = postgres(url, {
    max: 1,
    idle_timeout: 0,
    max_lifetime: 0,
    fetch_types: false,
    onnotice: () => {},
    // postgres.js's own `listen()` uses this option too, but on a connection this module cannot ask for a
    // heartbeat; its type declaration leaves it out.
    ...({ onnotify: bump } as object),
    onclose: () => {
      listening = false;
      bump();
      if (!stopped) relistenSoon();
    },
  });

  function relistenSoon(): void {
    clearTimeout(retry);
    retry = setTimeout(() => void listen(), RELISTEN_MS);
    retry.unref();
  }

  async function listen(): Promise<void> {
    try {
      await listener.unsafe(`listen "${KEPT_CHANNEL}"`);
      lastAnswer = now();
      // Whatever was written while nobody listened is unknown: forget all that was kept before.
      bump();
      listening = true;
    } catch {
      listening = false;
      if (!stopped) relistenSoon();
    }
  }

  const heartbeat = setInterval(() => {
    if (!listening) return;
    const asked = now();
    listener`select 1`.then(
      () => {
        lastAnswer = Math.max(lastAnswer, asked);
      },
      () => {},
    );
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    counter,
    ready: listen(),
    async stop() {
      stopped = true;
      listening = false;
      clearInterval(heartbeat);
      clearTimeout(retry);
      await listener.end({ timeout: 5 });
    },
  };
}
