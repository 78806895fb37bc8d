import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { CatalogueOptionsProvider } from "@/components/products/catalogue-options";
import { auth } from "@/server/http/auth";
import { catalogueOptions } from "@/server/http/catalogue-options";
import { getCurrentUser } from "@/server/http/trpc-server";

/** Printable pages: signed in, but without the app's header and navigation. */
export default async function PrintLayout({ children }: { children: ReactNode }) {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  if (!(await getCurrentUser())) redirect("/sign-in?ended=1");
  return (
    <CatalogueOptionsProvider value={catalogueOptions()}>
      <main id="main" className="mx-auto w-full max-w-4xl p-3 sm:p-6 print:max-w-none print:p-0">
        {children}
      </main>
    </CatalogueOptionsProvider>
  );
}
