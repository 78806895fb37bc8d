import type { Metadata } from "next";
import type { ReactNode } from "react";

// Pages a shop's customers open from a shared link: no sign-in, no session read, no cookie needed.
// Not indexed, and the next site never learns the link (which is the key) from the referrer.
export const metadata: Metadata = {
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

export default function PublicLayout({ children }: { children: ReactNode }) {
  return <div className="min-h-dvh bg-slate-50">{children}</div>;
}
