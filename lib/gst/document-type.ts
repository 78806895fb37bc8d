import type { DocumentType, GstScheme } from "@/generated/prisma/enums";

/** What the shop is allowed to issue follows from its GST registration. */
export const DOCUMENT_TYPE_FOR_SCHEME: Record<GstScheme, DocumentType> = {
  UNREGISTERED: "BILL",
  COMPOSITION: "BILL_OF_SUPPLY",
  REGULAR: "TAX_INVOICE",
};
