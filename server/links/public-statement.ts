import QRCode from "qrcode";
import { addIstDays, istDateString } from "@/lib/gst/financial-year";
import { formatIndianMobile } from "@/lib/phone";
import { customerUpiReference, upiPaymentLink } from "@/lib/share-links";
import type { Db } from "../db";
import { istDateToInstant } from "../reports/dates";
import type { PublicPage } from "./public-bill";
import { resolvePublicLink } from "./resolve-link";
import { type StatementLines, statementLines } from "./statement-lines";

export type PublicStatement = StatementLines & {
  business: { name: string; gstin: string | null; address: string | null; phone: string | null };
  customerName: string;
  language: "EN" | "HI";
  /** IST days shown, both inclusive; from is null for "since the first entry". */
  from: string | null;
  to: string;
  /** What the customer owes today (negative: an advance), whatever the range. */
  duePaise: number;
  upiLink: string | null;
  upiQrDataUrl: string | null;
};

const dayOf = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

/** The statement behind a /s/<token> link: only that customer's lines, of only that shop. */
export async function publicStatement(
  db: Db,
  token: string,
  now = new Date(),
): Promise<PublicPage<PublicStatement>> {
  const resolved = await resolvePublicLink(db, { token, kind: "STATEMENT" }, now);
  if (resolved.state !== "LIVE") return resolved;
  const { link, ctx } = resolved;
  const from = dayOf(link.rangeFrom);
  const today = istDateString(now);
  const to = dayOf(link.rangeTo) ?? today;
  const [customer, business, lines] = await Promise.all([
    db.customer.findFirstOrThrow({
      where: { id: link.customerId, businessId: ctx.businessId },
      select: { id: true, name: true, balancePaise: true, messageLanguage: true },
    }),
    db.business.findUniqueOrThrow({
      where: { id: ctx.businessId },
      select: { name: true, gstin: true, address: true, phone: true, upiVpa: true },
    }),
    statementLines(ctx, {
      customerId: link.customerId,
      start: from ? istDateToInstant(from) : null,
      end: addIstDays(istDateToInstant(to), 1),
    }),
  ]);
  const duePaise = Number(customer.balancePaise);
  const upiLink =
    business.upiVpa && duePaise > 0
      ? upiPaymentLink({
          vpa: business.upiVpa,
          payeeName: business.name,
          amountPaise: duePaise,
          invoiceNumber: customerUpiReference(customer.id),
        })
      : null;
  return {
    state: "LIVE",
    data: {
      ...lines,
      business: {
        name: business.name,
        gstin: business.gstin,
        address: business.address,
        phone: business.phone ? formatIndianMobile(business.phone) : null,
      },
      customerName: customer.name,
      language: customer.messageLanguage,
      from,
      to,
      duePaise,
      upiLink,
      upiQrDataUrl: upiLink
        ? await QRCode.toDataURL(upiLink, { errorCorrectionLevel: "M", margin: 1, width: 240 })
        : null,
    },
  };
}
