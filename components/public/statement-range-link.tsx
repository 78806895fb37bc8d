"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { whatsappShareUrl } from "@/lib/share-links";
import { useErrorText } from "../forms/use-error-text";
import { useTRPC } from "../trpc/client";
import { Button, buttonClasses } from "../ui/button";
import { CopyButton } from "../ui/copy-button";
import { TextField } from "../ui/field";
import { statementLinkLines } from "./share-texts";

/**
 * A statement for chosen dates: its public link to send (WhatsApp or copied) and its PDF. The
 * customer's page shows it under "Share statement".
 */
export function StatementRangeLink({ customerId, phone }: { customerId: string; phone: string | null }) {
  const { t } = useTranslation("public");
  const trpc = useTRPC();
  const { formError } = useErrorText();
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const share = useMutation(trpc.links.forStatement.mutationOptions());
  const data = share.data;
  const pdfUrl = data ? `/api/public/s/${data.url.split("/").at(-1)}/pdf` : null;
  return (
    <form
      className="flex flex-col gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        share.mutate({ customerId, from: from || undefined, to: to || undefined });
      }}
    >
      <div className="grid grid-cols-2 gap-2">
        <TextField
          type="date"
          label={t("range.from")}
          value={from}
          onChange={(e) => setFrom(e.target.value)}
        />
        <TextField type="date" label={t("range.to")} value={to} onChange={(e) => setTo(e.target.value)} />
      </div>
      <Button type="submit" variant="secondary" loading={share.isPending}>
        {t("range.make")}
      </Button>
      {share.error ? <p className="text-sm text-owes-700">{formError(share.error)}</p> : null}
      {data && pdfUrl ? (
        <div className="flex flex-wrap items-center gap-2" data-testid="statement-range-link">
          <a
            className={buttonClasses("secondary", "sm")}
            href={whatsappShareUrl(phone, statementLinkLines(data).join("\n"))}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t("range.whatsapp")}
          </a>
          <CopyButton text={data.url} label={t("range.copy")} />
          <a className={buttonClasses("ghost", "sm")} href={pdfUrl} download>
            {t("pdf")}
          </a>
        </div>
      ) : null}
    </form>
  );
}
