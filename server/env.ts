// Never in a browser bundle: these are the server's secrets (AUTH_SECRET, API keys, SMTP).
import "server-only";
import { z } from "zod";
import { isPlaceholderSecret, SECRET_NAMES, withSecretFiles } from "./env-secrets";

// Validated once; a missing or malformed variable stops start-up with its name in the message.
const optionalUrl = z.url().optional();
const hours = (fallback: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .default(fallback);
const perMinute = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);
const LOOPBACK_PLAIN = /^(ws|http):\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?(\/|$)/;
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const NODE_ENVS = ["development", "production", "test"] as const;
const envSchema = z.object({
  NODE_ENV: z.enum(NODE_ENVS).default("development"),
  DATABASE_URL: z.url().refine((url) => /^postgres(ql)?:\/\//.test(url), "must be a postgresql:// URL"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  APP_URL: optionalUrl,
  // A signed-in device stays signed in this long at most, and is signed out after this long unused.
  SESSION_MAX_AGE_HOURS: hours(30 * 24),
  SESSION_IDLE_HOURS: hours(7 * 24),
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  // Traces over OTLP/HTTP to <endpoint>/v1/traces when set (server/observability/tracing-setup.ts).
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl,
  OTEL_SERVICE_NAME: z.string().min(1).default("execora-app"),
  METRICS_TOKEN: z.string().min(16).optional(),
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().default("Execora <no-reply@execora.local>"),
  GST_RATES: z.string().optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  // A database that stops answering costs a request this long, then 503 (server/db.ts). The wait
  // for a pooled connection is also how writes queue behind one busy customer's row (200 at once
  // on one customer take a few seconds on 2 cores), so it is longer than the statement timeout.
  DB_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  DB_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  // Shared store for rate limits across app instances; without it each instance counts alone.
  REDIS_URL: z
    .url()
    .refine((url) => /^rediss?:\/\//.test(url), "must be a redis:// or rediss:// URL")
    .optional(),
  // Per app instance in memory, or across all instances when REDIS_URL is set.
  RATE_LIMIT_PER_MINUTE: perMinute(600),
  // Proxies in front of the app that append to X-Forwarded-For (server/http/client-key.ts).
  TRUSTED_PROXY_COUNT: z.coerce.number().int().min(0).max(10).default(1),
  SIGN_UP_RATE_LIMIT_PER_MINUTE: perMinute(10),
  VOICE_SESSION_RATE_LIMIT_PER_MINUTE: perMinute(10),
  VOICE_TURN_RATE_LIMIT_PER_MINUTE: perMinute(60),
  WEBHOOK_RATE_LIMIT_PER_MINUTE: perMinute(1_200),
  STT_PROVIDER: z.enum(["local", "deepgram", "openai"]).default("local"),
  DEEPGRAM_API_KEY: z.string().min(1).optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  // Tests only: points the cloud STT clients at a loopback server.
  STT_BASE_URL: optionalUrl,
  // Plain ws:// is allowed only on loopback: the server `npm start` runs on this machine.
  LIVEKIT_URL: z
    .url()
    .refine(
      (url) => /^(wss|https):\/\//.test(url) || LOOPBACK_PLAIN.test(url),
      "must be a wss:// or https:// URL (ws:// or http:// only on 127.0.0.1 or localhost)",
    )
    .optional(),
  LIVEKIT_API_KEY: z.string().min(1).optional(),
  LIVEKIT_API_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  LIVEKIT_AGENT_NAME: z.string().min(1).default("execora-voice"),
  // The LiveKit agent worker's models (agent/README.md).
  OPENAI_MODEL: z.string().min(1).default("gpt-4o-mini"),
  OPENAI_TTS_MODEL: z.string().min(1).default("gpt-4o-mini-tts"),
  OPENAI_TTS_VOICE: z
    .enum(["alloy", "ash", "ballad", "coral", "echo", "fable", "nova", "onyx", "sage", "shimmer"])
    .default("alloy"),
  DEEPGRAM_LANGUAGE: z.enum(["multi", "hi"]).default("multi"),
  // The agent worker's spoken replies: espeak-ng on this machine, or OpenAI (needs OPENAI_API_KEY).
  TTS_PROVIDER: z.enum(["local", "openai"]).default("local"),
  // The agent worker's health/status HTTP server, and how many job processes it keeps warm
  // (unset: the framework's default, up to 4 in `start` mode). npm start's own worker: 127.0.0.1.
  AGENT_HTTP_HOST: z.string().min(1).default("0.0.0.0"),
  AGENT_HTTP_PORT: z.coerce.number().int().min(0).max(65_535).default(8081),
  // The worker's Prometheus endpoint (agent/metrics-server.ts); off when unset.
  AGENT_METRICS_PORT: z.coerce.number().int().min(1).max(65_535).optional(),
  AGENT_IDLE_PROCESSES: z.coerce.number().int().min(1).max(16).optional(),
  // A push-to-talk turn held longer than this is cut and answered (a stuck button or a merchant
  // who forgot to let go would otherwise keep the microphone open for the whole session).
  AGENT_MAX_TURN_SECONDS: z.coerce.number().int().min(1).max(300).default(30),
  // CPU load (0.05–1) from which the worker takes no new voice sessions (the framework's default:
  // 0.7 in `start` mode); `none` never refuses for load: one machine running the app, the server
  // and the worker (npm start, the e2e tests) is always busy while someone talks.
  AGENT_LOAD_THRESHOLD: z
    .union([z.literal("none").transform(() => Number.POSITIVE_INFINITY), z.coerce.number().min(0.05).max(1)])
    .optional(),
  // Reminders run on Inngest: Cloud (event + signing keys), self-hosted (INNGEST_BASE_URL), or the
  // dev server (INNGEST_DEV=1). With none of them, reminders wait in the outbox (README).
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  INNGEST_SIGNING_KEY: z.string().min(1).optional(),
  INNGEST_DEV: z.enum(["0", "1"]).optional(),
  INNGEST_BASE_URL: optionalUrl,
  // No reminder goes out in these IST hours ("21-9": 21:00 to 09:00); "none" for any time.
  REMINDER_QUIET_HOURS: z
    .string()
    .regex(/^(none|([01]?\d|2[0-3])-([01]?\d|2[0-3]))$/, 'must be like "21-9", or "none"')
    .default("21-9"),
  // How often each app instance's outbox relay looks for events to publish.
  OUTBOX_RELAY_INTERVAL_MS: z.coerce.number().int().min(200).max(600_000).default(5_000),
  // Message channels (server/messaging): WhatsApp Cloud API, MSG91 SMS; email uses SMTP_URL.
  WHATSAPP_ACCESS_TOKEN: z.string().min(1).optional(),
  WHATSAPP_PHONE_NUMBER_ID: z.string().regex(/^\d+$/, "must be the numeric phone number id").optional(),
  WHATSAPP_API_BASE: z.url().default("https://graph.facebook.com"),
  WHATSAPP_API_VERSION: z
    .string()
    .regex(/^v\d+\.\d+$/, 'must look like "v23.0"')
    .default("v23.0"),
  // The approved WhatsApp template reminders use: {{1}} name, {{2}} amount, {{3}} shop, {{4}} link.
  WHATSAPP_REMINDER_TEMPLATE: z
    .string()
    .regex(/^[a-z0-9_]{1,512}$/)
    .default("payment_reminder"),
  // /api/webhooks/whatsapp: Meta's verification token (GET) and the app secret that signs POSTs.
  WHATSAPP_VERIFY_TOKEN: z.string().min(8).optional(),
  WHATSAPP_APP_SECRET: z.string().min(16).optional(),
  MSG91_AUTH_KEY: z.string().min(1).optional(),
  MSG91_SENDER_ID: z
    .string()
    .regex(/^[A-Za-z0-9]{3,11}$/, "must be the sender id (DLT header)")
    .optional(),
  MSG91_TEMPLATE_ID: z.string().min(1).optional(),
  MSG91_TEMPLATE_ID_HI: z.string().min(1).optional(),
  MSG91_API_BASE: z.url().default("https://control.msg91.com"),
  MESSAGE_SEND_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  // Days a shared bill or statement link (/b/…, /s/…) stays open before it expires.
  PUBLIC_LINK_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
});

const LIVEKIT_TRIO = ["LIVEKIT_URL", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET"] as const;
// Each channel's variables are set all together or not at all (MSG91_TEMPLATE_ID_HI needs the trio).
const SET_TOGETHER = [
  ["WHATSAPP_ACCESS_TOKEN", "WHATSAPP_PHONE_NUMBER_ID"],
  ["MSG91_AUTH_KEY", "MSG91_SENDER_ID", "MSG91_TEMPLATE_ID"],
] as const;
const STT_KEYS = { deepgram: "DEEPGRAM_API_KEY", openai: "OPENAI_API_KEY" } as const;

// A half-configured LiveKit, or a cloud STT without its key, would fail at the first voice
// session or spoken command; fail at boot instead.
const checkedSchema = envSchema.superRefine((value, context) => {
  if (value.NODE_ENV === "production") {
    for (const name of SECRET_NAMES) {
      const secret = value[name];
      if (
        name !== "DATABASE_URL" &&
        name !== "SMTP_URL" &&
        name !== "REDIS_URL" &&
        secret &&
        isPlaceholderSecret(secret)
      ) {
        context.addIssue({
          code: "custom",
          path: [name],
          message: "is a placeholder or a published test value; set a random one (openssl rand -base64 32)",
        });
      }
    }
  }
  if (value.STT_PROVIDER !== "local") {
    const keyName = STT_KEYS[value.STT_PROVIDER];
    if (value[keyName] === undefined) {
      context.addIssue({
        code: "custom",
        path: [keyName],
        message: `must be set when STT_PROVIDER=${value.STT_PROVIDER}`,
      });
    }
  }
  if (
    value.NODE_ENV === "production" &&
    value.INNGEST_EVENT_KEY &&
    !value.INNGEST_SIGNING_KEY &&
    value.INNGEST_DEV !== "1"
  ) {
    context.addIssue({
      code: "custom",
      path: ["INNGEST_SIGNING_KEY"],
      message:
        "must be set with INNGEST_EVENT_KEY in production (requests to /api/inngest are verified with it)",
    });
  }
  for (const group of SET_TOGETHER) {
    const given = group.filter((name) => value[name] !== undefined);
    if (given.length === 0 || given.length === group.length) continue;
    for (const name of group.filter((name) => value[name] === undefined)) {
      context.addIssue({
        code: "custom",
        path: [name],
        message: `must be set together with ${given.join(", ")} (set all of ${group.join(", ")}, or none)`,
      });
    }
  }
  if (value.MSG91_TEMPLATE_ID_HI !== undefined && value.MSG91_TEMPLATE_ID === undefined) {
    context.addIssue({
      code: "custom",
      path: ["MSG91_TEMPLATE_ID"],
      message: "must be set with MSG91_TEMPLATE_ID_HI (the English template is the default)",
    });
  }
  const set = LIVEKIT_TRIO.filter((name) => value[name] !== undefined);
  if (set.length === 0 || set.length === LIVEKIT_TRIO.length) return;
  for (const name of LIVEKIT_TRIO.filter((name) => value[name] === undefined)) {
    context.addIssue({
      code: "custom",
      path: [name],
      message: `must be set together with ${set.join(", ")} (set all of LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET, or none)`,
    });
  }
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Validate a set of variables (the process's, or a test's own) with the same rules as boot. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = checkedSchema.safeParse(withSecretFiles(source));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  return parsed.data;
}

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The variables as given (secret files read), unvalidated: the deployment check's input. */
export function environmentVariables(): Record<string, string | undefined> {
  return withSecretFiles(process.env);
}

/**
 * What the logger and password hashing need before (or without) the full validation: the logger
 * must exist to report a bad configuration, and `next build` loads both with no environment.
 * A malformed LOG_LEVEL falls back here and is reported by name when env() runs at boot.
 */
export function bootSettings(): { NODE_ENV: Env["NODE_ENV"]; LOG_LEVEL: Env["LOG_LEVEL"] } {
  const nodeEnv = z.enum(NODE_ENVS).catch("development").parse(process.env.NODE_ENV);
  const fallbackLevel = nodeEnv === "test" ? "silent" : "info";
  const logLevel = z.enum(LOG_LEVELS).catch(fallbackLevel).parse(process.env.LOG_LEVEL);
  return { NODE_ENV: nodeEnv, LOG_LEVEL: logLevel };
}

/** `next build` loads server code with no environment; boot validation is skipped there. */
export function isNextProductionBuild(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}

export function resetEnvForTests() {
  cached = undefined;
}
