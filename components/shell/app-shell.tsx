import type { ReactNode } from "react";
import { AppHeader } from "./app-header";
import { BottomNav } from "./bottom-nav";

/** The signed-in frame: header, page content, bottom bar on phones. */
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col">
      <AppHeader />
      <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-3 pt-4 pb-24 sm:px-4 lg:pb-10">
        {children}
      </main>
      <BottomNav />
    </div>
  );
}
