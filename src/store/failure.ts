// What a failed database call says about the data, so replies never claim more than is known.
// Both drivers are covered: postgres.js (PostgresError, Node socket errors, its own CONNECTION_* codes)
// and PGlite (DatabaseError); drizzle wraps query errors in DrizzleQueryError with the driver's error as cause.

/**
 * - `unreachable`: no connection could be opened, so the statement was never sent.
 * - `rejected`: the server refused a statement (a constraint, bad data, a cancel); its transaction rolled back.
 * - `interrupted`: the connection ended while a statement was under way: a COMMIT may have landed or not.
 * - `undefined`: not a database failure (a bug, a rule thrown by the code).
 */
export type DatabaseFailure = "unreachable" | "rejected" | "interrupted";

/** Node socket errors and server refusals that only happen while a connection is being opened. */
const UNREACHABLE = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "CONNECT_TIMEOUT",
  "28000", // invalid_authorization_specification
  "28P01", // invalid_password
  "3D000", // invalid_catalog_name: the database does not exist
  "53300", // too_many_connections
  "57P03", // cannot_connect_now: starting up, or in recovery
]);

/** The connection went away mid-call: postgres.js codes and the sockets' own. */
const INTERRUPTED = new Set([
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
]);

interface Coded {
  code?: unknown;
  severity?: unknown;
  cause?: unknown;
  errors?: unknown;
}

function driverError(error: unknown): Coded | undefined {
  let e: unknown = error;
  // DrizzleQueryError (and anything else that wraps): the driver's error is the innermost cause.
  for (let depth = 0; depth < 5 && e && typeof e === "object"; depth++) {
    const c = e as Coded;
    if (typeof c.code === "string") return c;
    // Node reports a refused connection to every address of a host name as one AggregateError.
    if (Array.isArray(c.errors) && c.errors.length > 0) e = c.errors[0];
    else e = c.cause;
  }
  return undefined;
}

export function databaseFailure(error: unknown): DatabaseFailure | undefined {
  const e = driverError(error);
  if (!e) return undefined;
  const code = String(e.code);
  if (UNREACHABLE.has(code)) return "unreachable";
  if (INTERRUPTED.has(code)) return "interrupted";
  const severity = typeof e.severity === "string" ? e.severity : undefined;
  if (/^[0-9A-Z]{5}$/.test(code) && severity) {
    // Class 08 is "connection exception"; 57P01/57P02 are the server ending the session (terminate,
    // shutdown). FATAL and PANIC end the session too. Whatever was in flight may or may not have committed.
    if (code.startsWith("08") || code.startsWith("57P") || severity === "FATAL" || severity === "PANIC")
      return "interrupted";
    return "rejected";
  }
  return undefined;
}
