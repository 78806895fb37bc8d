import { z } from "zod";
import { createCustomer, updateCustomer } from "../../customers/mutations";
import { findCustomers, getCustomer } from "../../customers/queries";
import { createCustomerInput, customerId, findCustomersInput, updateCustomerInput } from "../../customers/schema";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const customersRouter = createTRPCRouter({
  find: protectedProcedure.input(findCustomersInput).query(({ ctx, input }) => findCustomers(ctx.domain, input)),
  get: protectedProcedure
    .input(z.object({ id: customerId }))
    .query(({ ctx, input }) => getCustomer(ctx.domain, input.id)),
  create: protectedProcedure
    .input(createCustomerInput)
    .mutation(async ({ ctx, input }) => {
      const customer = await createCustomer(ctx.domain, input);
      return { id: customer.id };
    }),
  update: protectedProcedure.input(updateCustomerInput).mutation(async ({ ctx, input }) => {
    const { id, ...fields } = input;
    const customer = await updateCustomer(ctx.domain, id, fields);
    return { id: customer.id };
  }),
});
