import type { Metadata } from "next";
import type { ReactNode } from "react";
import { CatalogueOptionsProvider } from "@/components/products/catalogue-options";
import { catalogueOptions } from "@/server/http/catalogue-options";

// Pages a shop's customers open from a shared link: no sign-in, no session read, no cookie needed.
// Not indexed, and the next site never learns the link (which is the key) from the referrer.
export const metadata: Metadata = {
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

export default function PublicLayout({ children }: { children: ReactNode }) {
  // The bill view labels units and GST rates from the shop's catalogue options, as the print view does.
  return (
    <CatalogueOptionsProvider value={catalogueOptions()}>
      <div className="min-h-dvh bg-slate-50">{children}</div>
    </CatalogueOptionsProvider>
  );
}
