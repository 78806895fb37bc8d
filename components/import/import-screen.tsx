"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { istDateString } from "@/lib/gst/financial-year";
import { useErrorText } from "../forms/use-error-text";
import { useTRPC } from "../trpc/client";
import { Alert } from "../ui/alert";
import { Button, buttonClasses } from "../ui/button";
import { Card } from "../ui/card";
import { TextAreaField, TextField } from "../ui/field";
import { PageHeader } from "../ui/page-header";
import { countDataRows, templateCsvHref } from "./csv-template";
import { ImportPreview } from "./import-preview";
import { ImportResultView } from "./import-result";

// The server refuses files above 1 MB; say so before uploading.
const MAX_BYTES = 1_000_000;

/**
 * /customers/import: a CSV file (read in the browser) or pasted text → customers.previewCsv (row
 * problems, shared mobile numbers to accept) → customers.importCsv with the accepted rows.
 */
export function ImportScreen({ headers }: { headers: readonly string[] }) {
  const { t } = useTranslation(["import", "common"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { formError, fieldErrors } = useErrorText();
  const [csv, setCsv] = useState("");
  // "As of" date for opening balances of rows without their own opening_balance_date.
  const [openingBalanceDate, setOpeningBalanceDate] = useState("");
  const [accepted, setAccepted] = useState<ReadonlySet<number>>(new Set());
  const [fileNote, setFileNote] = useState<{ tone: "info" | "error"; text: string } | null>(null);
  const [emptyError, setEmptyError] = useState(false);
  const preview = useMutation(trpc.customers.previewCsv.mutationOptions());
  const importCsv = useMutation(
    trpc.customers.importCsv.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() }),
    }),
  );
  const failed = preview.error ?? importCsv.error;

  /** A changed file or date makes the last check stale: check again before importing. */
  function startOver() {
    preview.reset();
    importCsv.reset();
    setAccepted(new Set());
  }

  function toggle(row: number) {
    setAccepted((current) => {
      const next = new Set(current);
      if (!next.delete(row)) next.add(row);
      return next;
    });
  }

  function runImport() {
    const rows = [...accepted];
    const everyWarning = preview.data?.warnings.every((warning) => accepted.has(warning.row)) ?? false;
    importCsv.mutate({
      csv,
      openingBalanceDate: openingBalanceDate || null,
      acceptSharedPhone: everyWarning && rows.length > 0 ? "all" : rows,
    });
  }

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    startOver();
    if (file.size > MAX_BYTES) {
      setFileNote({ tone: "error", text: t("fileTooLarge") });
      return;
    }
    try {
      const text = await file.text();
      setCsv(text);
      setEmptyError(false);
      setFileNote({ tone: "info", text: t("fileRead", { name: file.name, rows: countDataRows(text) }) });
    } catch {
      setFileNote({ tone: "error", text: t("fileUnreadable") });
    }
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (csv.trim() === "") {
      setEmptyError(true);
      return;
    }
    startOver();
    preview.mutate({ csv, openingBalanceDate: openingBalanceDate || null });
  }

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-4">
      <PageHeader
        title={t("title")}
        subtitle={
          <Link href="/customers" className="font-medium text-brand-700 underline">
            {t("backToCustomers")}
          </Link>
        }
      />
      <Card className="flex flex-col gap-3">
        <p className="text-slate-700">{t("subtitle")}</p>
        <ol className="list-decimal space-y-1 pl-5 text-slate-700">
          <li>{t("steps.template")}</li>
          <li>{t("steps.upload")}</li>
        </ol>
        <p className="text-sm break-words text-slate-600">{t("columns", { columns: headers.join(", ") })}</p>
        <div className="flex flex-wrap gap-2">
          <a
            href={templateCsvHref(headers)}
            download="execora-customers-template.csv"
            className={buttonClasses("secondary", "sm")}
          >
            {t("template")}
          </a>
          <a href="/api/export/customers" download className={buttonClasses("ghost", "sm")}>
            {t("export")}
          </a>
        </div>
      </Card>
      <Card>
        <form onSubmit={handleSubmit} className="flex flex-col gap-4" noValidate>
          <TextField
            label={t("file")}
            hint={t("fileHint", { size: "1 MB" })}
            type="file"
            accept=".csv,text/csv"
            onChange={handleFile}
            className="py-2"
          />
          {fileNote ? <Alert tone={fileNote.tone}>{fileNote.text}</Alert> : null}
          <TextAreaField
            label={t("paste")}
            hint={t("pasteHint")}
            rows={6}
            spellCheck={false}
            className="font-mono text-sm"
            value={csv}
            onChange={(event) => {
              setCsv(event.target.value);
              setEmptyError(false);
              startOver();
            }}
            error={emptyError ? t("empty") : undefined}
          />
          <TextField
            label={t("openingDate")}
            hint={t("openingDateHint")}
            optional={t("common:optional")}
            type="date"
            max={istDateString(new Date())}
            value={openingBalanceDate}
            onChange={(event) => {
              setOpeningBalanceDate(event.target.value);
              startOver();
            }}
            error={fieldErrors(preview.error).openingBalanceDate}
            className="sm:max-w-56"
          />
          <Alert>{formError(failed)}</Alert>
          <Button
            type="submit"
            size="lg"
            variant={preview.data ? "secondary" : "primary"}
            loading={preview.isPending}
          >
            {t("check")}
          </Button>
        </form>
      </Card>
      {preview.data && !importCsv.data ? (
        <ImportPreview
          preview={preview.data}
          accepted={accepted}
          onToggle={toggle}
          onToggleAll={(all) =>
            setAccepted(new Set(all ? (preview.data?.warnings ?? []).map((warning) => warning.row) : []))
          }
          onImport={runImport}
          importing={importCsv.isPending}
        />
      ) : null}
      {importCsv.data ? <ImportResultView result={importCsv.data} /> : null}
    </div>
  );
}
