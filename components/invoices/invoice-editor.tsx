"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { DOCUMENT_TYPE_FOR_SCHEME } from "@/lib/gst/document-type";
import { isInterState } from "@/lib/gst/tax";
import { newIdempotencyKey } from "../forms/idempotency-key";
import { useErrorText } from "../forms/use-error-text";
import { useInvalidateKhata } from "../ledger/use-invalidate-khata";
import { useCatalogueOptions } from "../products/catalogue-options";
import { useCurrentUser } from "../shell/current-user";
import { useTRPC } from "../trpc/client";
import { Alert } from "../ui/alert";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { TextAreaField } from "../ui/field";
import { Icon } from "../ui/icons";
import { PageHeader } from "../ui/page-header";
import { LoadingState } from "../ui/states";
import { AmountsList } from "./amounts-list";
import { CustomerPicker } from "./customer-picker";
import { type DraftLine, freeTextLine, issueItem, lineFromProduct, previewDraft } from "./draft-lines";
import { LineEditor } from "./line-editor";
import { ProductPicker } from "./product-picker";

/** Server field errors for line `index`: "items.2.quantity" → { quantity }. */
function lineServerErrors(all: Record<string, string>, index: number) {
  const prefix = `items.${index}.`;
  return Object.fromEntries(
    Object.entries(all)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, text]) => [path.slice(prefix.length), text]),
  );
}

/** /invoices/new: customer, lines, a live preview computed like the server does, then issue. */
export function InvoiceEditor({ initialCustomerId }: { initialCustomerId?: string }) {
  const { t } = useTranslation(["invoices", "common", "errors"]);
  const trpc = useTRPC();
  const router = useRouter();
  const invalidate = useInvalidateKhata();
  const { business } = useCurrentUser();
  const { gstRatesBp } = useCatalogueOptions();
  const { formError, fieldErrors } = useErrorText();
  // One key for this page visit: a double tap or a retry after a lost response issues one invoice.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [customerId, setCustomerId] = useState<string | null>(initialCustomerId ?? null);
  const [lines, setLines] = useState<DraftLine[]>([]);
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [notes, setNotes] = useState("");
  const [submitted, setSubmitted] = useState(false);

  const customerQuery = useQuery(
    trpc.customers.get.queryOptions({ id: customerId ?? "" }, { enabled: customerId !== null }),
  );
  const customer = customerId ? (customerQuery.data ?? null) : null;
  const documentType = DOCUMENT_TYPE_FOR_SCHEME[business.gstScheme];
  const interState = isInterState(business.stateCode, customer?.stateCode ?? null);
  const preview = useMemo(
    () => previewDraft(lines, { documentType, interState }),
    [lines, documentType, interState],
  );
  const showGst = documentType === "TAX_INVOICE";
  const registered = business.gstScheme !== "UNREGISTERED";

  const issue = useMutation(
    trpc.invoices.issue.mutationOptions({
      onSuccess: async (invoice) => {
        await invalidate();
        router.push(`/invoices/${invoice.id}`);
      },
    }),
  );
  const serverErrors = fieldErrors(issue.error);

  function addLine(line: DraftLine) {
    setLines((current) => [...current, line]);
    setFocusKey(line.key);
  }
  function patchLine(key: string, patch: Partial<DraftLine>) {
    setLines((current) => current.map((line) => (line.key === key ? { ...line, ...patch } : line)));
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (!customer || !preview.valid) return;
    issue.mutate({
      customerId: customer.id,
      items: lines.map((line) => issueItem(line, { documentType, registered })),
      notes: notes.trim() || null,
      idempotencyKey,
    });
  }

  const localError = !submitted
    ? null
    : !customer
      ? t("editor.chooseCustomer")
      : lines.length === 0
        ? t("editor.noItems")
        : !preview.valid
          ? t("editor.fixLines")
          : null;

  return (
    <form onSubmit={handleSubmit} noValidate>
      <PageHeader
        title={t("editor.title")}
        subtitle={t("editor.documentHint", { type: t(`documentTypes.${documentType}`) })}
      />
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr] lg:items-start">
        <div className="flex min-w-0 flex-col gap-4">
          <Card aria-labelledby="invoice-customer">
            <h2 id="invoice-customer" className="mb-3 text-lg font-semibold">
              {t("editor.customer")}
            </h2>
            {customerId && customerQuery.isPending ? (
              <LoadingState />
            ) : (
              <CustomerPicker
                customer={customer}
                onPick={setCustomerId}
                onClear={() => setCustomerId(null)}
                error={submitted && !customer ? t("editor.chooseCustomer") : serverErrors.customerId}
              />
            )}
            {customer && showGst ? (
              <p className="mt-2 text-sm text-slate-600">
                {interState ? t("editor.interState") : t("editor.sameState")}
              </p>
            ) : null}
          </Card>
          <Card aria-labelledby="invoice-items" className="flex flex-col gap-3">
            <h2 id="invoice-items" className="text-lg font-semibold">
              {t("editor.items")}
            </h2>
            {lines.map((line, index) => (
              <LineEditor
                key={line.key}
                line={line}
                index={index}
                problems={submitted ? (preview.problems[index] ?? {}) : {}}
                serverErrors={lineServerErrors(serverErrors, index)}
                lineTotal={preview.lineTotals[index] ?? null}
                showGst={showGst}
                showHsn={registered}
                autoFocus={line.key === focusKey}
                onChange={(patch) => patchLine(line.key, patch)}
                onRemove={() => setLines((current) => current.filter((other) => other.key !== line.key))}
              />
            ))}
            <ProductPicker onAdd={(product) => addLine(lineFromProduct(product))} />
            <Button
              variant="secondary"
              className="self-start"
              onClick={() => addLine(freeTextLine(gstRatesBp[0] ?? 0))}
            >
              <Icon name="plus" />
              {t("editor.addFreeText")}
            </Button>
          </Card>
          <Card>
            <TextAreaField
              label={t("editor.notes")}
              optional={t("common:optional")}
              maxLength={500}
              value={notes}
              onChange={(event) => setNotes(event.target.value)}
              error={serverErrors.notes}
            />
          </Card>
        </div>
        <Card aria-labelledby="invoice-preview" className="flex flex-col gap-3 lg:sticky lg:top-20">
          <div>
            <h2 id="invoice-preview" className="text-lg font-semibold">
              {t("editor.preview")}
            </h2>
            <p className="text-sm text-slate-600">{t("editor.previewHint")}</p>
          </div>
          {preview.amounts ? (
            <AmountsList amounts={preview.amounts} showTax={showGst} interState={interState} />
          ) : lines.length === 0 ? (
            <p className="text-slate-600">{t("editor.noItems")}</p>
          ) : null}
          <Alert>{localError ?? formError(issue.error)}</Alert>
          <Button type="submit" size="lg" loading={issue.isPending || issue.isSuccess}>
            {t("editor.submit")}
          </Button>
        </Card>
      </div>
    </form>
  );
}
