import { errorCode, fieldErrorsOf, isNetworkError, requestIdOf, serverMessageOf } from "../trpc/errors";

/** i18next's t for the messages/<lang>/errors.json keys this function reads. */
type Translate = {
  (key: "network" | "generic" | "checkFields" | "tooMany"): string;
  (key: "genericWithRef", values: { ref: string }): string;
};

/**
 * One sentence for a failed request. An unexpected server failure names its request id, so the
 * merchant can read it out to support and the operator finds that request in the log.
 */
export function errorTextOf(error: unknown, t: Translate, translateServer: (message: string) => string) {
  if (!error) return null;
  const message = serverMessageOf(error);
  if (message === null) {
    if (isNetworkError(error)) return t("network");
    const ref = requestIdOf(error);
    return ref ? t("genericWithRef", { ref }) : t("generic");
  }
  if (Object.keys(fieldErrorsOf(error)).length > 0) return t("checkFields");
  if (errorCode(error) === "TOO_MANY_REQUESTS") return t("tooMany");
  return translateServer(message);
}
