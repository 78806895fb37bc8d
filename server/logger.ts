import pino from "pino";
import { bootSettings } from "./env";

// JSON lines to stdout. Personal data (names, phones, transcripts) never goes in a log line:
// log ids and counts; the redact list is a safety net, not the policy.
/** Keys masked wherever they appear at the top level or one level down (server/logger.test.ts). */
export const REDACTED_KEYS = [
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
  "token",
  "*.token",
  "accessToken",
  "*.accessToken",
  "participantToken",
  "*.participantToken",
  "otp",
  "*.otp",
  "secret",
  "*.secret",
  "apiKey",
  "*.apiKey",
  "transcript",
  "*.transcript",
  "headers.authorization",
  "headers.cookie",
];

export const loggerOptions: pino.LoggerOptions = {
  level: bootSettings().LOG_LEVEL,
  base: { service: "execora" },
  redact: { paths: REDACTED_KEYS, censor: "[redacted]" },
};

export const logger = pino(loggerOptions);
