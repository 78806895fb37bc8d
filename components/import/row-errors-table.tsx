"use client";

import { useTranslation } from "react-i18next";
import { useErrorText } from "../forms/use-error-text";

export type RowError = { row: number; field: string; message: string };

/** Row, column and problem for each row the import cannot take (messages translated). */
export function RowErrorsTable({ errors, caption }: { errors: RowError[]; caption: string }) {
  const { t } = useTranslation("import");
  const { translateServer } = useErrorText();
  return (
    <div className="-mx-4 overflow-x-auto px-4">
      <table className="w-full border-collapse text-sm" data-testid="import-errors">
        <caption className="mb-1 text-left font-semibold">{caption}</caption>
        <thead className="border-y border-slate-300 bg-slate-50">
          <tr>
            <th scope="col" className="px-2 py-1.5 text-right">
              {t("result.colRow")}
            </th>
            <th scope="col" className="px-2 py-1.5 text-left">
              {t("result.colField")}
            </th>
            <th scope="col" className="px-2 py-1.5 text-left">
              {t("result.colMessage")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {errors.map((error) => (
            <tr key={`${error.row}-${error.field}-${error.message}`}>
              <td className="tabular px-2 py-1.5 text-right">{error.row}</td>
              <td className="px-2 py-1.5 font-mono text-xs">{error.field}</td>
              <td className="px-2 py-1.5">{translateServer(error.message)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
