import { readFileSync } from "node:fs";

// Secrets may come from files (Docker/Kubernetes secrets): X_FILE names a file whose contents
// are X. Production refuses a secret that is a placeholder or one of this repository's own test
// values, naming it, instead of starting with a key anyone can read on GitHub.

export const SECRET_NAMES = [
  "DATABASE_URL",
  "AUTH_SECRET",
  "METRICS_TOKEN",
  "SMTP_URL",
  "REDIS_URL",
  "DEEPGRAM_API_KEY",
  "OPENAI_API_KEY",
  "LIVEKIT_API_KEY",
  "LIVEKIT_API_SECRET",
  "INNGEST_EVENT_KEY",
  "INNGEST_SIGNING_KEY",
  "WHATSAPP_ACCESS_TOKEN",
  "WHATSAPP_VERIFY_TOKEN",
  "WHATSAPP_APP_SECRET",
  "MSG91_AUTH_KEY",
] as const;

/** The variables with every X_FILE read into X; an error names a file that cannot be read. */
export function withSecretFiles(
  source: Record<string, string | undefined>,
): Record<string, string | undefined> {
  const resolved = { ...source };
  for (const name of SECRET_NAMES) {
    const file = source[`${name}_FILE`];
    if (!file) continue;
    if (source[name] !== undefined)
      throw new Error(`Invalid environment configuration:\n  ${name}: set ${name} or ${name}_FILE, not both`);
    try {
      resolved[name] = readFileSync(file, "utf8").trim();
    } catch {
      throw new Error(`Invalid environment configuration:\n  ${name}_FILE: cannot read ${file}`);
    }
  }
  return resolved;
}

// Values that appear in this repository (tests, benchmarks, e2e) or in examples.
const KNOWN = new Set([
  "test-secret-test-secret-test-secret-0123",
  "bench-secret-bench-secret-bench-secret-0123",
  "e2e-secret-e2e-secret-e2e-secret-0123",
  "devkey",
  "secret",
]);

/** A placeholder or published value: never acceptable as a production secret. */
export function isPlaceholderSecret(value: string): boolean {
  const lower = value.toLowerCase();
  if (KNOWN.has(value) || /changeme|change-me|example|placeholder|your[-_]?secret/.test(lower)) return true;
  return new Set(value).size <= 2;
}
