import { z } from "zod";
import { istDateString } from "@/lib/gst/financial-year";
import { formatRateBp } from "@/lib/gst/rates";
import { paiseToDecimalString } from "@/lib/money/paise";
import { recordAudit } from "../audit/record-audit";
import { requireDomainContextForUser } from "../auth/domain-context-for-user";
import type { DomainContext } from "../context";
import { type CsvCell, rupees, toCsv } from "../csv/to-csv";
import { exportCustomersCsv } from "../customers/import-export";
import type { Db } from "../db";
import { AppError, assertOwner, notFound } from "../errors";
import { agingRows } from "./aging";
import { type BookLine, bookLines, inPeriod } from "./book-entries";
import { istDateToInstant, istRange, istTimeString } from "./dates";
import { gstSummary } from "./gst-summary";
import { checkRange, type ExportReportName, exportQuery, exportReportName, istDate } from "./schema";

const PAGE = 2_000;
const MAX_DAYBOOK_ROWS = 100_000;
const rangeQuery = z.object({ from: istDate, to: istDate }).superRefine(checkRange);

function parseOrThrow<T>(schema: z.ZodType<T>, query: unknown): T {
  const parsed = schema.safeParse(query);
  if (parsed.success) return parsed.data;
  const fieldErrors = Object.fromEntries(
    parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]),
  );
  throw new AppError("BAD_REQUEST", "Choose a valid date range", fieldErrors);
}

// The line's own words in the file, so a spreadsheet shows why an amount is "not_counted".
function correctionText(line: BookLine): string | null {
  if (line.kind === "UNDONE") return line.type === "INVOICE" ? "cancelled" : "undone";
  if (line.kind !== "REVERSAL") return null;
  if (line.reverses?.type === "INVOICE") return `cancels bill ${line.invoice?.number ?? ""}`.trim();
  const amount = Math.abs(line.reverses?.amountPaise ?? line.amountPaise);
  return `undoes ${line.reverses?.type ?? "entry"} ${paiseToDecimalString(amount)}`;
}

/** Daybook rows; the you_gave and you_got columns sum to the daybook's totals (book-entries.ts). */
function daybookCsvRow(line: BookLine): CsvCell[] {
  const amount = line.amountPaise;
  const counted = line.kind === "GAVE" || line.kind === "GOT" || line.kind === "ADJUSTMENT";
  return [
    istDateString(line.occurredAt),
    istTimeString(line.occurredAt),
    line.customer.name,
    line.type,
    line.kind === "GAVE" ? rupees(amount) : null,
    line.kind === "GOT" ? rupees(-amount) : null,
    line.kind === "ADJUSTMENT" ? rupees(amount) : null,
    counted ? null : rupees(Math.abs(amount)),
    line.paymentMode,
    line.invoice?.number,
    line.note,
    correctionText(line),
  ];
}

async function daybookCsv(ctx: DomainContext, from: string, to: string) {
  const { start, end } = istRange(from, to);
  const where = { businessId: ctx.businessId, occurredAt: { gte: start, lt: end } };
  if ((await ctx.db.ledgerEntry.count({ where })) > MAX_DAYBOOK_ROWS) {
    throw new AppError("BAD_REQUEST", "Too many entries for one file: export a shorter date range");
  }
  const rows: CsvCell[][] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await bookLines(ctx, {
      where: inPeriod(start, end),
      newestFirst: false,
      offset,
      limit: PAGE,
    });
    rows.push(...page.map(daybookCsvRow));
    if (page.length < PAGE) break;
  }
  const headers = [
    "date",
    "time",
    "customer",
    "type",
    "you_gave",
    "you_got",
    "adjustment",
    "not_counted",
    "mode",
    "invoice",
    "note",
    "correction",
  ];
  return toCsv(headers, rows);
}

async function agingCsv(ctx: DomainContext, asOf: Date) {
  const rows: CsvCell[][] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await agingRows(ctx, { asOf, offset, limit: PAGE });
    for (const row of page) {
      rows.push([
        row.name,
        row.phone?.replace(/^\+91/, ""),
        rupees(row.balancePaise),
        rupees(row.days0to30),
        rupees(row.days31to60),
        rupees(row.days61to90),
        rupees(row.over90),
      ]);
    }
    if (page.length < PAGE) break;
  }
  return toCsv(
    ["customer", "phone", "balance", "0-30 days", "31-60 days", "61-90 days", "over 90 days"],
    rows,
  );
}

async function gstCsv(ctx: DomainContext, from: string, to: string) {
  const summary = await gstSummary(ctx, { from, to });
  const rows: CsvCell[][] = summary.byRate.map((rate) => [
    `GST ${formatRateBp(rate.gstRateBp)}`,
    rate.invoiceCount,
    rupees(rate.taxablePaise),
    rupees(rate.cgstPaise),
    rupees(rate.sgstPaise),
    rupees(rate.igstPaise),
    null,
  ]);
  for (const [label, split] of [
    ["B2B (registered buyers)", summary.b2b],
    ["B2C (consumers)", summary.b2c],
  ] as const) {
    rows.push([
      label,
      split.invoiceCount,
      rupees(split.taxablePaise),
      null,
      null,
      null,
      rupees(split.totalPaise),
    ]);
  }
  return toCsv(["group", "invoices", "taxable", "cgst", "sgst", "igst", "invoice_total"], rows);
}

/**
 * A report as a CSV file. Staff may export the daybook, aging and customer list (the same data
 * their screens show); the GST summary is the owner's tax filing, so owner only.
 */
export async function exportReportCsv(
  ctx: DomainContext,
  report: ExportReportName,
  query: unknown,
  now = new Date(),
) {
  if (report === "gst") assertOwner(ctx.actor.role);
  const base = parseOrThrow(exportQuery, query);
  let csv: string;
  let label: string;
  if (report === "daybook" || report === "gst") {
    const { from, to } = parseOrThrow(rangeQuery, base);
    csv = report === "gst" ? await gstCsv(ctx, from, to) : await daybookCsv(ctx, from, to);
    label = `${from}_to_${to}`;
  } else if (report === "aging") {
    const asOf = base.asOf ? istDateToInstant(base.asOf) : now;
    csv = await agingCsv(ctx, asOf);
    label = istDateString(asOf);
  } else {
    csv = await exportCustomersCsv(ctx);
    label = istDateString(now);
  }
  // Exports carry the whole book out of the app, so who took which file is kept in the audit log.
  await recordAudit(ctx.db, ctx, {
    action: "report.export",
    entityType: "Report",
    entityId: report,
    after: { from: base.from ?? null, to: base.to ?? null, asOf: base.asOf ?? null, bytes: csv.length },
  });
  return { filename: `execora-${report}-${label}.csv`, csv };
}

/** GET /api/export/<report> without Next.js: the session's user, still active, in their own business. */
export async function reportCsvForUser(options: {
  db: Db;
  sessionUserId: string | null;
  report: string;
  query: Record<string, string>;
  requestId: string | null;
}) {
  const { ctx } = await requireDomainContextForUser(options.db, options.sessionUserId, {
    requestId: options.requestId,
    source: "DASHBOARD",
  });
  const report = exportReportName.safeParse(options.report);
  if (!report.success) throw notFound("Report");
  return exportReportCsv(ctx, report.data, options.query);
}
