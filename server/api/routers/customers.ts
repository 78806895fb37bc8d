import { z } from "zod";
import {
  confirmCustomerDeletion,
  confirmDeletionInput,
  requestCustomerDeletion,
  requestDeletionInput,
} from "../../customers/deletion";
import { importCustomersCsv, previewCustomersCsv } from "../../customers/import-export";
import { createCustomer, updateCustomer } from "../../customers/mutations";
import { findCustomers, getCustomer } from "../../customers/queries";
import {
  createCustomerInput,
  customerId,
  findCustomersInput,
  importCsvInput,
  updateCustomerInput,
} from "../../customers/schema";
import { createTRPCRouter, ownerProcedure, protectedProcedure } from "../trpc";

export const customersRouter = createTRPCRouter({
  find: protectedProcedure
    .input(findCustomersInput)
    .query(({ ctx, input }) => findCustomers(ctx.domain, input)),
  get: protectedProcedure
    .input(z.object({ id: customerId }))
    .query(({ ctx, input }) => getCustomer(ctx.domain, input.id)),
  create: protectedProcedure.input(createCustomerInput).mutation(async ({ ctx, input }) => {
    const customer = await createCustomer(ctx.domain, input);
    return { id: customer.id };
  }),
  update: protectedProcedure.input(updateCustomerInput).mutation(async ({ ctx, input }) => {
    const { id, ...fields } = input;
    const customer = await updateCustomer(ctx.domain, id, fields);
    return { id: customer.id };
  }),
  // Erasing personal data is the owner's decision, confirmed by an emailed code (or, with no mail
  // transport, the owner's password); requestDeletion says which.
  requestDeletion: ownerProcedure
    .input(requestDeletionInput)
    .mutation(({ ctx, input }) => requestCustomerDeletion(ctx.domain, input)),
  confirmDeletion: ownerProcedure
    .input(confirmDeletionInput)
    .mutation(({ ctx, input }) => confirmCustomerDeletion(ctx.domain, input)),
  // Staff may import: it is many "add customer"s plus opening balances, both things staff can do.
  // A mutation, not a query: the CSV text is too large for a GET URL. It writes nothing.
  previewCsv: protectedProcedure
    .input(importCsvInput)
    .mutation(({ ctx, input }) => previewCustomersCsv(ctx.domain, input.csv, input)),
  importCsv: protectedProcedure
    .input(importCsvInput)
    .mutation(({ ctx, input }) => importCustomersCsv(ctx.domain, input.csv, input)),
});
