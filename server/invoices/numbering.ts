import type { Tx } from "../db";

/**
 * The next invoice number in the business's financial year. The counter row stays locked until
 * the transaction ends, so issues queue here; a rollback gives the number back (no gaps).
 */
export async function takeInvoiceSeq(tx: Tx, businessId: string, financialYear: string): Promise<number> {
  const rows = await tx.$queryRaw<{ lastSeq: number }[]>`
    INSERT INTO "InvoiceCounter" ("businessId", "financialYear", "lastSeq")
    VALUES (${businessId}, ${financialYear}, 1)
    ON CONFLICT ("businessId", "financialYear")
    DO UPDATE SET "lastSeq" = "InvoiceCounter"."lastSeq" + 1
    RETURNING "lastSeq"`;
  const seq = rows[0]?.lastSeq;
  if (seq === undefined) throw new Error("Invoice counter returned no row");
  return Number(seq);
}
