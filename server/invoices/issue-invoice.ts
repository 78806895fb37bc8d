import type { Prisma } from "@/generated/prisma/client";
import { DOCUMENT_TYPE_FOR_SCHEME } from "@/lib/gst/document-type";
import { financialYearOf, formatInvoiceNumber } from "@/lib/gst/financial-year";
import { gstinStateCode } from "@/lib/gst/gstin";
import { isInterState, type LineAmounts } from "@/lib/gst/tax";
import { recordAudit } from "../audit/record-audit";
import type { DomainContext } from "../context";
import type { Tx } from "../db";
import { AppError, isUniqueViolation, notFound } from "../errors";
import { applyUnappliedPayments } from "../ledger/allocation";
import { postLedgerEntry } from "../ledger/post-entry";
import { countInvoice } from "../observability/business-metrics";
import { idempotent, inTransaction } from "../transaction";
import { priceInvoiceLines, type ResolvedLine } from "./build-lines";
import { takeInvoiceSeq } from "./numbering";
import type { IssueInvoiceInput } from "./schema";
import { changeStock } from "./stock";

export const invoiceSummarySelect = {
  id: true,
  number: true,
  documentType: true,
  status: true,
  customerId: true,
  issuedAt: true,
  totalPaise: true,
  paidPaise: true,
} satisfies Prisma.InvoiceSelect;

function findByKey(ctx: DomainContext, idempotencyKey: string) {
  return ctx.db.invoice.findUnique({
    where: { businessId_idempotencyKey: { businessId: ctx.businessId, idempotencyKey } },
    select: invoiceSummarySelect,
  });
}

async function loadParties(ctx: DomainContext, customerId: string) {
  const [business, customer] = await Promise.all([
    ctx.db.business.findUniqueOrThrow({
      where: { id: ctx.businessId },
      select: { stateCode: true, gstScheme: true, gstin: true },
    }),
    ctx.db.customer.findFirst({
      where: { id: customerId, businessId: ctx.businessId, erasedAt: null },
      select: { id: true, stateCode: true, gstin: true },
    }),
  ]);
  if (!customer) throw notFound("Customer");
  return { business, customer };
}

/**
 * Issue a bill, bill of supply or tax invoice (by the shop's GST scheme), numbered without gaps
 * per financial year, posted to the customer's khata and settled from any advance they paid.
 */
export async function issueInvoice(ctx: DomainContext, input: IssueInvoiceInput) {
  let invoice: Prisma.InvoiceGetPayload<{ select: typeof invoiceSummarySelect }>;
  try {
    invoice = await idempotent(
      () => findByKey(ctx, input.idempotencyKey),
      () =>
        issueOnce(ctx, input).then((issued) => {
          countInvoice(issued.documentType);
          return issued;
        }),
    );
  } catch (error) {
    // The key already names a payment or another khata entry; the rollback wrote nothing.
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "This idempotency key was already used for another entry");
    }
    throw error;
  }
  if (invoice.customerId !== input.customerId) {
    throw new AppError("CONFLICT", "This idempotency key was already used for another invoice");
  }
  return invoice;
}

async function issueOnce(ctx: DomainContext, input: IssueInvoiceInput) {
  const { business, customer } = await loadParties(ctx, input.customerId);
  const documentType = DOCUMENT_TYPE_FOR_SCHEME[business.gstScheme];
  // A registered buyer's GSTIN names their state when the customer record does not.
  const customerState = customer.stateCode ?? (customer.gstin ? gstinStateCode(customer.gstin) : null);
  const interState = isInterState(business.stateCode, customerState);
  const { lines, amounts } = await priceInvoiceLines(ctx, input.items, { documentType, interState });
  const issuedAt = new Date();
  const financialYear = financialYearOf(issuedAt);
  return inTransaction(ctx, async (tx) => {
    const seq = await takeInvoiceSeq(tx, ctx.businessId, financialYear);
    const created = await tx.invoice.create({
      data: {
        businessId: ctx.businessId,
        customerId: customer.id,
        number: formatInvoiceNumber(financialYear, seq),
        financialYear,
        seq,
        documentType,
        issuedAt,
        supplierGstin: documentType === "BILL" ? null : business.gstin,
        supplierStateCode: business.stateCode,
        customerGstin: customer.gstin,
        placeOfSupply: customerState ?? business.stateCode,
        interState,
        subtotalPaise: amounts.subtotalPaise,
        discountPaise: amounts.discountPaise,
        taxablePaise: amounts.taxablePaise,
        cgstPaise: amounts.cgstPaise,
        sgstPaise: amounts.sgstPaise,
        igstPaise: amounts.igstPaise,
        roundOffPaise: amounts.roundOffPaise,
        totalPaise: amounts.totalPaise,
        notes: input.notes ?? null,
        idempotencyKey: input.idempotencyKey,
        createdById: ctx.actor.userId,
        lines: { create: lines.map((line, index) => lineData(line, amounts.lines[index])) },
      },
      select: invoiceSummarySelect,
    });
    await postToKhata(tx, ctx, created, input.idempotencyKey);
    // Customer row (locked by the ledger entry) before product rows: the order cancel uses too.
    await changeStock(tx, ctx, lines, -1);
    await recordAudit(tx, ctx, {
      action: "invoice.issue",
      entityType: "Invoice",
      entityId: created.id,
      after: {
        number: created.number,
        documentType,
        customerId: customer.id,
        lineCount: lines.length,
        totalPaise: amounts.totalPaise,
      },
    });
    return tx.invoice.findUniqueOrThrow({ where: { id: created.id }, select: invoiceSummarySelect });
  });
}

async function postToKhata(
  tx: Tx,
  ctx: DomainContext,
  invoice: { id: string; customerId: string; totalPaise: number },
  idempotencyKey: string,
) {
  await postLedgerEntry(tx, ctx, {
    customerId: invoice.customerId,
    type: "INVOICE",
    amountPaise: invoice.totalPaise,
    invoiceId: invoice.id,
    idempotencyKey,
  });
  await applyUnappliedPayments(tx, ctx, invoice.customerId);
}

function lineData(line: ResolvedLine, amounts: LineAmounts | undefined) {
  if (!amounts) throw new Error("Line amounts missing");
  return {
    position: line.position,
    productId: line.productId,
    description: line.description,
    hsn: line.hsn,
    unit: line.unit,
    quantityMilli: BigInt(line.quantityMilli),
    ratePaise: line.ratePaise,
    discountPaise: line.discountPaise,
    grossPaise: amounts.grossPaise,
    taxablePaise: amounts.taxablePaise,
    gstRateBp: line.gstRateBp,
    cgstPaise: amounts.cgstPaise,
    sgstPaise: amounts.sgstPaise,
    igstPaise: amounts.igstPaise,
    totalPaise: amounts.totalPaise,
  };
}
