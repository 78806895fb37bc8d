"use client";

import { PageError } from "./page-error";

/**
 * A layout failed (e.g. the signed-in layout re-reading the user while the database is down).
 * Next.js answers such a page with status 500 and shows this once the browser renders it.
 */
export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-lg p-6">
      <PageError {...props} />
    </main>
  );
}
