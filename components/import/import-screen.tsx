"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { type ChangeEvent, type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../forms/use-error-text";
import { useTRPC } from "../trpc/client";
import { Alert } from "../ui/alert";
import { Button, buttonClasses } from "../ui/button";
import { Card } from "../ui/card";
import { TextAreaField, TextField } from "../ui/field";
import { PageHeader } from "../ui/page-header";
import { countDataRows, templateCsvHref } from "./csv-template";
import { ImportResultView } from "./import-result";

// The server refuses files above 1 MB; say so before uploading.
const MAX_BYTES = 1_000_000;

/** /customers/import: a CSV file (read in the browser) or pasted text → customers.importCsv. */
export function ImportScreen({ headers }: { headers: readonly string[] }) {
  const { t } = useTranslation("import");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { formError } = useErrorText();
  const [csv, setCsv] = useState("");
  const [fileNote, setFileNote] = useState<{ tone: "info" | "error"; text: string } | null>(null);
  const [emptyError, setEmptyError] = useState(false);
  const importCsv = useMutation(
    trpc.customers.importCsv.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.customers.pathKey() }),
    }),
  );

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    importCsv.reset();
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
    importCsv.mutate({ csv });
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
            }}
            error={emptyError ? t("empty") : undefined}
          />
          <Alert>{formError(importCsv.error)}</Alert>
          <Button type="submit" size="lg" loading={importCsv.isPending}>
            {t("submit")}
          </Button>
        </form>
      </Card>
      {importCsv.data ? <ImportResultView result={importCsv.data} /> : null}
    </div>
  );
}
