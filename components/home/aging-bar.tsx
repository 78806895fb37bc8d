"use client";

import { useTranslation } from "react-i18next";
import { useFormat } from "../i18n/format";

export type AgingBuckets = { days0to30: number; days31to60: number; days61to90: number; over90: number };

// From fresh to overdue: the older the money, the hotter the colour.
export const BUCKETS = [
  { key: "days0to30", className: "bg-emerald-500" },
  { key: "days31to60", className: "bg-amber-400" },
  { key: "days61to90", className: "bg-orange-500" },
  { key: "over90", className: "bg-red-700" },
] as const;

/** How old a debtor's balance is, as one stacked bar with a text equivalent for screen readers. */
export function AgingBar({ buckets }: { buckets: AgingBuckets }) {
  const { t } = useTranslation("home");
  const { money } = useFormat();
  const total = BUCKETS.reduce((sum, bucket) => sum + Math.max(buckets[bucket.key], 0), 0);
  if (total <= 0) return null;
  const description = BUCKETS.filter((bucket) => buckets[bucket.key] > 0)
    .map((bucket) => `${t(`aging.${bucket.key}`)}: ${money(buckets[bucket.key])}`)
    .join(", ");
  return (
    <div
      className="flex h-2 w-full overflow-hidden rounded-full bg-slate-100"
      role="img"
      aria-label={description}
    >
      {BUCKETS.map((bucket) =>
        buckets[bucket.key] > 0 ? (
          <span
            key={bucket.key}
            className={bucket.className}
            style={{ width: `${(buckets[bucket.key] / total) * 100}%` }}
          />
        ) : null,
      )}
    </div>
  );
}

export function AgingLegend() {
  const { t } = useTranslation("home");
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-slate-600">
      {BUCKETS.map((bucket) => (
        <li key={bucket.key} className="flex items-center gap-1">
          <span aria-hidden="true" className={`size-2.5 rounded-full ${bucket.className}`} />
          {t(`aging.${bucket.key}`)}
        </li>
      ))}
    </ul>
  );
}
