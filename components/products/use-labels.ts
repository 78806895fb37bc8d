"use client";

import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { formatRateBp } from "@/lib/gst/rates";
import type { ProductUnit } from "@/lib/products/units";
import { useCatalogueOptions } from "./catalogue-options";

/** "kg" → "किलो" in Hindi; an unknown unit (older data) is shown as stored. */
export function useUnitLabel() {
  const { t } = useTranslation("products");
  const { units } = useCatalogueOptions();
  return useCallback(
    (unit: string | null | undefined) =>
      unit && (units as readonly string[]).includes(unit) ? t(`units.${unit as ProductUnit}`) : (unit ?? ""),
    [t, units],
  );
}

/** <SelectField options> for the unit list and the shop's allowed GST rates. */
export function useCatalogueSelectOptions() {
  const { units, gstRatesBp } = useCatalogueOptions();
  const unitLabel = useUnitLabel();
  return useMemo(
    () => ({
      unitOptions: units.map((unit) => ({ value: unit, label: unitLabel(unit) })),
      gstRateOptions: gstRatesBp.map((bp) => ({ value: String(bp), label: formatRateBp(bp) })),
    }),
    [units, gstRatesBp, unitLabel],
  );
}
