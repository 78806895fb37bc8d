import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { env } from "../env";

// 24 random bytes: 192 bits, 32 base64url characters. Guessing one is hopeless, and the resolver
// is rate limited per client on top.
const TOKEN_BYTES = 24;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export function newToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

/** A token as it may appear in a URL; anything else is not looked up at all. */
export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** What the database stores and looks up: a copy of the table does not open any link. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

function sealingKey(): Buffer {
  return Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, "execora", "public-link-token", 32));
}

/**
 * The token encrypted under a key derived from AUTH_SECRET, so sharing a bill again gives the same
 * link instead of a new one each time. Only the hash is ever used to find a link.
 */
export function sealToken(token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sealingKey(), iv);
  const sealed = Buffer.concat([cipher.update(token, "utf8"), cipher.final()]);
  return [iv, sealed, cipher.getAuthTag()].map((part) => part.toString("base64url")).join(".");
}

/** The token back, or null when it cannot be opened (AUTH_SECRET changed since): mint a new one. */
export function openToken(sealed: string, tokenHash: string): string | null {
  const [iv, data, tag] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !data || !tag) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", sealingKey(), iv);
    decipher.setAuthTag(tag);
    const token = Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
    return hashToken(token) === tokenHash ? token : null;
  } catch {
    return null;
  }
}
