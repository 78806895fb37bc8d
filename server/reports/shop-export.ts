import { zipSync } from "fflate";
import { istDateString } from "@/lib/gst/financial-year";
import { formatRateBp } from "@/lib/gst/rates";
import { recordAudit } from "../audit/record-audit";
import { requireDomainContextForUser } from "../auth/domain-context-for-user";
import type { DomainContext } from "../context";
import { type CsvCell, rupees, toCsv } from "../csv/to-csv";
import { exportCustomersCsv } from "../customers/import-export";
import type { Db } from "../db";
import { AppError, assertOwner } from "../errors";
import { productSelect } from "../products/queries";
import { istTimeString } from "./dates";

const PAGE = 5_000;
// Built in memory: a shop at the scale we claim (1,000,000 entries) is about 100 MB of CSV.
// Beyond that, `npm run db:backup` is the way to take everything.
const MAX_ENTRIES = 1_000_000;

/** Reads every row of one table for this business, a page at a time in a stable order. */
async function allPages<T extends { id: string }>(read: (cursor: string | undefined) => Promise<T[]>) {
  const rows: T[] = [];
  let cursor: string | undefined;
  for (;;) {
    const page = await read(cursor);
    rows.push(...page);
    if (page.length < PAGE) return rows;
    cursor = page.at(-1)?.id;
  }
}

const pageOf = (cursor: string | undefined) => ({
  take: PAGE,
  orderBy: { id: "asc" as const },
  ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
});

async function entriesCsv(ctx: DomainContext) {
  const entries = await allPages((cursor) =>
    ctx.db.ledgerEntry.findMany({
      where: { businessId: ctx.businessId },
      ...pageOf(cursor),
      select: {
        id: true,
        seq: true,
        occurredAt: true,
        type: true,
        amountPaise: true,
        balanceAfterPaise: true,
        paymentMode: true,
        reference: true,
        note: true,
        source: true,
        reversesEntryId: true,
        customer: { select: { name: true, phone: true } },
        invoice: { select: { number: true } },
      },
    }),
  );
  entries.sort((a, b) => (a.seq < b.seq ? -1 : 1));
  const rows: CsvCell[][] = entries.map((entry) => [
    entry.id,
    istDateString(entry.occurredAt),
    istTimeString(entry.occurredAt),
    entry.customer.name,
    entry.customer.phone?.replace(/^\+91/, ""),
    entry.type,
    rupees(entry.amountPaise),
    rupees(Number(entry.balanceAfterPaise)),
    entry.paymentMode,
    entry.reference,
    entry.invoice?.number,
    entry.note,
    entry.source,
    entry.reversesEntryId,
  ]);
  const headers = [
    "id",
    "date",
    "time",
    "customer",
    "phone",
    "type",
    "amount",
    "balance_after",
    "mode",
    "reference",
    "invoice",
    "note",
    "source",
    "reverses_entry",
  ];
  return toCsv(headers, rows);
}

async function invoicesCsv(ctx: DomainContext) {
  const invoices = await allPages((cursor) =>
    ctx.db.invoice.findMany({
      where: { businessId: ctx.businessId },
      ...pageOf(cursor),
      select: {
        id: true,
        number: true,
        documentType: true,
        status: true,
        issuedAt: true,
        customerGstin: true,
        placeOfSupply: true,
        taxablePaise: true,
        cgstPaise: true,
        sgstPaise: true,
        igstPaise: true,
        totalPaise: true,
        paidPaise: true,
        cancelReason: true,
        customer: { select: { name: true } },
      },
    }),
  );
  invoices.sort((a, b) => a.issuedAt.getTime() - b.issuedAt.getTime() || a.number.localeCompare(b.number));
  const rows: CsvCell[][] = invoices.map((invoice) => [
    invoice.number,
    invoice.documentType,
    invoice.status,
    istDateString(invoice.issuedAt),
    invoice.customer.name,
    invoice.customerGstin,
    invoice.placeOfSupply,
    rupees(invoice.taxablePaise),
    rupees(invoice.cgstPaise),
    rupees(invoice.sgstPaise),
    rupees(invoice.igstPaise),
    rupees(invoice.totalPaise),
    rupees(invoice.paidPaise),
    invoice.cancelReason,
  ]);
  const headers = [
    "number",
    "document_type",
    "status",
    "date",
    "customer",
    "customer_gstin",
    "place_of_supply",
    "taxable",
    "cgst",
    "sgst",
    "igst",
    "total",
    "paid",
    "cancel_reason",
  ];
  return toCsv(headers, rows);
}

async function productsCsv(ctx: DomainContext) {
  const products = await allPages((cursor) =>
    ctx.db.product.findMany({
      where: { businessId: ctx.businessId },
      ...pageOf(cursor),
      select: productSelect,
    }),
  );
  products.sort((a, b) => a.name.localeCompare(b.name));
  const rows: CsvCell[][] = products.map((product) => [
    product.name,
    product.aliases.join("; "),
    product.unit,
    rupees(product.pricePaise),
    formatRateBp(product.gstRateBp),
    product.hsn,
    { csvNumber: (Number(product.stockMilli) / 1000).toString() },
    product.archivedAt ? "yes" : "no",
  ]);
  return toCsv(["name", "aliases", "unit", "price", "gst_rate", "hsn", "stock", "archived"], rows);
}

/**
 * Everything the shop's books hold, for its owner to keep or take elsewhere: customers (in the
 * import format), every khata entry, invoices and products, as CSV files in one zip. Audited.
 */
export async function exportShopZip(ctx: DomainContext, now = new Date()) {
  assertOwner(ctx.actor.role);
  if ((await ctx.db.ledgerEntry.count({ where: { businessId: ctx.businessId } })) > MAX_ENTRIES) {
    throw new AppError("BAD_REQUEST", "This shop is too large for one download: ask for a database backup");
  }
  const encoder = new TextEncoder();
  const files = {
    "customers.csv": await exportCustomersCsv(ctx),
    "entries.csv": await entriesCsv(ctx),
    "invoices.csv": await invoicesCsv(ctx),
    "products.csv": await productsCsv(ctx),
  };
  const zip = zipSync(
    Object.fromEntries(Object.entries(files).map(([name, csv]) => [name, encoder.encode(csv)])),
    { level: 6, mtime: now },
  );
  // The whole book leaves the app: who took it is kept in the audit log, like every export.
  await recordAudit(ctx.db, ctx, {
    action: "report.export",
    entityType: "Report",
    entityId: "shop",
    after: { files: Object.keys(files), bytes: zip.byteLength },
  });
  return { filename: `execora-${istDateString(now)}.zip`, zip };
}

/** GET /api/export/shop without Next.js: the session's user, still active, owner of their business. */
export async function shopZipForUser(options: {
  db: Db;
  sessionUserId: string | null;
  requestId: string | null;
}) {
  const { ctx } = await requireDomainContextForUser(options.db, options.sessionUserId, {
    requestId: options.requestId,
    source: "DASHBOARD",
  });
  return exportShopZip(ctx);
}
