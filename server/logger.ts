import pino from "pino";
import { bootSettings } from "./env";

// JSON lines to stdout. Personal data (names, phones, transcripts) never goes in a log line:
// log ids and counts; the redact list is a safety net, not the policy.
export const logger = pino({
  level: bootSettings().LOG_LEVEL,
  base: { service: "execora" },
  redact: {
    paths: [
      "password",
      "*.password",
      "passwordHash",
      "*.passwordHash",
      "authorization",
      "*.authorization",
      "cookie",
      "*.cookie",
      "code",
      "*.code",
      "phone",
      "*.phone",
      "email",
      "*.email",
    ],
    censor: "[redacted]",
  },
});
