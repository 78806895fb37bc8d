import { acceptPromise, dismissPromise } from "../../reminders/accept-promise";
import { customerRepliesInput, promiseIdInput } from "../../reminders/promise-schema";
import { customerReplies, promisedToday } from "../../reminders/promises";
import { createTRPCRouter, protectedProcedure } from "../trpc";

// Customers' WhatsApp replies and the days they promise to pay. Staff may decide on a promise:
// accepting one only reschedules reminders, which staff may do anyway.
export const promisesRouter = createTRPCRouter({
  replies: protectedProcedure
    .input(customerRepliesInput)
    .query(({ ctx, input }) => customerReplies(ctx.domain, input.customerId)),
  accept: protectedProcedure
    .input(promiseIdInput)
    .mutation(({ ctx, input }) => acceptPromise(ctx.domain, input.id)),
  dismiss: protectedProcedure
    .input(promiseIdInput)
    .mutation(({ ctx, input }) => dismissPromise(ctx.domain, input.id)),
  today: protectedProcedure.query(({ ctx }) => promisedToday(ctx.domain)),
});
