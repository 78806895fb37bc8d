"use client";

import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import { type ServerMessages, translateServerMessage } from "../i18n/server-messages";
import { errorCode, fieldErrorsOf, isNetworkError, serverMessageOf } from "../trpc/errors";

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
    (error: unknown): string | null => {
      if (!error) return null;
      const message = serverMessageOf(error);
      if (message === null) return isNetworkError(error) ? t("network") : t("generic");
      if (Object.keys(fieldErrorsOf(error)).length > 0) return t("checkFields");
      if (errorCode(error) === "TOO_MANY_REQUESTS") return t("tooMany");
      return translateServer(message);
    },
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
