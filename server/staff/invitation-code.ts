import { createHash, randomBytes } from "node:crypto";
import { env } from "../env";

/** 32 URL-safe characters (192 bits): unguessable, so a plain SHA-256 is enough to store it. */
export function newInvitationCode(): string {
  return randomBytes(24).toString("base64url");
}

export function invitationCodeHash(code: string): string {
  return createHash("sha256").update(code).digest("hex");
}

export function invitationLink(code: string): string {
  const base = env().APP_URL ?? "http://localhost:3000";
  return `${base.replace(/\/$/, "")}/accept-invite?code=${encodeURIComponent(code)}`;
}
