"use client";

import { useTranslation } from "react-i18next";
import { useErrorText } from "../forms/use-error-text";
import type { RouterOutputs } from "../trpc/types";
import { Alert } from "../ui/alert";
import { ButtonLink } from "../ui/button";
import { Card, CardHeader } from "../ui/card";

type ImportResult = RouterOutputs["customers"]["importCsv"];

/** How many customers were added, and a table of the rows that were not (row, column, problem). */
export function ImportResultView({ result }: { result: ImportResult }) {
  const { t } = useTranslation("import");
  const { translateServer } = useErrorText();
  const skippedRows = new Set(result.errors.map((error) => error.row)).size;
  return (
    <Card aria-labelledby="import-result" className="flex flex-col gap-3">
      <CardHeader id="import-result" title={t("result.title")} />
      <Alert tone="success">
        <span data-testid="import-created">{t("result.created", { count: result.created })}</span>
        {skippedRows > 0 ? (
          <span className="block">{t("result.skipped", { count: skippedRows })}</span>
        ) : null}
      </Alert>
      {result.errors.length === 0 ? (
        <p className="text-slate-700">{t("result.noErrors")}</p>
      ) : (
        <div className="-mx-4 overflow-x-auto px-4">
          <table className="w-full border-collapse text-sm" data-testid="import-errors">
            <caption className="mb-1 text-left font-semibold">{t("result.errors")}</caption>
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
              {result.errors.map((error) => (
                <tr key={`${error.row}-${error.field}-${error.message}`}>
                  <td className="tabular px-2 py-1.5 text-right">{error.row}</td>
                  <td className="px-2 py-1.5 font-mono text-xs">{error.field}</td>
                  <td className="px-2 py-1.5">{translateServer(error.message)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ButtonLink href="/customers" variant="secondary" className="self-start">
        {t("result.viewCustomers")}
      </ButtonLink>
    </Card>
  );
}
