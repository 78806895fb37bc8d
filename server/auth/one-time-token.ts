import { createHash, randomBytes } from "node:crypto";
import { env } from "../env";

/** 32 URL-safe characters (192 bits): unguessable, so a plain SHA-256 is enough to store it. */
export function newOneTimeToken(): string {
  return randomBytes(24).toString("base64url");
}

export function oneTimeTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** An absolute link into the app carrying a token, for a mail or a message. */
export function tokenLink(pathname: string, parameter: string, token: string): string {
  const base = env().APP_URL ?? "http://localhost:3000";
  return `${base.replace(/\/$/, "")}${pathname}?${parameter}=${encodeURIComponent(token)}`;
}
