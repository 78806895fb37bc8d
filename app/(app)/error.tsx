"use client";

import { ErrorState } from "@/components/ui/states";

/** A page crashed while rendering; the shell stays usable. */
export default function SignedInError({ error, reset }: { error: Error; reset: () => void }) {
  return <ErrorState error={error} onRetry={reset} />;
}
