"use client";

import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../trpc/types";
import { Alert } from "../ui/alert";
import { ButtonLink } from "../ui/button";
import { Card, CardHeader } from "../ui/card";
import { RowErrorsTable } from "./row-errors-table";
import { SharedWith } from "./shared-phone-rows";

type ImportResult = RouterOutputs["customers"]["importCsv"];

/** How many customers were added, and every row that was not (problems, shared phones not accepted). */
export function ImportResultView({ result }: { result: ImportResult }) {
  const { t } = useTranslation("import");
  const skippedRows = new Set([...result.errors, ...result.skipped].map((row) => row.row)).size;
  return (
    <Card aria-labelledby="import-result" className="flex flex-col gap-3">
      <CardHeader id="import-result" title={t("result.title")} />
      <Alert tone="success">
        <span data-testid="import-created">{t("result.created", { count: result.created })}</span>
        {skippedRows > 0 ? (
          <span className="block">{t("result.skipped", { count: skippedRows })}</span>
        ) : null}
      </Alert>
      {result.errors.length === 0 && result.skipped.length === 0 ? (
        <p className="text-slate-700">{t("result.noErrors")}</p>
      ) : null}
      {result.skipped.length > 0 ? (
        <section aria-labelledby="import-skipped-shared" data-testid="import-skipped-shared">
          <h3 id="import-skipped-shared" className="mb-1 font-semibold">
            {t("result.skippedShared")}
          </h3>
          <ul className="list-disc space-y-1 pl-5 text-sm">
            {result.skipped.map((warning) => (
              <li key={warning.row}>
                {t("shared.row", { row: warning.row, name: warning.name })}: <SharedWith warning={warning} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {result.errors.length > 0 ? (
        <RowErrorsTable errors={result.errors} caption={t("result.errors")} />
      ) : null}
      <ButtonLink href="/customers" variant="secondary" className="self-start">
        {t("result.viewCustomers")}
      </ButtonLink>
    </Card>
  );
}
