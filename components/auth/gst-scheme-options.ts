import type { TFunction } from "i18next";

export const GST_SCHEMES = ["UNREGISTERED", "COMPOSITION", "REGULAR"] as const;
export type GstSchemeValue = (typeof GST_SCHEMES)[number];

/** Radio options for "Are you registered for GST?", in the merchant's words. */
export function gstSchemeOptions(t: TFunction<"auth">) {
  return GST_SCHEMES.map((value) => ({
    value,
    label: t(`gstScheme.${value}.label`),
    description: t(`gstScheme.${value}.description`),
  }));
}
