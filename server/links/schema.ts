import { z } from "zod";
import { customerId } from "../customers/schema";
import { invoiceId } from "../invoices/schema";
import { istDate } from "../reports/schema";

export const invoiceLinkInput = z.object({ invoiceId });

/** A statement for the whole khata, or from / up to a day (IST, both inclusive). */
export const statementLinkInput = z
  .object({ customerId, from: istDate.optional(), to: istDate.optional() })
  .refine((input) => !input.from || !input.to || input.from <= input.to, {
    message: "The end date is before the start date",
    path: ["to"],
  });

export const linkId = z.string().min(1).max(64);
export const findLinksInput = z.object({ customerId });
export const revokeLinkInput = z.object({ linkId });
export const revokeCustomerLinksInput = z.object({ customerId });

export type StatementLinkInput = z.output<typeof statementLinkInput>;
