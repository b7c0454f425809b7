// Configuration from the environment, validated once at start-up.
import { z } from "zod";
import { FEDERAL_STATES } from "./scheduler/holidays.js";
import { MIN_PASSPHRASE_LENGTH, secretKeyBytes } from "./store/index.js";

/** "BY=https://a BE=https://b" -> { BY: "https://a", BE: "https://b" }; a part without "=" keeps its text as key. */
function parseHolidayUrls(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of value.split(/[\s,]+/).filter(Boolean)) {
    const eq = part.indexOf("=");
    out[(eq < 0 ? part : part.slice(0, eq)).toUpperCase()] = eq < 0 ? "" : part.slice(eq + 1);
  }
  return out;
}

const optional = z
  .string()
  .trim()
  .transform((v) => (v === "" ? undefined : v))
  .optional();

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("de-DE", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const SECRET_KEY_EXPECTED = `32 random bytes as 64 hex digits or base64, or a passphrase of at least ${MIN_PASSPHRASE_LENGTH} characters`;

export const configSchema = z
  .object({
    /** The interface to listen on: loopback behind a reverse proxy on the same host, 0.0.0.0 in a container. */
    HOST: z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9.:[\]-]{1,255}$/, "a host name or IP address such as 127.0.0.1 or 0.0.0.0")
      .default("127.0.0.1"),
    PORT: z.coerce
      .number({ error: "a port number" })
      .int("a whole port number")
      .min(0, "a port number from 0 to 65535")
      .max(65535, "a port number from 0 to 65535")
      .default(3978),
    DATABASE_URL: optional.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, "a postgres:// or postgresql:// URL")
        .optional(),
    ),
    DATA_DIR: z.string().trim().min(1, "a folder path").default("./data"),
    DEFAULT_TIMEZONE: z
      .string()
      .default("Europe/Berlin")
      .refine(isTimeZone, "an IANA time zone such as Europe/Berlin"),
    LOG_LEVEL: z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        error: "one of fatal, error, warn, info, debug, trace, silent",
      })
      .default("info"),
    PUBLIC_URL: optional,
    /** Commands run at once per process; more wait in line (see src/commands/admission.ts). */
    MAX_CONCURRENT_COMMANDS: z.coerce
      .number({ error: "a whole number from 1 to 1000" })
      .int("a whole number from 1 to 1000")
      .min(1, "a whole number from 1 to 1000")
      .max(1000, "a whole number from 1 to 1000")
      .default(16),
    /** How long a typed command waits in line before it is answered „gerade ist viel los“. */
    MAX_COMMAND_WAIT_MS: z.coerce
      .number({ error: "milliseconds from 100 to 60000" })
      .int("milliseconds from 100 to 60000")
      .min(100, "milliseconds from 100 to 60000")
      .max(60_000, "milliseconds from 100 to 60000")
      .default(4_000),
    SLACK_BOT_TOKEN: optional,
    SLACK_SIGNING_SECRET: optional,
    SLACK_APP_TOKEN: optional,
    SLACK_CLIENT_ID: optional,
    SLACK_CLIENT_SECRET: optional,
    SLACK_STATE_SECRET: optional,
    SLACK_API_URL: optional,
    /** Encrypts platform secrets at rest (Slack installation tokens); required with Slack OAuth. */
    SECRET_KEY: optional.pipe(
      z
        .string()
        .refine((v) => secretKeyBytes(v) !== undefined, SECRET_KEY_EXPECTED)
        .optional(),
    ),
    MICROSOFT_APP_ID: optional,
    MICROSOFT_APP_PASSWORD: optional,
    MICROSOFT_APP_TENANT_ID: optional,
    /** Replaces Bot Framework's OpenID metadata URL (its keys sign inbound tokens); tests use a local fake. */
    MICROSOFT_OPENID_METADATA_URL: optional.pipe(
      z.url({ protocol: /^https?$/, error: "an http(s) URL" }).optional(),
    ),
    /**
     * Hosts a file sent to the bot in Teams may be downloaded from, comma-separated ("*.sharepoint.com",
     * or an origin such as http://127.0.0.1:4000 in tests); default *.sharepoint.com.
     */
    TEAMS_FILE_HOSTS: optional.transform((v) =>
      v === undefined
        ? undefined
        : v
            .split(/[\s,]+/)
            .map((h) => h.trim())
            .filter(Boolean),
    ),
    /**
     * The ministries' school-holiday calendars, imported weekly into every tenant of that Bundesland:
     * "BY=https://…/ferien-by.ics NW=https://…/ferien-nw.ics" (state code = link, separated by spaces or commas).
     */
    SCHOOL_HOLIDAYS_ICS_URLS: optional.pipe(
      z
        .string()
        .transform((v) => parseHolidayUrls(v))
        .refine(
          (urls) => Object.keys(urls).every((k) => (FEDERAL_STATES as readonly string[]).includes(k)),
          "state codes BW, BY, … each with = and an http(s) link, e.g. BY=https://…/ferien.ics",
        )
        .pipe(
          z.partialRecord(
            z.enum(FEDERAL_STATES, { error: "state codes BW, BY, … with = and an http(s) link" }),
            z.url({ protocol: /^https?$/, error: "state codes with = and an http(s) link" }),
          ),
        )
        .optional(),
    ),
    /**
     * Development and tests only: links a lead types (ferien import <URL>) may lead to loopback and private
     * addresses. Off, such links are refused, so nobody can make the bot probe its internal network.
     */
    ALLOW_PRIVATE_URLS: z
      .enum(["true", "false", ""], { error: "true or false" })
      .optional()
      .transform((v) => v === "true"),
    /** Development only (Microsoft 365 Agents Playground): Teams without token validation, loopback only. */
    TEAMS_LOCAL_MODE: z
      .enum(["true", "false", ""], { error: "true or false" })
      .optional()
      .transform((v) => v === "true"),
  })
  .superRefine((c, ctx) => {
    // Local mode skips token validation; next to real credentials it would be an unauthenticated door
    // into a production bot, so the combination is refused rather than one of them silently winning.
    if (c.TEAMS_LOCAL_MODE && (c.MICROSOFT_APP_ID || c.MICROSOFT_APP_PASSWORD))
      ctx.addIssue({
        code: "custom",
        path: ["TEAMS_LOCAL_MODE"],
        message:
          "it unset while MICROSOFT_APP_ID/MICROSOFT_APP_PASSWORD are set (local mode is a development mode without credentials)",
      });
    // OAuth stores every workspace's bot token; refusing to start beats storing them in clear.
    if ((c.SLACK_CLIENT_ID || c.SLACK_CLIENT_SECRET) && !c.SECRET_KEY)
      ctx.addIssue({
        code: "custom",
        path: ["SECRET_KEY"],
        message: `${SECRET_KEY_EXPECTED} (required with SLACK_CLIENT_ID/SLACK_CLIENT_SECRET, to encrypt installation tokens)`,
      });
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses the environment; a bad value throws one line naming the variable and what is expected. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const name = issue?.path.join(".") ?? "environment";
  throw new ConfigError(`Invalid ${name}: expected ${issue?.message ?? "a valid value"}.`);
}
