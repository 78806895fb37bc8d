import type { DomainContext } from "../context";
import { invoiceCountsAsSale } from "./book-entries";
import { istRange } from "./dates";
import type { DateRange } from "./schema";

type RateRow = {
  rateBp: number;
  invoices: number;
  taxable: bigint;
  cgst: bigint;
  sgst: bigint;
  igst: bigint;
};
type SplitRow = { b2b: boolean; invoices: number; taxable: bigint; tax: bigint; total: bigint };

// Only tax invoices carry GST: plain bills and bills of supply are outside GSTR-1 rate tables.
async function byRate(ctx: DomainContext, start: Date, end: Date) {
  const rows = await ctx.db.$queryRaw<RateRow[]>`
    SELECT l."gstRateBp" AS "rateBp", COUNT(DISTINCT i."id")::int AS "invoices",
           SUM(l."taxablePaise")::bigint AS "taxable", SUM(l."cgstPaise")::bigint AS "cgst",
           SUM(l."sgstPaise")::bigint AS "sgst", SUM(l."igstPaise")::bigint AS "igst"
    FROM "Invoice" i JOIN "InvoiceLine" l ON l."invoiceId" = i."id"
    WHERE i."businessId" = ${ctx.businessId} AND i."documentType" = 'TAX_INVOICE'
      AND ${invoiceCountsAsSale} AND i."issuedAt" >= ${start} AND i."issuedAt" < ${end}
    GROUP BY l."gstRateBp" ORDER BY l."gstRateBp"`;
  return rows.map((row) => ({
    gstRateBp: row.rateBp,
    invoiceCount: row.invoices,
    taxablePaise: Number(row.taxable),
    cgstPaise: Number(row.cgst),
    sgstPaise: Number(row.sgst),
    igstPaise: Number(row.igst),
  }));
}

async function bySupplyType(ctx: DomainContext, start: Date, end: Date) {
  const rows = await ctx.db.$queryRaw<SplitRow[]>`
    SELECT (i."customerGstin" IS NOT NULL) AS "b2b", COUNT(*)::int AS "invoices",
           SUM(i."taxablePaise")::bigint AS "taxable",
           SUM(i."cgstPaise" + i."sgstPaise" + i."igstPaise")::bigint AS "tax",
           SUM(i."totalPaise")::bigint AS "total"
    FROM "Invoice" i
    WHERE i."businessId" = ${ctx.businessId} AND i."documentType" = 'TAX_INVOICE'
      AND ${invoiceCountsAsSale} AND i."issuedAt" >= ${start} AND i."issuedAt" < ${end}
    GROUP BY 1`;
  const split = (b2b: boolean) => {
    const row = rows.find((candidate) => candidate.b2b === b2b);
    return {
      invoiceCount: row?.invoices ?? 0,
      taxablePaise: Number(row?.taxable ?? 0),
      taxPaise: Number(row?.tax ?? 0),
      totalPaise: Number(row?.total ?? 0),
    };
  };
  return { b2b: split(true), b2c: split(false) };
}

/** GSTR-1 preparation: taxable value and tax per rate, and registered (B2B) vs consumer (B2C) sales. */
export async function gstSummary(ctx: DomainContext, input: DateRange) {
  const { start, end } = istRange(input.from, input.to);
  const [rates, split] = await Promise.all([byRate(ctx, start, end), bySupplyType(ctx, start, end)]);
  return { from: input.from, to: input.to, byRate: rates, ...split };
}
