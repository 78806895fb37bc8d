import { signIn } from "next-auth/react";

/** Auth.js credentials sign-in without a page reload; true when the session cookie is set. */
export async function signInWithPassword(email: string, password: string): Promise<boolean> {
  const result = await signIn("credentials", { email, password, redirect: false });
  return Boolean(result && !result.error);
}
