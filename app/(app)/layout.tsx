import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { CurrentUserProvider } from "@/components/shell/current-user";
import { auth } from "@/server/http/auth";
import { getCurrentUser } from "@/server/http/trpc-server";

/** Everything under (app) needs a session and a user who still belongs to a shop. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const session = await auth();
  if (!session?.user?.id) redirect("/sign-in");
  const me = await getCurrentUser();
  if (!me) redirect("/sign-in?ended=1");
  return (
    <CurrentUserProvider value={me}>
      <AppShell>{children}</AppShell>
    </CurrentUserProvider>
  );
}
