// The team's recent titles, read on every quick entry (for the focus the team chose before), kept per
// database and tenant for a short while. Every write to activities in this process forgets them at once; a
// write by another replica shows after at most RECENT_TITLES_TTL_MS. They only steer the focus suggestion
// (which the user confirms), and their text is never shown, so that short lag is harmless.
import type { Db } from "../db.js";
import type { Focus } from "../schema/index.js";

export type RecentTitle = { title: string; focus: Focus };

interface KeptTitles {
  /** Bumped by every write: a read that overlapped one is not kept. */
  version: number;
  read?: { at: number; limit: number; rows: RecentTitle[] };
}

const recentTitlesCache = new WeakMap<Db, Map<number, KeptTitles>>();
export const RECENT_TITLES_TTL_MS = 30_000;

function keptTitles(db: Db, tenantId: number): KeptTitles {
  let perTenant = recentTitlesCache.get(db);
  if (!perTenant) {
    perTenant = new Map();
    recentTitlesCache.set(db, perTenant);
  }
  let kept = perTenant.get(tenantId);
  if (!kept) {
    kept = { version: 0 };
    perTenant.set(tenantId, kept);
  }
  return kept;
}

/** The kept titles while fresh; otherwise `load`s them, and keeps them unless a write overlapped the read. */
export async function keptRecentTitles(
  db: Db,
  tenantId: number,
  limit: number,
  load: () => Promise<RecentTitle[]>,
): Promise<RecentTitle[]> {
  const kept = keptTitles(db, tenantId);
  const { read, version } = kept;
  if (read && read.limit === limit && performance.now() - read.at < RECENT_TITLES_TTL_MS) return read.rows;
  const at = performance.now();
  const rows = await load();
  if (kept.version === version) kept.read = { at, limit, rows };
  return rows;
}

export function forgetRecentTitles(db: Db, tenantId: number): void {
  const kept = keptTitles(db, tenantId);
  kept.version += 1;
  delete kept.read;
}
