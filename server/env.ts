import { z } from "zod";

// Validated once; a missing or malformed variable stops start-up with its name in the message.
const optionalUrl = z.url().optional();
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.url().refine((url) => /^postgres(ql)?:\/\//.test(url), "must be a postgresql:// URL"),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  APP_URL: optionalUrl,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  METRICS_TOKEN: z.string().min(16).optional(),
  SMTP_URL: optionalUrl,
  MAIL_FROM: z.string().default("Execora <no-reply@execora.local>"),
  GST_RATES: z.string().optional(),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
  }
  cached = parsed.data;
  return cached;
}

export function resetEnvForTests() {
  cached = undefined;
}
