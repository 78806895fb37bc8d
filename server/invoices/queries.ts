import type { Prisma } from "@/generated/prisma/client";
import { addIstDays } from "@/lib/gst/financial-year";
import { formatQuantity } from "@/lib/quantity";
import type { DomainContext } from "../context";
import { notFound } from "../errors";
import type { FindInvoicesInput } from "./schema";

const listSelect = {
  id: true,
  number: true,
  documentType: true,
  status: true,
  issuedAt: true,
  totalPaise: true,
  paidPaise: true,
  customer: { select: { id: true, name: true } },
} satisfies Prisma.InvoiceSelect;

/** 00:00 in India on a "YYYY-MM-DD" calendar day. */
function istDayStartOf(day: string): Date {
  return new Date(`${day}T00:00:00+05:30`);
}

/** Newest first, filtered by status, customer and Indian calendar days (inclusive). */
export async function findInvoices(ctx: DomainContext, input: FindInvoicesInput) {
  const issuedAt: Prisma.DateTimeFilter = {};
  if (input.from) issuedAt.gte = istDayStartOf(input.from);
  if (input.to) issuedAt.lt = addIstDays(istDayStartOf(input.to), 1);
  const rows = await ctx.db.invoice.findMany({
    where: {
      businessId: ctx.businessId,
      ...(input.status ? { status: input.status } : {}),
      ...(input.customerId ? { customerId: input.customerId } : {}),
      ...(input.from || input.to ? { issuedAt } : {}),
    },
    orderBy: [{ issuedAt: "desc" }, { id: "desc" }],
    take: input.limit + 1,
    ...(input.cursor ? { cursor: { id: input.cursor }, skip: 1 } : {}),
    select: listSelect,
  });
  const items = rows.slice(0, input.limit).map((row) => ({ ...row, duePaise: duePaise(row) }));
  return { items, nextCursor: rows.length > input.limit ? (items.at(-1)?.id ?? null) : null };
}

export function duePaise(invoice: { status: string; totalPaise: number; paidPaise: number }): number {
  return invoice.status === "CANCELLED" ? 0 : invoice.totalPaise - invoice.paidPaise;
}

const detailSelect = {
  id: true,
  number: true,
  financialYear: true,
  seq: true,
  documentType: true,
  status: true,
  issuedAt: true,
  supplierGstin: true,
  supplierStateCode: true,
  customerGstin: true,
  placeOfSupply: true,
  interState: true,
  subtotalPaise: true,
  discountPaise: true,
  taxablePaise: true,
  cgstPaise: true,
  sgstPaise: true,
  igstPaise: true,
  roundOffPaise: true,
  totalPaise: true,
  paidPaise: true,
  notes: true,
  cancelledAt: true,
  cancelReason: true,
  customer: { select: { id: true, name: true, phone: true, gstin: true, stateCode: true } },
  lines: {
    orderBy: { position: "asc" },
    select: {
      position: true,
      productId: true,
      description: true,
      hsn: true,
      unit: true,
      quantityMilli: true,
      ratePaise: true,
      discountPaise: true,
      grossPaise: true,
      taxablePaise: true,
      gstRateBp: true,
      cgstPaise: true,
      sgstPaise: true,
      igstPaise: true,
      totalPaise: true,
    },
  },
  allocations: {
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      amountPaise: true,
      createdAt: true,
      entry: { select: { id: true, type: true, paymentMode: true, occurredAt: true } },
    },
  },
} satisfies Prisma.InvoiceSelect;

/** One invoice with its lines, customer and the payments settled against it. */
export async function getInvoice(ctx: DomainContext, id: string) {
  const invoice = await ctx.db.invoice.findFirst({
    where: { id, businessId: ctx.businessId },
    select: detailSelect,
  });
  if (!invoice) throw notFound("Invoice");
  return {
    ...invoice,
    duePaise: duePaise(invoice),
    lines: invoice.lines.map((line) => ({
      ...line,
      quantityMilli: Number(line.quantityMilli),
      quantity: formatQuantity(Number(line.quantityMilli)),
    })),
  };
}

export type InvoiceDetail = Awaited<ReturnType<typeof getInvoice>>;
