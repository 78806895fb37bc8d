import type { MessageLanguage } from "@/generated/prisma/enums";
import { customerUpiReference, upiPaymentLink } from "@/lib/share-links";
import type { DomainContext } from "../context";
import { notFound } from "../errors";
import { inTransaction } from "../transaction";
import { linkForTarget } from "./mint-link";
import type { StatementLinkInput } from "./schema";
import { publicLinkUrl } from "./url";

export type StatementShare = {
  linkId: string;
  url: string;
  expiresAt: Date;
  language: MessageLanguage;
  shopName: string;
  customerPhone: string | null;
  /** What the customer owes now (negative: an advance). */
  balancePaise: number;
  from: string | null;
  to: string | null;
  upiLink: string | null;
};

/** A "YYYY-MM-DD" day as the DATE column stores it. */
export const dateColumn = (day: string | undefined) => (day ? new Date(`${day}T00:00:00Z`) : null);

/** The public statement link of one customer of the caller's shop, optionally for a date range. */
export async function shareStatementLink(
  ctx: DomainContext,
  input: StatementLinkInput,
): Promise<StatementShare> {
  const customer = await ctx.db.customer.findFirst({
    where: { id: input.customerId, businessId: ctx.businessId, erasedAt: null },
    select: {
      id: true,
      phone: true,
      balancePaise: true,
      messageLanguage: true,
      business: { select: { name: true, upiVpa: true } },
    },
  });
  if (!customer) throw notFound("Customer");
  const link = await inTransaction(ctx, (tx) =>
    linkForTarget(tx, ctx, {
      kind: "STATEMENT",
      customerId: customer.id,
      rangeFrom: dateColumn(input.from),
      rangeTo: dateColumn(input.to),
    }),
  );
  const balancePaise = Number(customer.balancePaise);
  const { upiVpa, name } = customer.business;
  return statementShareOf(link, {
    language: customer.messageLanguage,
    shopName: name,
    customerPhone: customer.phone,
    balancePaise,
    from: input.from ?? null,
    to: input.to ?? null,
    upiLink:
      upiVpa && balancePaise > 0
        ? upiPaymentLink({
            vpa: upiVpa,
            payeeName: name,
            amountPaise: balancePaise,
            invoiceNumber: customerUpiReference(customer.id),
          })
        : null,
  });
}

function statementShareOf(
  link: { id: string; token: string; expiresAt: Date },
  rest: Omit<StatementShare, "linkId" | "url" | "expiresAt">,
): StatementShare {
  return { linkId: link.id, url: publicLinkUrl("STATEMENT", link.token), expiresAt: link.expiresAt, ...rest };
}
