/**
 * Families share a phone, so a second customer with a number is allowed, but only after the
 * merchant has seen who already has it. The server names that customer in the error's details.
 */
export type SharedPhoneWith = { id: string; name: string };

/** The customer named in a CONFLICT's details (tRPC error data), or null for any other error. */
export function sharedPhoneWithOf(details: unknown): SharedPhoneWith | null {
  if (typeof details !== "object" || details === null) return null;
  const other = (details as { sharedPhoneWith?: unknown }).sharedPhoneWith;
  if (typeof other !== "object" || other === null) return null;
  const { id, name } = other as Record<string, unknown>;
  return typeof id === "string" && typeof name === "string" ? { id, name } : null;
}
