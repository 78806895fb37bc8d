import { createInstance } from "i18next";
import type { MessageLanguage } from "@/generated/prisma/enums";
import { formatInr } from "@/lib/money/paise";
import enPublic from "@/messages/en/public.json";
import hiPublic from "@/messages/hi/public.json";
import type { RouterOutputs } from "../trpc/types";

type InvoiceShare = RouterOutputs["links"]["forInvoice"];
type StatementShare = RouterOutputs["links"]["forStatement"];

/**
 * `t` for the customer's language (the one the shop chose for them), whatever language the
 * dashboard is in: only the small public namespace of both languages is bundled.
 */
export function customerT(language: MessageLanguage) {
  const lng = language === "HI" ? "hi" : "en";
  const instance = createInstance();
  void instance.init({
    lng,
    fallbackLng: false,
    ns: ["public"],
    defaultNS: "public",
    resources: { [lng]: { public: lng === "hi" ? hiPublic : enPublic } },
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const BILL_TEXT = { DUE: "billDue", PAID: "billPaid", CANCELLED: "billCancelled" } as const;

/** A bill's message: what it is, what is due (or that it was cancelled), its link, and UPI when due. */
export function invoiceShareMessage(share: InvoiceShare): string {
  const t = customerT(share.language);
  const lines = [
    t(`public:share.${BILL_TEXT[share.kind]}`, {
      shop: share.shopName,
      title: t(`public:share.title.${share.documentType}`),
      number: share.number,
      total: formatInr(share.totalPaise),
      due: formatInr(share.duePaise),
      date: share.cancelledOn ?? "",
    }),
    t("public:share.viewBill", { url: share.url }),
  ];
  if (share.upiLink)
    lines.push(t("public:share.payUpi", { amount: formatInr(share.duePaise), upi: share.upiLink }));
  return lines.join("\n");
}

/** The lines a statement message ends with: the statement's link, and UPI when money is due. */
export function statementLinkLines(share: StatementShare): string[] {
  const t = customerT(share.language);
  const lines = [t("public:share.viewStatement", { url: share.url })];
  if (share.upiLink) {
    lines.push(t("public:share.payUpi", { amount: formatInr(share.balancePaise), upi: share.upiLink }));
  }
  return lines;
}
