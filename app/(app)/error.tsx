"use client";

import { PageError } from "../page-error";

/** A page crashed while rendering; the shell stays usable (a database outage is named as such). */
export default function SignedInError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <PageError {...props} />;
}
