"use client";

import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { type ServerMessages, translateServerMessage } from "../i18n/server-messages";
import { fieldErrorsOf } from "../trpc/errors";
import { errorTextOf } from "./error-text";

/**
 * Turns a tRPC error into text for the user. Server messages are English; known ones are
 * translated through messages/<lang>/errors.json "server" (see i18n/server-messages.ts).
 */
export function useErrorText() {
  const { t, i18n } = useTranslation("errors");

  const translateServer = useCallback(
    (message: string) =>
      translateServerMessage(
        i18n.getResource(i18n.language, "errors", "server") as ServerMessages | undefined,
        message,
      ),
    [i18n],
  );

  /** One sentence for the whole form (shown above the submit button). */
  const formError = useCallback(
    (error: unknown): string | null => errorTextOf(error, t, translateServer),
    [t, translateServer],
  );

  /** Messages per field path ("email", "amountPaise"), translated. */
  const fieldErrors = useCallback(
    (error: unknown): Record<string, string> =>
      Object.fromEntries(
        Object.entries(fieldErrorsOf(error)).map(([path, text]) => [path, translateServer(text)]),
      ),
    [translateServer],
  );

  return { formError, fieldErrors, translateServer };
}
