import { dictionary } from "@zxcvbn-ts/language-common";

// The policy for every new password (sign-up, invite accept, change, owner reset): at least 10
// characters, and not one of the ~49,000 passwords in zxcvbn's common-password list (data from
// a maintained package, compared case-insensitively, so "Password123" is as weak as "password123").
export const MIN_PASSWORD_LENGTH = 10;
const COMMON = new Set(dictionary["passwords-common"].map((word: string) => word.toLowerCase()));

/** Why this password is refused, in the words the form shows; null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `At least ${MIN_PASSWORD_LENGTH} characters`;
  if (COMMON.has(password.toLowerCase())) return "This password is too common. Choose another.";
  return null;
}
