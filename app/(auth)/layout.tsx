import type { ReactNode } from "react";
import { AuthFrame } from "@/components/auth/auth-frame";

/** Public pages (sign in, sign up, accept invite): a centred column with the language switch. */
export default function PublicLayout({ children }: { children: ReactNode }) {
  return <AuthFrame>{children}</AuthFrame>;
}
