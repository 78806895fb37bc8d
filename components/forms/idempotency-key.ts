/**
 * A fresh key per form opening: retries and double clicks reuse it, so the server records once.
 * crypto.randomUUID only exists on https/localhost; a shop PC opened over plain http on the LAN
 * still has getRandomValues.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
