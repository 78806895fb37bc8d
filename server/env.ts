// Never in a browser bundle: these are the server's secrets (AUTH_SECRET, API keys, SMTP).
import "server-only";
import { z } from "zod";

// Validated once; a missing or malformed variable stops start-up with its name in the message.
const optionalUrl = z.url().optional();
const perMinute = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);
const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
const NODE_ENVS = ["development", "production", "test"] as const;
const envSchema = z.object({
  NODE_ENV: z.enum(NODE_ENVS).default("development"),
  DATABASE_URL: z.url().refine((url) => /^postgres(ql)?:\/\//.test(url), "must be a postgresql:// URL"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  APP_URL: optionalUrl,
  LOG_LEVEL: z.enum(LOG_LEVELS).default("info"),
  METRICS_TOKEN: z.string().min(16).optional(),
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().default("Execora <no-reply@execora.local>"),
  GST_RATES: z.string().optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  // Per app instance (the limiters are in process memory).
  RATE_LIMIT_PER_MINUTE: perMinute(600),
  SIGN_UP_RATE_LIMIT_PER_MINUTE: perMinute(10),
  VOICE_SESSION_RATE_LIMIT_PER_MINUTE: perMinute(10),
  STT_PROVIDER: z.enum(["local", "deepgram", "openai"]).default("local"),
  DEEPGRAM_API_KEY: z.string().min(1).optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  // Tests only: points the cloud STT clients at a loopback server.
  STT_BASE_URL: optionalUrl,
  LIVEKIT_URL: z
    .url()
    .refine((url) => /^(wss|https):\/\//.test(url), "must be a wss:// or https:// URL")
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
  // Reminders run on Inngest: Cloud (event + signing keys), self-hosted (INNGEST_BASE_URL), or the
  // dev server (INNGEST_DEV=1). With none of them, reminders wait in the outbox (README).
  INNGEST_EVENT_KEY: z.string().min(1).optional(),
  INNGEST_SIGNING_KEY: z.string().min(1).optional(),
  INNGEST_DEV: z.enum(["0", "1"]).optional(),
  INNGEST_BASE_URL: optionalUrl,
  // How often each app instance's outbox relay looks for events to publish.
  OUTBOX_RELAY_INTERVAL_MS: z.coerce.number().int().min(200).max(600_000).default(5_000),
});

const LIVEKIT_TRIO = ["LIVEKIT_URL", "LIVEKIT_API_KEY", "LIVEKIT_API_SECRET"] as const;
const STT_KEYS = { deepgram: "DEEPGRAM_API_KEY", openai: "OPENAI_API_KEY" } as const;

// A half-configured LiveKit, or a cloud STT without its key, would fail at the first voice
// session or spoken command; fail at boot instead.
const checkedSchema = envSchema.superRefine((value, context) => {
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

export function env(): Env {
  if (cached) return cached;
  const parsed = checkedSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
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
