import { signIn } from "next-auth/react";

export type SignInOutcome = "signed-in" | "wrong" | "too-many-attempts";

/** Auth.js credentials sign-in without a page reload. */
export async function signInWithPasswordOutcome(email: string, password: string): Promise<SignInOutcome> {
  const result = await signIn("credentials", { email, password, redirect: false });
  if (result && !result.error) return "signed-in";
  return result?.code === "too_many_attempts" ? "too-many-attempts" : "wrong";
}

/** True when the session cookie is set. */
export async function signInWithPassword(email: string, password: string): Promise<boolean> {
  return (await signInWithPasswordOutcome(email, password)) === "signed-in";
}
