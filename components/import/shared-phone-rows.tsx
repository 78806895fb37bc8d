"use client";

import Link from "next/link";
import { useTranslation } from "react-i18next";
import { formatIndianMobile } from "@/lib/phone";
import type { RouterOutputs } from "../trpc/types";

export type SharedPhoneRow = RouterOutputs["customers"]["previewCsv"]["warnings"][number];

/** Who already has the row's number: a customer of the shop (a link to them) or an earlier row. */
export function SharedWith({ warning }: { warning: SharedPhoneRow }) {
  const { t } = useTranslation("import");
  if (warning.existing) {
    return (
      <>
        {t("shared.existing", { name: warning.existing.name })}{" "}
        <Link href={`/customers/${warning.existing.id}`} className="font-medium text-brand-700 underline">
          {t("shared.open", { name: warning.existing.name })}
        </Link>
      </>
    );
  }
  return <>{t("shared.sameAsRow", { row: warning.sameAsRow?.row, name: warning.sameAsRow?.name })}</>;
}

/**
 * Rows whose mobile number someone already has. Families share phones, so the merchant ticks the
 * rows to import anyway (or all of them); rows left unticked are skipped and listed afterwards.
 */
export function SharedPhoneRows({
  warnings,
  accepted,
  onToggle,
  onToggleAll,
}: {
  warnings: SharedPhoneRow[];
  accepted: ReadonlySet<number>;
  onToggle: (row: number) => void;
  onToggleAll: (all: boolean) => void;
}) {
  const { t } = useTranslation("import");
  const allAccepted = warnings.every((warning) => accepted.has(warning.row));
  return (
    <section
      aria-labelledby="shared-phones"
      className="flex flex-col gap-2"
      data-testid="import-shared-phones"
    >
      <h3 id="shared-phones" className="font-semibold">
        {t("shared.title", { count: warnings.length })}
      </h3>
      <p className="text-sm text-slate-700">{t("shared.explain")}</p>
      <label className="flex items-center gap-2 text-sm font-medium">
        <input
          type="checkbox"
          className="size-5"
          checked={allAccepted}
          onChange={(event) => onToggleAll(event.target.checked)}
        />
        {t("shared.acceptAll")}
      </label>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300">
        {warnings.map((warning) => (
          <li key={warning.row} className="flex items-start gap-3 px-3 py-2 text-sm">
            <input
              type="checkbox"
              className="mt-0.5 size-5"
              aria-label={t("shared.accept", { row: warning.row, name: warning.name })}
              checked={accepted.has(warning.row)}
              onChange={() => onToggle(warning.row)}
            />
            <span>
              <span className="font-medium">
                {t("shared.row", { row: warning.row, name: warning.name })} ·{" "}
                {formatIndianMobile(warning.phone)}
              </span>
              <span className="block text-slate-700">
                <SharedWith warning={warning} />
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
