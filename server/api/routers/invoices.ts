import { z } from "zod";
import { cancelInvoice } from "../../invoices/cancel-invoice";
import { invoiceDocument } from "../../invoices/document";
import { issueInvoice } from "../../invoices/issue-invoice";
import { findInvoices, getInvoice } from "../../invoices/queries";
import { cancelInvoiceInput, findInvoicesInput, invoiceId, issueInvoiceInput } from "../../invoices/schema";
import { createTRPCRouter, ownerProcedure, protectedProcedure } from "../trpc";

export const invoicesRouter = createTRPCRouter({
  find: protectedProcedure
    .input(findInvoicesInput)
    .query(({ ctx, input }) => findInvoices(ctx.domain, input)),
  get: protectedProcedure
    .input(z.object({ id: invoiceId }))
    .query(({ ctx, input }) => getInvoice(ctx.domain, input.id)),
  document: protectedProcedure
    .input(z.object({ id: invoiceId }))
    .query(({ ctx, input }) => invoiceDocument(ctx.domain, input.id)),
  issue: protectedProcedure
    .input(issueInvoiceInput)
    .mutation(({ ctx, input }) => issueInvoice(ctx.domain, input)),
  cancel: ownerProcedure
    .input(cancelInvoiceInput)
    .mutation(({ ctx, input }) => cancelInvoice(ctx.domain, input)),
});
