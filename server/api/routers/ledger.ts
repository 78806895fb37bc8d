import { correctEntry } from "../../ledger/correct-entry";
import { recordCredit, recordPayment } from "../../ledger/mutations";
import { customerStatement } from "../../ledger/queries";
import { reverseEntry } from "../../ledger/reverse-entry";
import {
  correctEntryInput,
  recordCreditInput,
  recordPaymentInput,
  reverseEntryInput,
  statementInput,
} from "../../ledger/schema";
import { createTRPCRouter, protectedProcedure } from "../trpc";

export const ledgerRouter = createTRPCRouter({
  statement: protectedProcedure
    .input(statementInput)
    .query(({ ctx, input }) => customerStatement(ctx.domain, input)),
  recordPayment: protectedProcedure
    .input(recordPaymentInput)
    .mutation(({ ctx, input }) => recordPayment(ctx.domain, input)),
  recordCredit: protectedProcedure
    .input(recordCreditInput)
    .mutation(({ ctx, input }) => recordCredit(ctx.domain, input)),
  reverse: protectedProcedure
    .input(reverseEntryInput)
    .mutation(({ ctx, input }) => reverseEntry(ctx.domain, input)),
  correct: protectedProcedure
    .input(correctEntryInput)
    .mutation(({ ctx, input }) => correctEntry(ctx.domain, input)),
});
