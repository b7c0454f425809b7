// Configuration from the environment, validated once at start-up.
import { z } from "zod";

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

export const configSchema = z.object({
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
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_CLIENT_ID: optional,
  SLACK_CLIENT_SECRET: optional,
  SLACK_STATE_SECRET: optional,
  SLACK_API_URL: optional,
  MICROSOFT_APP_ID: optional,
  MICROSOFT_APP_PASSWORD: optional,
  MICROSOFT_APP_TENANT_ID: optional,
  /** Replaces Bot Framework's OpenID metadata URL (its keys sign inbound tokens); tests use a local fake. */
  MICROSOFT_OPENID_METADATA_URL: optional.pipe(
    z.url({ protocol: /^https?$/, error: "an http(s) URL" }).optional(),
  ),
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
