"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { statementShareLineKind } from "@/lib/customers/statement-share-lines";
import { whatsappShareUrl } from "@/lib/share-links";
import { useFormat } from "../i18n/format";
import { useStatementLinkLines } from "../public/use-statement-link-lines";
import { useCurrentUser } from "../shell/current-user";
import { useTRPC } from "../trpc/client";
import type { RouterOutputs } from "../trpc/types";
import { buttonClasses } from "../ui/button";
import { Icon } from "../ui/icons";

type Customer = RouterOutputs["customers"]["get"];
const LAST_ENTRIES = 5;

/** "Share statement": a WhatsApp message with the balance and the last few entries. */
export function ShareStatementLink({ customer }: { customer: Customer }) {
  const { t } = useTranslation("customers");
  const trpc = useTRPC();
  const { business } = useCurrentUser();
  const { money, date } = useFormat();
  const recent = useQuery(
    trpc.ledger.statement.queryOptions({ customerId: customer.id, limit: LAST_ENTRIES }),
  );

  const balance = customer.balancePaise;
  const linkLines = useStatementLinkLines(customer.id, balance);
  const lines = [
    t("share.greeting", { name: customer.name, shop: business.name }),
    balance > 0
      ? t("share.due", { amount: money(balance) })
      : balance < 0
        ? t("share.advance", { amount: money(-balance) })
        : t("share.settled"),
  ];
  const entries = recent.data?.items ?? [];
  if (entries.length > 0) {
    lines.push("", t("share.recent"));
    for (const entry of entries) {
      lines.push(
        t(`share.entry.${statementShareLineKind(entry)}`, {
          date: date(entry.occurredAt),
          amount: money(Math.abs(entry.amountPaise)),
        }),
      );
    }
  }
  // The public statement link (and the UPI pay link when money is due) in the customer's language.
  if (linkLines) lines.push("", ...linkLines);
  else if (balance > 0 && business.upiVpa) lines.push("", t("share.payUpi", { upi: business.upiVpa }));
  lines.push("", t("share.thanks"));

  return (
    <a
      href={whatsappShareUrl(customer.phone, lines.join("\n"))}
      target="_blank"
      rel="noopener noreferrer"
      className={buttonClasses("secondary", "sm")}
      aria-disabled={recent.isPending || linkLines === null || undefined}
    >
      <Icon name="share" className="size-4" />
      {t("detail.share")}
    </a>
  );
}
