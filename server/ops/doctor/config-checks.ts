import { isPlaceholderSecret, SECRET_NAMES } from "../../env-secrets";
import { type DoctorCheck, fail, pass, warn } from "./doctor-check";

type Variables = Record<string, string | undefined>;
const RANDOM_SECRET = "openssl rand -base64 32";
// Connection strings name a host, not a secret a stranger could guess from this repository.
const NOT_RANDOM = new Set<string>(["DATABASE_URL", "SMTP_URL", "REDIS_URL"]);

function secretsCheck(variables: Variables): DoctorCheck {
  const title = "Secrets are not defaults";
  if (!variables.AUTH_SECRET) {
    return fail(
      "secrets",
      title,
      "AUTH_SECRET is not set.",
      `Set AUTH_SECRET to the output of ${RANDOM_SECRET}.`,
    );
  }
  const placeholders = SECRET_NAMES.filter((name) => !NOT_RANDOM.has(name)).filter((name) => {
    const value = variables[name];
    return value !== undefined && isPlaceholderSecret(value);
  });
  if (placeholders.length) {
    return fail(
      "secrets",
      title,
      `Placeholder or published values: ${placeholders.join(", ")}.`,
      `Give each a random value (${RANDOM_SECRET}) and restart.`,
    );
  }
  return pass("secrets", title, "No secret is a placeholder or a value published in this repository.");
}

function webhookSecretsCheck(variables: Variables): DoctorCheck {
  const title = "Webhook secrets are set";
  const missing: string[] = [];
  if (variables.WHATSAPP_ACCESS_TOKEN) {
    if (!variables.WHATSAPP_APP_SECRET) missing.push("WHATSAPP_APP_SECRET (signs WhatsApp's webhook posts)");
    if (!variables.WHATSAPP_VERIFY_TOKEN) missing.push("WHATSAPP_VERIFY_TOKEN (Meta's webhook verification)");
  }
  if (variables.INNGEST_EVENT_KEY && !variables.INNGEST_SIGNING_KEY && variables.INNGEST_DEV !== "1") {
    missing.push("INNGEST_SIGNING_KEY (verifies calls to /api/inngest)");
  }
  if (variables.LIVEKIT_URL && !variables.LIVEKIT_API_SECRET) {
    missing.push("LIVEKIT_API_SECRET (verifies /api/webhooks/livekit)");
  }
  if (missing.length) {
    return fail(
      "webhook-secrets",
      title,
      `Missing: ${missing.join("; ")}.`,
      "Set them from each provider's console.",
    );
  }
  return pass(
    "webhook-secrets",
    title,
    "Every configured integration has the secret that verifies its webhooks.",
  );
}

function metricsTokenCheck(variables: Variables): DoctorCheck {
  const title = "Metrics need a token";
  if (variables.METRICS_TOKEN) return pass("metrics-token", title, "METRICS_TOKEN is set.");
  return warn(
    "metrics-token",
    title,
    "METRICS_TOKEN is not set: /api/metrics answers anyone who can reach it.",
    `Set METRICS_TOKEN (${RANDOM_SECRET}) and give Prometheus the same bearer token.`,
  );
}

function sharedLimitsCheck(variables: Variables): DoctorCheck {
  const title = "Rate limits are shared between instances";
  if (variables.REDIS_URL)
    return pass("redis", title, "REDIS_URL is set: limits count across every instance.");
  return warn(
    "redis",
    title,
    "REDIS_URL is not set: each instance counts sign-in failures and rate limits on its own.",
    "Set REDIS_URL when more than one instance runs behind the load balancer.",
  );
}

/** Checks of the environment the deployment runs with: no network, no database. */
export function configChecks(variables: Variables): DoctorCheck[] {
  return [
    secretsCheck(variables),
    webhookSecretsCheck(variables),
    metricsTokenCheck(variables),
    sharedLimitsCheck(variables),
  ];
}
