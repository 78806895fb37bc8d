"use client";

import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../trpc/types";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card, CardHeader } from "../ui/card";
import { RowErrorsTable } from "./row-errors-table";
import { SharedPhoneRows } from "./shared-phone-rows";

type Preview = RouterOutputs["customers"]["previewCsv"];

/** What the file will add, before anything is written: problems, shared phones to accept, Import. */
export function ImportPreview({
  preview,
  accepted,
  onToggle,
  onToggleAll,
  onImport,
  importing,
}: {
  preview: Preview;
  accepted: ReadonlySet<number>;
  onToggle: (row: number) => void;
  onToggleAll: (all: boolean) => void;
  onImport: () => void;
  importing: boolean;
}) {
  const { t } = useTranslation("import");
  const problemRows = new Set(preview.errors.map((error) => error.row)).size;
  const toImport = preview.ready + preview.warnings.filter((warning) => accepted.has(warning.row)).length;
  return (
    <Card aria-labelledby="import-preview" className="flex flex-col gap-3" data-testid="import-preview">
      <CardHeader id="import-preview" title={t("preview.title")} />
      <Alert tone="info">
        <span className="block">{t("preview.ready", { count: preview.ready })}</span>
        {preview.warnings.length > 0 ? (
          <span className="block">{t("preview.shared", { count: preview.warnings.length })}</span>
        ) : null}
        {problemRows > 0 ? (
          <span className="block">{t("preview.problems", { count: problemRows })}</span>
        ) : null}
      </Alert>
      {preview.warnings.length > 0 ? (
        <SharedPhoneRows
          warnings={preview.warnings}
          accepted={accepted}
          onToggle={onToggle}
          onToggleAll={onToggleAll}
        />
      ) : null}
      {preview.errors.length > 0 ? (
        <RowErrorsTable errors={preview.errors} caption={t("preview.errors")} />
      ) : null}
      <Button
        size="lg"
        className="self-start"
        onClick={onImport}
        loading={importing}
        disabled={toImport === 0}
      >
        {t("preview.import", { count: toImport })}
      </Button>
    </Card>
  );
}
